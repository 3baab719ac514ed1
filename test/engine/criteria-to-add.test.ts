/**
 * The criteria a dossier could add (`new` without an argument, the editor's "New criterion
 * file"): its scope's criteria without a file, impératifs first, or a sentence saying why none.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { criteriaInScope, criteriaToAdd } from '../../engine/src/index.js';
import { MANIFEST, REPO, registry, run } from '../helpers.js';

const CLI = path.join(REPO, 'dist', 'cli.js');
const cat = registry.resolve('has-es-2025', REPO);

describe('criteriaToAdd', () => {
  it("lists the scope's criteria without a file, impératifs first, with their level and a file that checks clean of schema errors", () => {
    const r = run({ 'dossier.yaml': `${MANIFEST}scope: [sante-mentale-psychiatrie]\n`, 'criteres/2.4-02.yaml': 'criterion: 2.4-02\nelements: {}\n' });
    const list = criteriaToAdd(r);
    expect(list.empty).toBeUndefined();
    const ids = list.criteria.map(c => c.id);
    expect(ids).not.toContain('2.4-02'); // has its file
    expect(ids).toContain('2.1-10'); // psychiatry
    expect(ids).not.toContain('2.3-11'); // maternity
    expect(ids.length).toBe(criteriaInScope(cat, ['sante-mentale-psychiatrie']).length - 1);
    const firstStandard = list.criteria.findIndex(c => c.level !== 'imperatif');
    expect(list.criteria.slice(0, firstStandard).every(c => c.level === 'imperatif')).toBe(true);
    expect(list.criteria.slice(firstStandard).some(c => c.level === 'imperatif')).toBe(false);
    const imp = list.criteria[0];
    expect(imp).toMatchObject({ level: 'imperatif', levelLabel: 'Impératif', path: `criteres/${imp.id}.yaml` });
    // the file text checks without a schema error
    const again = run({ 'dossier.yaml': `${MANIFEST}scope: [sante-mentale-psychiatrie]\n`, [imp.path]: imp.text });
    expect(again.findings.filter(f => f.code === 'schema' || f.code === 'yaml-syntax')).toEqual([]);
  });

  it('says why the list is empty: every criterion has its file, or no catalogue', () => {
    const scope = criteriaInScope(cat, ['ect']);
    const files = Object.fromEntries(criteriaInScope(cat, ['ect']).map(c => [`criteres/${c.id}.yaml`, `criterion: ${c.id}\nelements: {}\n`]));
    const full = criteriaToAdd(run({ 'dossier.yaml': `${MANIFEST}scope: [ect]\n`, ...files }));
    expect(full.criteria).toEqual([]);
    expect(full.empty).toBe(`Chaque critère applicable a déjà son fichier : ${scope.length} critères de has-es-2025 pour le champ ect.`);
    const en = criteriaToAdd(run({ 'dossier.yaml': `${MANIFEST}scope: [ect]\n`, ...files }, { lang: 'en' }));
    expect(en.empty).toBe(`Every applicable criterion already has its file: ${scope.length} criteria of has-es-2025 for the scope ect.`);
    const none = criteriaToAdd(run({ 'dossier.yaml': MANIFEST.replace('has-es-2025', 'nulle-part') }, { lang: 'en' }));
    expect(none).toEqual({ criteria: [], empty: 'No criterion to offer: the catalogue "nulle-part" could not be loaded (see the problems of dossier.yaml).' });
  });
});

describe('has-dossier new without a criterion', () => {
  const cli = (args: string[], cwd = REPO) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it("lists the example dossier's missing criteria, impératifs first, then how to write one", () => {
    const r = cli(['new', '--dossier', 'examples/ch-exemple']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^\d+ critères de has-es-2025 sans fichier dans examples\/ch-exemple \(impératifs en tête\) :$/);
    expect(lines[1]).toMatch(/^ {2}\d\.\d-\d\d {2}Impératif {2}\S/);
    expect(lines.at(-2)).toBe("Écrire l'un d'eux : has-dossier new <critère> > criteres/<critère>.yaml");
    expect(r.stdout).not.toMatch(/^ {2}(3\.4-05|2\.4-02) /m); // they have their files
  });

  it('says so when every criterion has its file, and exits 2 outside a dossier', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-new-'));
    fs.writeFileSync(path.join(dir, 'dossier.yaml'), `${MANIFEST}scope: [ect]\n`);
    fs.mkdirSync(path.join(dir, 'criteres'));
    for (const c of criteriaInScope(cat, ['ect'])) fs.writeFileSync(path.join(dir, 'criteres', `${c.id}.yaml`), `criterion: ${c.id}\nelements: {}\n`);
    const r = cli(['new', '--lang', 'en'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Every applicable criterion already has its file: \d+ criteria of has-es-2025 for the scope ect\.\n$/);
    expect(cli(['new'], os.tmpdir()).status).toBe(2);
  });
});
