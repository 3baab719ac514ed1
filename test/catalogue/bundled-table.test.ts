/**
 * The bundled catalogue against the table it was built from (docs/sources/has-es-2025-*.tsv),
 * fact by fact: ids, titles, levels, champs, methods and the grade of each; the element texts
 * exist for the five criteria of the CCECQA sheet only, and equal its words.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementsState } from '../../engine/src/catalogue.js';
import { buildCatalogueText, CATALOGUE_FILE, CHAMPS } from '../../scripts/build-catalogue.js';
import { IMPERATIVES, REPO, registry } from '../helpers.js';

const tsv = (file: string) => {
  const [head, ...lines] = fs
    .readFileSync(path.join(REPO, 'docs', 'sources', file), 'utf8')
    .trimEnd()
    .split('\n');
  const cols = head.split('\t');
  return lines.map(l => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])));
};
const rows = tsv('has-es-2025-criteres.tsv');
const objectives = tsv('has-es-2025-objectifs.tsv');
const cat = registry.resolve('has-es-2025', REPO);
const SOURCE: Record<string, string> = {
  'seed-003': 'fiche-ccecqa-2025',
  secondary: 'extraction-manuel-2025',
  'secondary-toc': 'extraction-manuel-2025',
  inferred: 'extraction-manuel-2025',
};
const SEED_FIVE = ['3.1-07', '3.1-08', '3.1-09', '3.4-05', '3.4-06'];

describe('the bundled catalogue has-es-2025 and its table', () => {
  it('is what scripts/build-catalogue.ts builds from docs/sources (reproducible)', () => {
    expect(buildCatalogueText()).toBe(fs.readFileSync(CATALOGUE_FILE, 'utf8'));
  });

  it('holds 116 criteria under 12 objectives in 3 chapters, in the table order', () => {
    expect(rows).toHaveLength(116);
    expect(cat.criteria.size).toBe(116);
    expect([...cat.chapters.keys()]).toEqual(['1', '2', '3']);
    expect([...cat.objectives.keys()]).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4']);
    expect([...cat.criteria.keys()].sort()).toEqual(rows.map(r => r.id).sort());
    expect(cat.criteria.has('3.3-03')).toBe(false);
    expect(cat.criteria.has('3.4-04')).toBe(false);
  });

  it.each(rows.map(r => [r.id, r] as const))('%s: every fact equals the table, with its source and grade', (id, r) => {
    const c = cat.criteria.get(id)!;
    expect(cat.objectiveOf(id)!.id).toBe(r.objective);
    expect(c.title).toBe(r.title);
    expect([c.source, c.grade]).toEqual([SOURCE[r.title_source], r.title_source]);
    if (r.level) expect([c.level, c.levelSource, c.levelGrade]).toEqual([r.level, SOURCE[r.level_source], r.level_source]);
    else expect([c.level, c.levelSource, c.levelGrade]).toEqual([undefined, undefined, undefined]);
    if (r.scope) {
      expect(c.scopes!.map(s => cat.scopeLabel(s))).toEqual([r.scope]);
      expect([c.scopesSource, c.scopesGrade]).toEqual([SOURCE[r.scope_source], r.scope_source]);
    } else expect([c.scopes, c.scopesSource, c.scopesGrade]).toEqual([undefined, undefined, undefined]);
    if (r.methods) expect([c.methods, c.methodsSource, c.methodsGrade]).toEqual([r.methods.split(','), SOURCE[r.methods_source], r.methods_source]);
    else expect([c.methods, c.methodsSource, c.methodsGrade]).toEqual([undefined, undefined, undefined]);
    if (r.note || r.repairs) expect(c.note).toBeTruthy();
    // elements: only the five criteria of the sheet have any; the others are unknown, not empty
    if (SEED_FIVE.includes(id)) expect(c.elements.length).toBeGreaterThan(0);
    else {
      expect(c.elements).toEqual([]);
      expect(elementsState(c)).toBe('unknown');
    }
  });

  it('chapters and objectives have the titles of the table; seed 003 keeps its spelling for 3.1 and 3.4', () => {
    for (const r of objectives) {
      const o = r.kind === 'chapter' ? cat.chapters.get(r.id)! : cat.objectives.get(r.id)!;
      const seed = /^seed 003 writes: (.+)$/.exec(r.note);
      if (seed) expect([o.title, o.source, o.grade]).toEqual([seed[1], 'fiche-ccecqa-2025', 'seed-003']);
      else expect([o.title, o.source, o.grade]).toEqual([r.title, SOURCE[r.source], r.source]);
    }
    expect(cat.objectives.get('3.4')!.title).toBe("L'adaptation à des soins écoresponsables et aux innovations numériques");
  });

  it('15 impératifs, 65 standard, 5 avancés, 31 unknown (never standard)', () => {
    const all = [...cat.criteria.values()];
    const imp = all.filter(c => c.level === 'imperatif').map(c => c.id);
    expect(imp).toEqual(IMPERATIVES);
    expect(all.filter(c => c.level === 'standard')).toHaveLength(65);
    expect(all.filter(c => c.level === 'avance')).toHaveLength(5);
    expect(all.filter(c => c.level === undefined)).toHaveLength(31);
    for (const r of rows.filter(x => !x.level)) expect(cat.criteria.get(r.id)!.level).toBeUndefined();
  });

  it('no element text exists but the five criteria of the CCECQA sheet, each its words exactly', () => {
    const sheet = fs.readFileSync(path.join(REPO, 'docs', 'sources', 'fiche-ccecqa-2025.txt'), 'utf8').replace(/\*\*/g, '');
    const withText = [...cat.criteria.values()].filter(c => c.elements.some(e => e.text !== undefined)).map(c => c.id);
    expect(withText).toEqual(SEED_FIVE);
    let texts = 0;
    for (const c of cat.criteria.values()) {
      for (const e of c.elements) {
        if (e.text === undefined) {
          expect(e.grade).toBe('inferred');
          continue;
        }
        texts++;
        expect(sheet).toContain(`Crit.${c.id}-${e.id}-${e.method} : ${e.text}`);
        expect([e.source, e.grade]).toEqual(['fiche-ccecqa-2025', 'seed-003']);
      }
    }
    expect(texts).toBe(19);
    // a literal copy of the sheet's words, not of this catalogue: the test does not read what it checks
    expect(cat.element('3.4-06', 'ee03')!.text).toBe(
      "Les professionnels qui les utilisent sont formés à l'utilisation de ces technologies, aux conditions d'usage et à leurs limites.",
    );
  });

  it("14 champs d'application with the ids of the product contract, and the five methods by name (only ASY has a code)", () => {
    expect(cat.data.scopes.map(s => [s.id, s.label])).toEqual(CHAMPS);
    expect(cat.data.scopes.map(s => s.id)).toEqual([
      'tout-l-etablissement',
      'chirurgie-interventionnel',
      'enfants-adolescents',
      'soins-longue-duree',
      'sante-mentale-psychiatrie',
      'hospitalisation-domicile',
      'smr',
      'maternite',
      'soins-critiques',
      'samu-smur',
      'urgences',
      'patient-age',
      'radiotherapie',
      'ect',
    ]);
    expect(cat.data.methods.map(m => [m.id, m.code ?? null, m.label])).toEqual([
      ['patient-traceur', null, 'Patient traceur'],
      ['parcours-traceur', null, 'Parcours traceur'],
      ['traceur-cible', null, 'Traceur ciblé'],
      ['ASY', 'ASY', 'Audit système'],
      ['observation', null, 'Observation'],
    ]);
  });

  it('every fact carries a source of `sources` and a grade', () => {
    const sources = Object.keys(cat.data.sources);
    for (const ch of cat.data.chapters) {
      for (const x of [ch, ...ch.objectives]) {
        expect(sources).toContain(x.source);
        expect(x.grade).toBeTruthy();
      }
      for (const c of ch.objectives.flatMap(o => o.criteria)) {
        expect(sources).toContain(c.source);
        expect(c.grade).toBeTruthy();
        for (const e of c.elements) {
          expect(sources).toContain(e.source);
          expect(e.grade).toBeTruthy();
        }
      }
    }
    for (const s of [...cat.data.scopes, ...cat.data.methods]) {
      expect(sources).toContain(s.source);
      expect(s.grade).toBeTruthy();
    }
  });
});
