/**
 * YAML the engine writes — `new` (a criterion file), `init` (dossier.yaml), the quick fixes and
 * `migrate` — with values that YAML written from templates would break: line breaks, quotes,
 * `: `, `#`, a leading `-`, markup, Markdown links, escape sequences, words YAML reads as null,
 * booleans, dates or numbers. Each file parses back to the same values and passes its own check.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  applyMigrationEdits,
  criterionFileText,
  doComplete,
  getCodeActions,
  loadDossier,
  memoryHost,
  planMigration,
  scaffoldDossier,
  type CatalogueCriterion,
  type LanguageContext,
} from '../../engine/src/index.js';
import { MANIFEST, registry, REPO, ROOT, run } from '../helpers.js';

const VALUES: [string, string][] = [
  ['line breaks', 'Ligne un\nligne deux\r\ntrois\u2028quatre'],
  ['quotes', 'guillemets "doubles" et \'simples\''],
  ['a colon and a space', 'clé: valeur'],
  ['a hash', 'titre # pas un commentaire'],
  ['a leading dash', '- commence par un tiret'],
  ['markup', '<script>alert(1)</script>'],
  ['Markdown links and images', '[lien](http://e.vil) ![i](http://e.vil/p.png) @everyone'],
  ['escape sequences', '\u001b[31mrouge\u001b[0m \u001b]0;titre\u0007 fin'],
  ['a backslash', 'C:\\dossier\\n'],
  ['null', 'null'],
  ['a boolean', 'true'],
  ['a date', '2026-01-01'],
  ['a number with a leading zero', '0123'],
  ['spaces around', '  espacé  '],
  ['YAML flow and anchors', '{ a: [b, c] } &x *x !tag |'],
];

const cat = registry.resolve('has-es-2025', REPO);
/** What the check says about the form of the file: none of these may come out of the engine's own writing. */
const STRUCTURE = new Set(['yaml-syntax', 'schema', 'unknown-element', 'missing-element', 'unknown-criterion', 'duplicate-criterion']);
const structural = (tree: Record<string, string>) =>
  run(tree)
    .findings.filter(f => STRUCTURE.has(f.code))
    .map(f => `${f.file}:${f.range.start.line + 1} ${f.code} ${f.message}`);
/** Applies LSP text edits to a text. */
function apply(
  text: string,
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[],
): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((out, e) => out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end)), text);
}

describe.each(VALUES)('%s', (_, value) => {
  it('new: a criterion whose title and element texts say it stays that criterion with its elements, each a-evaluer, and passes its check', () => {
    const base = cat.criteria.get('3.4-05')!;
    const hostile: CatalogueCriterion = { ...base, title: value, elements: base.elements.map(e => ({ ...e, text: value })) };
    const text = criterionFileText(hostile, cat.id);
    expect(parse(text)).toEqual({ criterion: '3.4-05', elements: Object.fromEntries(base.elements.map(e => [e.id, { status: 'a-evaluer' }])) });
    // the title is the header comment, one comment line per line of it
    expect(text.split('\n')[0]).toBe(`# 3.4-05 — ${value.split(/\r\n|[\r\n\u2028]/)[0].replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')}`.trimEnd());
    expect(structural({ 'criteres/3.4-05.yaml': text })).toEqual([]);
  });

  it('init: the establishment name is read back exactly, and dossier.yaml passes its check', () => {
    const text = scaffoldDossier(cat, { manual: 'has-es-2025', name: value, finess: '330781196', scope: [] }).get('dossier.yaml')!;
    expect(parse(text)).toMatchObject({ manual: 'has-es-2025', establishment: { name: value, finess: '330781196' } });
    expect(structural({ 'dossier.yaml': text }).filter(f => f.startsWith('dossier.yaml'))).toEqual([]);
  });

  it('quick fix: the update action of a stale document named so gets its title exactly', () => {
    const file = 'criteres/3.4-05.yaml';
    const text = [
      'criterion: 3.4-05',
      'elements:',
      '  ee01:',
      '    status: partiel',
      '    evidence:',
      `      - title: ${JSON.stringify(value)}`,
      '        kind: cartographie-dmn',
      '        date: 2024-01-01',
      '',
    ].join('\n');
    const result = run({ [file]: text });
    const stale = result.findings.find(f => f.code === 'stale-evidence')!;
    const ctx: LanguageContext = { result, registry, path: file, text, lang: 'fr' };
    const action = getCodeActions(ctx, stale.range, result.findings).find(a => a.title === 'Ajouter une action de mise à jour du document')!;
    const [[uri, edits]] = Object.entries(action.edit!.changes!);
    expect(path.relative(ROOT, fileURLToPath(uri))).toBe(path.join('criteres', '3.4-05.yaml'));
    const fixed = apply(text, edits);
    const ee01 = parse(fixed).elements.ee01;
    expect(ee01.evidence[0].title).toBe(value);
    expect(ee01.actions).toEqual([{ title: `Mettre à jour « ${value} »`, due: '2026-12-23', done: false }]);
    // the fix adds no finding on the form of the file (those of the file it was given stay)
    expect(structural({ [file]: fixed })).toEqual(structural({ [file]: text }));
  });

  it('migrate: a renumbered criterion changes its code only; every value around it reads back the same', () => {
    const file = 'criteres/x.yaml';
    const text = [
      'criterion: 3.4-05',
      `comment: ${JSON.stringify(value)}`,
      'elements:',
      '  ee01:',
      '    status: partiel',
      '    evidence:',
      `      - title: ${JSON.stringify(value)}`,
      '        date: 2026-01-01',
      '',
    ].join('\n');
    const dossier = loadDossier(ROOT, memoryHost(ROOT, { 'dossier.yaml': MANIFEST, [file]: text }));
    const plan = planMigration(dossier, cat.data, cat.data, 'has-es-2025', { criteria: { '3.4-05': '3.4-06' } });
    const migrated = applyMigrationEdits(
      text,
      plan.edits.filter(e => e.file === file),
    );
    expect(parse(migrated)).toEqual({ ...parse(text), criterion: '3.4-06' });
    // 3.4-06 has no ee05: the elements it lacks are the only difference the check sees
    expect(structural({ [file]: migrated })).toEqual([expect.stringMatching(/^criteres\/x\.yaml:3 missing-element .* 3\.4-06 .* ee02, ee03, ee04\./)]);
  });
});

describe('migrate leaves to a person what would not read back', () => {
  it.each([
    // in double quotes a backslash is an escape: `\n` would become a line break
    ['a path with backslashes into a double-quoted manual:', 'manual: "has-es-2025"\n', 'C:\\grilles\\new.json'],
    // `~` alone is null
    ['a manual that YAML reads as null', 'manual: has-es-2025\n', '~'],
  ])('%s', (_, manifest, manual) => {
    const dossier = loadDossier(ROOT, memoryHost(ROOT, { 'dossier.yaml': `${manifest}establishment:\n  name: X\n` }));
    const plan = planMigration(dossier, cat.data, cat.data, manual);
    expect(plan.edits).toEqual([]);
    expect(plan.decisions.map(d => [d.file, d.subject])).toEqual([['dossier.yaml', 'has-es-2025']]);
  });
});

describe('completion writes a file path as one YAML value', () => {
  it.each(['preuves/rapport #2.pdf', 'preuves/compte rendu: final.pdf', "preuves/'cité'.pdf", 'preuves/plain-name.pdf'])('%s', name => {
    const file = 'criteres/3.4-05.yaml';
    const text = 'criterion: 3.4-05\nelements:\n  ee01:\n    status: partiel\n    evidence:\n      - title: x\n        file: \n';
    const result = run({ [file]: text, [name]: 'pdf' });
    const item = doComplete({ result, registry, path: file, text, lang: 'fr' }, { line: 6, character: 14 }).find(i => i.label === name)!;
    const edited = text.replace('        file: \n', `        file: ${(item.textEdit as { newText: string }).newText}\n`);
    expect(parse(edited).elements.ee01.evidence[0].file).toBe(name);
  });
});
