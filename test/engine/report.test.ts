/** The report model, the coverage tree behind the editor's "Dossier" view, and the Markdown summary. */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportModel, checkDossierAt, coverageTree, nodeHost, renderMarkdownSummary, type CoverageNode } from '../../engine/src/index.js';
import { REPO, registry, run } from '../helpers.js';

const result = checkDossierAt(path.join(REPO, 'examples', 'ch-exemple'), nodeHost, registry, { asOf: '2026-11-23' });
const model = buildReportModel(result);

const flatten = (nodes: CoverageNode[]): CoverageNode[] => nodes.flatMap(n => [n, ...flatten(n.children)]);

describe('coverage tree (the "Dossier" view)', () => {
  const nodes = flatten(coverageTree(model));

  it('has the 3 chapters, 12 objectives and a node per criterion of the engine coverage, with its counts', () => {
    expect(nodes.filter(n => n.kind === 'chapter').map(n => n.label)).toEqual(['1 Le patient', '2 Les équipes de soins', '3 L’établissement']);
    expect(nodes.filter(n => n.kind === 'objective')).toHaveLength(12);
    for (const c of result.coverage) {
      const node = nodes.find(n => n.id === `cr:${c.id}`)!;
      const e = c.elements;
      expect(node.description, c.id).toMatch(
        new RegExp(
          `^déclaré ${e.conforme + e['non-applicable']}/${e.total} · ${Math.round(((e.conforme + e['non-applicable']) / e.total) * 100)}\u00a0% · prouvé ${e.provenConforme + e.provenNonApplicable}/${e.total} · `,
        ),
      );
      expect(node.file).toBe(c.file);
      expect(node.children.map(ch => ch.state).filter(s => s === 'missing')).toHaveLength(e.missing);
      for (const k of ['conforme', 'partiel', 'non-conforme', 'non-applicable', 'a-evaluer'] as const) {
        expect(
          node.children.filter(ch => ch.state === k),
          `${c.id} ${k}`,
        ).toHaveLength(e[k]);
      }
    }
  });

  it('opens each element at its line', () => {
    const ee01 = nodes.find(n => n.id === 'el:3.4-05-ee01')!;
    expect(ee01).toMatchObject({ file: 'criteres/3.4-05.yaml', line: 5, description: 'conforme · non prouvé', state: 'conforme' });
    expect(nodes.find(n => n.id === 'cr:3.1-08')!.state).toBe('bad');
  });
});

describe('coverage tree: what a mark means, gaps, a criterion in two files (issue 20, point 8)', () => {
  it('says on a red ✖ that it is a finding of the self-evaluation, not an error in the files, in French and in English', () => {
    const fr = flatten(coverageTree(model)).find(n => n.id === 'cr:2.4-02')!;
    expect(fr.state).toBe('bad');
    expect(fr.tooltip!.split('\n\n').at(-1)).toBe("✖ : au moins un élément déclaré non conforme (un constat de l'auto-évaluation, pas une erreur du dossier)");
    const en = flatten(coverageTree(buildReportModel({ ...result, lang: 'en' }))).find(n => n.id === 'cr:2.4-02')!;
    expect(en.tooltip!.split('\n\n').at(-1)).toBe(
      '✖: at least one element declared non-compliant (a finding of the self-evaluation, not an error in the files)',
    );
  });

  it('marks the gaps: elements not conforme or not proven, the criteria and groups that hold one; the rest is not', () => {
    const nodes = flatten(coverageTree(model));
    for (const n of nodes.filter(n => n.kind === 'element')) {
      expect(n.gap, n.id).toBe(!(n.state === 'conforme' || n.state === 'non-applicable') || n.description.endsWith('non prouvé'));
    }
    for (const n of nodes.filter(n => n.kind === 'criterion' && n.file))
      expect(n.gap, n.id).toBe(
        n.children.some(c => c.gap) || model.chapters.flatMap(ch => ch.objectives.flatMap(o => o.criteria)).find(c => `cr:${c.id}` === n.id)!.gaps > 0,
      );
    for (const n of nodes.filter(n => n.kind === 'criterion' && !n.file)) expect(n.gap, n.id).toBe(true);
    for (const n of nodes.filter(n => n.kind === 'objective' || n.kind === 'chapter')) expect(n.gap, n.id).toBe(n.children.some(c => c.gap));
    expect(nodes.some(n => n.kind === 'element' && !n.gap)).toBe(true);
  });

  it('shows a criterion declared in two files from both: counted from the first, the other listed under it, said on the criterion', () => {
    const dup = run({
      'criteres/a.yaml': 'criterion: 3.4-05\nelements:\n  ee01:\n    status: conforme\n',
      'criteres/b.yaml': 'criterion: 3.4-05\nelements:\n  ee02:\n    status: partiel\n',
    });
    expect(dup.findings.some(f => f.code === 'duplicate-criterion')).toBe(true);
    const node = flatten(coverageTree(buildReportModel(dup))).find(n => n.id === 'cr:3.4-05')!;
    expect(node.description).toMatch(/ · en double : 2 fichiers$/);
    expect(node.gap).toBe(true);
    expect(node.tooltip).toContain(
      'Critère déclaré dans plusieurs fichiers (criteres/a.yaml, criteres/b.yaml) : la vue et le rapport le comptent depuis criteres/a.yaml. Gardez un seul fichier.',
    );
    expect(node.children[0]).toMatchObject({
      kind: 'file',
      label: 'criteres/b.yaml',
      file: 'criteres/b.yaml',
      line: 1,
      state: 'duplicate',
      description: 'déclare aussi 3.4-05 (critère en double) : compté depuis criteres/a.yaml',
    });
    expect(node.children.slice(1).every(c => c.kind === 'element')).toBe(true);
  });
});

describe('report model', () => {
  it('marks the stale DMN cartography, the overdue action and the CALISTA documents not listed', () => {
    expect(model.evidence.find(e => e.kind === 'cartographie-dmn')).toMatchObject({ state: 'stale', date: '2025-10-10', validThrough: '2026-10-10', line: 8 });
    expect(model.actions.filter(a => a.overdue).map(a => a.title)).toEqual(['Former les urgentistes au logiciel de télésurveillance']);
    expect(model.actions.map(a => a.due)).toEqual([...model.actions.map(a => a.due)].sort());
    expect(model.calista.filter(c => !c.listed).map(c => c.kind)).toEqual(['charte-prestataires', 'plan-blanc']);
    expect(model.calistaDeadline).toBe('2027-01-15');
  });
});

describe('visit checklist in the report model', () => {
  it('has the countdown, the window, the 15 documents, the providers and the governance audit', () => {
    const v = model.visit;
    expect(v).toMatchObject({
      visitStart: '2027-03-15',
      daysLeft: 112,
      readyBy: '2027-01-15',
      window: { decision: 'certifie', validUntil: '2027-06-19', visitInWindow: true },
    });
    expect(v.documents.map(d => d.kind.id)).toHaveLength(15);
    expect(v.documents.filter(d => d.missing).map(d => d.kind.id)).toEqual(['politique-ssi', 'attestation-audit-ssi']);
    expect(v.documents.find(d => d.kind.id === 'cartographie-dmn')!.provided[0]).toMatchObject({
      valid: false,
      invalidBecause: { reason: 'stale', since: '2026-10-11' },
    });
    expect(v.providers.map(p => p.validOnVisit)).toEqual([false, true]);
    expect(v.governance!.seats.map(s => [s.role, Boolean(s.holder)])).toEqual([
      ['direction', true],
      ['dsi', true],
      ['rssi', true],
      ['dpo', true],
      ['referent-dmn', true],
      ['pcme', true],
      ['responsable-fonctionnel', false],
    ]);
  });
});

describe('check --format markdown', () => {
  it('fits a pull-request comment', () => {
    const md = renderMarkdownSummary(result);
    expect(md.split('\n').slice(0, 7)).toEqual([
      "### has-dossier — Centre hospitalier d'Exemple (has-es-2025, au 2026-11-23)",
      '',
      '❌ **2** erreurs · ⚠️ **29** avertissements · ℹ️ 5 infos · 1 dérogé — éléments prêts : déclaré 52\u00a0% (13/25) · prouvé 40\u00a0% (10/25)',
      '',
      '**3 éléments déclarés conformes sans preuve valable**',
      '',
      'Visite : 2027-03-15 · CALISTA : 6/8 documents listés, au plus tard le 2027-01-15',
    ]);
    expect(md).toContain('| erreur | `stale-evidence` | `criteres/3.4-05.yaml:11` | « Cartographie des DMN à usage professionnel » date du 2025-10-10');
  });
});
