/** Proven, not only declared: the proof of each element, the counts, and every readiness figure showing both. */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildReportModel,
  coverageTree,
  doHover,
  findCodeLenses,
  readinessJson,
  renderMarkdownSummary,
  renderReportHtml,
  type CheckResult,
} from '../../engine/src/index.js';
import { criterion, MANIFEST, registry, REPO, run } from '../helpers.js';

const IMPERATIVE = path.join(REPO, 'test', 'fixtures', 'catalogue-imperatif.json');

/** conforme with a missing file, conforme proven, non-applicable with and without justification, partiel. */
const tree = {
  'preuves/charte.pdf': 'pdf',
  'preuves/cartographie.xlsx': 'xlsx',
  'criteres/3.2-01.yaml': criterion(
    '3.2-01',
    [
      '  ee01:\n    status: conforme\n    evidence:\n      - title: Charte\n        file: preuves/absente.pdf\n',
      '  ee02:\n    status: conforme\n    evidence:\n      - title: Charte\n        file: preuves/charte.pdf\n',
      '  ee03:\n    status: non-applicable\n    justification: Pas de bloc.\n',
      '  ee04:\n    status: non-applicable\n',
      '  ee05:\n    status: partiel\n    evidence:\n      - title: Charte\n        file: preuves/charte.pdf\n',
    ].join(''),
  ),
  'criteres/3.4-05.yaml': criterion(
    '3.4-05',
    [
      '  ee01:\n    status: conforme\n',
      '  ee02:\n    status: conforme\n    evidence:\n      - title: Cartographie des DMN\n        kind: cartographie-dmn\n        file: preuves/cartographie.xlsx\n        date: 2026-01-10\n',
      '  ee03:\n    status: conforme\n    evidence:\n      - title: Lien GED\n        url: https://ged.example/doc/1\n',
    ].join(''),
  ),
};

describe('proof', () => {
  const result = run(tree);
  const proof = (file: string, element: string) => result.proof.find(p => p.file === file && p.element === element)!;

  it('judges each element', () => {
    expect(proof('criteres/3.2-01.yaml', 'ee01')).toMatchObject({
      status: 'conforme',
      proven: false,
      reasons: [
        { code: 'not-found', file: 'preuves/absente.pdf' },
        { code: 'error-finding', rule: 'evidence-not-found' },
      ],
    });
    expect(proof('criteres/3.2-01.yaml', 'ee02')).toMatchObject({ status: 'conforme', proven: true, reasons: [] });
    expect(proof('criteres/3.2-01.yaml', 'ee03')).toMatchObject({ proven: true });
    expect(proof('criteres/3.2-01.yaml', 'ee04')).toMatchObject({ proven: false, reasons: [{ code: 'no-justification' }] });
    expect(proof('criteres/3.2-01.yaml', 'ee05')).toMatchObject({ status: 'partiel', proven: false, reasons: [] });
    expect(proof('criteres/3.4-05.yaml', 'ee01').reasons).toEqual([{ code: 'no-evidence' }]);
    // fresh on the as-of date (valid through 2027-01-10), not on the visit day (2027-03-15)
    expect(proof('criteres/3.4-05.yaml', 'ee02')).toMatchObject({
      proven: true,
      provenAtVisit: false,
      reasonsAtVisit: [{ code: 'stale', validThrough: '2027-01-10' }],
    });
    expect(proof('criteres/3.4-05.yaml', 'ee03').reasons).toEqual([{ code: 'not-in-dossier', title: 'Lien GED' }]);
  });

  it('stale on the as-of date, and an error finding of another rule, make it unproven', () => {
    const r = run(tree, { asOf: '2027-02-01' });
    expect(r.proof.find(p => p.file === 'criteres/3.4-05.yaml' && p.element === 'ee02')!.reasons.map(x => x.code)).toEqual(['stale', 'error-finding']);
  });

  it('counts declared and proven apart in the coverage', () => {
    const c = result.coverage.find(x => x.id === '3.2-01')!.elements;
    expect(c).toMatchObject({ conforme: 2, 'non-applicable': 2, provenConforme: 1, provenNonApplicable: 1, provenAtVisit: 2 });
  });

  it('JSON, code lens and report give the same figures: the criteria that apply without a file count their elements as missing', () => {
    const m = buildReportModel(result);
    const json = readinessJson(result);
    // the bundled manual has criteria with known elements and no file in this dossier: they weigh on every figure
    expect(m.totals.total).toBeGreaterThan(result.coverage.reduce((n, c) => n + c.elements.total, 0));
    expect(json).toMatchObject({ total: m.totals.total, declared: m.readiness.declared, proven: m.readiness.proven, provenAtVisit: m.readiness.provenAtVisit });
    const manifest = result.dossier.files.find(f => f.kind === 'manifest')!;
    const lens = findCodeLenses({ result, registry, path: manifest.path, text: manifest.source.text, lang: 'fr' })[0].command!.title;
    expect(lens).toContain(`déclaré ${json.declaredPercent}\u00a0% · prouvé ${json.provenPercent}\u00a0%`);
  });

  it('a criterion declared in two files (duplicate-criterion) counts once in the JSON, as in the report', () => {
    const twice = run({ ...tree, 'criteres/3.2-01-copie.yaml': tree['criteres/3.2-01.yaml'] });
    expect(twice.findings.filter(f => f.code === 'duplicate-criterion')).toHaveLength(2);
    const m = buildReportModel(twice);
    const json = readinessJson(twice);
    expect(json).toMatchObject({ total: m.totals.total, declared: m.readiness.declared, proven: m.readiness.proven, provenAtVisit: m.readiness.provenAtVisit });
    // the same figures as with one file: the copy adds nothing
    expect(readinessJson(twice)).toEqual(readinessJson(result));
  });

  it('report: declared and proven cards, the gap as headline', () => {
    const m = buildReportModel(result);
    expect(m.readiness).toMatchObject({ declared: 7, proven: 3, provenAtVisit: 2, unprovenConforme: 3, unjustified: 1 });
    expect(m.proofGap).toBe('3 éléments déclarés conformes sans preuve valable · 1 élément déclaré non applicable sans justification');
    const html = renderReportHtml(m, { link: f => f });
    expect(html).toContain('id="ready-declared"');
    expect(html).toContain('id="ready-proven"');
    expect(html).toContain('3 éléments déclarés conformes sans preuve valable');
    expect(html).toMatch(/data-element="ee01" data-proven="false"/);
  });

  it('Dossier view, code lens and markdown show both', () => {
    const nodes = coverageTree(buildReportModel(result));
    const cr = nodes
      .flatMap(n => n.children)
      .flatMap(n => n.children)
      .find(n => n.id === 'cr:3.2-01')!;
    expect(cr.description).toBe('déclaré 4/5 · 80\u00a0% · prouvé 2/5 · 40\u00a0%');
    const ee01 = cr.children.find(n => n.label === 'ee01')!;
    expect(ee01.description).toBe('conforme · non prouvé');
    expect(ee01.tooltip).toMatch(/Non prouvé : « Charte » : fichier introuvable \(preuves\/absente\.pdf\)/);
    const ctx = (p: string, r: CheckResult = result) => ({ result: r, registry, path: p, text: '', lang: r.lang });
    expect(findCodeLenses(ctx('criteres/3.2-01.yaml'))[0].command!.title).toMatch(
      /déclaré 80\u00a0% · prouvé 40\u00a0% — 1 élément déclaré conforme sans preuve valable · 1 élément déclaré non applicable sans justification$/,
    );
    expect(findCodeLenses(ctx('dossier.yaml'))[0].command!.title).toMatch(/3 éléments déclarés conformes sans preuve valable/);
    expect(renderMarkdownSummary(result)).toMatch(/déclaré \d+\u00a0% \(7\/\d+\) · prouvé \d+\u00a0% \(3\/\d+\)/);
    const en = run(tree, { lang: 'en' });
    expect(findCodeLenses(ctx('criteres/3.2-01.yaml', en))[0].command!.title).toMatch(
      /declared 80% · proven 40% — 1 element declared compliant without valid evidence · 1 element declared not applicable without a justification$/,
    );
  });

  it('the report lists non-conforme and partiel elements first, gravest first, with their action plans', () => {
    const r = run({
      'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`,
      'criteres/a.yaml': criterion('1.1-01', '  ee01:\n    status: non-conforme\n'),
      'criteres/b.yaml': criterion(
        '1.1-02',
        '  ee01:\n    status: partiel\n    actions:\n      - title: Former\n        due: 2027-01-10\n        owner: qualite\n',
      ),
    });
    expect(r.findings.find(f => f.code === 'no-action-plan')).toMatchObject({ severity: 'error', criterion: '1.1-01' });
    const m = buildReportModel(r);
    expect(m.openElements.map(e => [e.criterion, e.state, e.severity, e.actions.map(a => a.title)])).toEqual([
      ['1.1-01', 'non-conforme', 'error', []],
      ['1.1-02', 'partiel', 'warning', ['Former']], // missing-evidence
    ]);
    // findings: gravest first, then by criterion; infos last
    const ranks = m.gaps.map(g => ({ error: 0, warning: 1, info: 2 })[g.severity]);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const html = renderReportHtml(m, { link: f => f });
    expect(html.indexOf('id="open-elements"')).toBeLessThan(html.indexOf('id="gaps"'));
    expect(html.indexOf('data-criterion="1.1-01" data-element="ee01"')).toBeLessThan(html.indexOf('data-criterion="1.1-02" data-element="ee01"'));
  });

  it('hover on an element shows declared and proven and the team comment; on criterion:, the criterion comment', () => {
    const text =
      'criterion: 3.2-01\ncomment: |\n  Revu en COPIL.\n  *Pas* de <b>balise</b>.\nelements:\n  ee01:\n    status: conforme\n    comment: Charte signée.\n    evidence:\n      - title: Charte\n        file: preuves/absente.pdf\n';
    const r = run({ 'criteres/c.yaml': text });
    const ctx = { result: r, registry, path: 'criteres/c.yaml', text, lang: r.lang };
    const onEl = doHover(ctx, { line: 5, character: 3 })!.contents.value;
    expect(onEl).toContain('**Déclaré** conforme · non prouvé : « Charte » : fichier introuvable (preuves/absente.pdf) ; erreur evidence-not-found');
    expect(onEl).toContain("**Commentaire de l'équipe**\n\n> Charte signée.");
    const onCrit = doHover(ctx, { line: 0, character: 12 })!.contents.value;
    expect(onCrit).toContain('> Revu en COPIL.\n>\n> \\*Pas\\* de &lt;b&gt;balise&lt;/b&gt;.');
  });

  it('every claim proven: no headline', () => {
    const r = run({
      'preuves/c.pdf': 'x',
      'criteres/c.yaml': criterion('3.2-01', '  ee01:\n    status: conforme\n    evidence:\n      - title: C\n        file: preuves/c.pdf\n'),
    });
    expect(buildReportModel(r).proofGap).toBeUndefined();
    expect(MANIFEST).toContain('visit');
  });
});
