/** The built CLI (dist/cli.js), run as a process, as CI and users run it. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPERATIVES, REPO } from '../helpers.js';

const CLI = path.join(REPO, 'dist', 'cli.js');

function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpDossier(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const MANIFEST = 'manual: has-es-2025\nestablishment:\n  name: CH Test\n  finess: "330781196"\nrules:\n  missing-criterion: off\n  missing-imperative: off\n';
const CLEAN = {
  'dossier.yaml': MANIFEST,
  'criteres/3.1-09.yaml':
    'criterion: 3.1-09\nelements:\n  ee01:\n    status: non-applicable\n    justification: Aucun échange non sécurisé.\n  ee02:\n    status: non-conforme\n    actions:\n      - title: Raccorder\n        due: 2027-02-01\n        owner: DSI\n  ee03:\n    status: non-conforme\n    actions:\n      - title: Informer\n        due: 2027-02-01\n        owner: DPO\n',
};

function expectOneLineError(r: { stderr: string; stdout: string }, pattern: RegExp) {
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  expect(fs.existsSync(CLI), 'run `npm run build` first').toBe(true);
});

describe('has-dossier check', () => {
  it('prints SPEC §5 JSON for the example and exits 1 because of the stale DMN cartography and the unmet impératif', () => {
    const r = cli(['check', 'examples/ch-exemple', '--as-of', '2026-11-23', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['tool', 'version', 'manual', 'asOf', 'diagnostics', 'coverage', 'readiness', 'summary']);
    expect(out).toMatchObject({ tool: 'has-dossier', version: '0.1.0', manual: 'has-es-2025', asOf: '2026-11-23' });
    const errors = out.diagnostics.filter((d: { severity: string; waived?: unknown }) => d.severity === 'error' && !d.waived);
    expect(errors).toEqual([
      {
        file: 'criteres/2.4-02.yaml',
        line: 16,
        column: 13,
        endLine: 16,
        endColumn: 25,
        severity: 'error',
        code: 'imperative-not-met',
        message: expect.stringMatching(/^2\.4-02-ee02 est non conforme alors que le critère 2\.4-02 est impératif/),
        criterion: '2.4-02',
        element: 'ee02',
      },
      {
        file: 'criteres/3.4-05.yaml',
        line: 11,
        column: 15,
        endLine: 11,
        endColumn: 25,
        severity: 'error',
        code: 'stale-evidence',
        message: expect.stringMatching(/^« Cartographie des DMN à usage professionnel » date du 2025-10-10/),
        criterion: '3.4-05',
        element: 'ee01',
      },
    ]);
    // the criteria of the manual without a file: one warning per objective, one per impératif
    expect(out.diagnostics.filter((d: { code: string }) => d.code === 'missing-criterion')).toHaveLength(12);
    expect(out.diagnostics.filter((d: { code: string }) => d.code === 'missing-imperative').map((d: { criterion: string }) => d.criterion)).toEqual(
      IMPERATIVES.filter(id => id !== '2.4-02'), // the example has 2.4-02's file
    );
    // elements unknown (2.4-02): coverage counts what the team declared, no invented denominator
    expect(out.coverage.criteria.find((c: { id: string }) => c.id === '2.4-02').elements).toEqual({
      total: 2,
      conforme: 1,
      partiel: 0,
      'non-conforme': 1,
      'non-applicable': 0,
      'a-evaluer': 0,
      missing: 0,
      provenConforme: 1,
      provenNonApplicable: 0,
      provenAtVisit: 1,
    });
    for (const d of out.diagnostics)
      expect(Object.keys(d).slice(0, 8)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
    const keys = out.diagnostics.map((d: { file: string; line: number; column: number; code: string }) => [d.file, d.line, d.column, d.code]);
    const sorted = [...keys].sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0)));
    expect(keys).toEqual(sorted);
    expect(out.coverage.criteria.find((c: { id: string }) => c.id === '3.4-05')).toEqual({
      id: '3.4-05',
      file: 'criteres/3.4-05.yaml',
      elements: {
        total: 5,
        conforme: 4,
        partiel: 1,
        'non-conforme': 0,
        'non-applicable': 0,
        'a-evaluer': 0,
        missing: 0,
        provenConforme: 3,
        provenNonApplicable: 0,
        provenAtVisit: 3,
      },
    });
    // declared and proven apart: the stale DMN cartography leaves 3.4-05-ee01 declared conforme, not proven
    expect(out.coverage.unproven).toContainEqual({
      file: 'criteres/3.4-05.yaml',
      criterion: '3.4-05',
      element: 'ee01',
      status: 'conforme',
      reasons: [expect.stringMatching(/^« Cartographie des DMN à usage professionnel » périmée/), 'erreur stale-evidence'],
    });
    expect(out.readiness).toMatchObject({ declared: 13, proven: 10, unprovenConforme: 3, headline: '3 éléments déclarés conformes sans preuve valable' });
    expect(out.summary).toEqual({ files: 9, errors: 2, warnings: 29, infos: 5, waived: 1 });
    const waived = out.diagnostics.find((d: { waived?: unknown }) => d.waived);
    expect(waived).toMatchObject({
      code: 'evidence-not-found',
      file: 'criteres/3.1-09.yaml',
      waived: { reason: 'cartographie en cours de validation au COSSI de décembre', until: '2026-12-15' },
    });
  });

  it('exits 0 on a dossier without errors, and 1 when warnings exceed --max-warnings', () => {
    const dir = tmpDossier(CLEAN);
    expect(cli(['check', dir, '--as-of', '2026-11-23']).code).toBe(0);
    const warn = tmpDossier({ ...CLEAN, 'criteres/3.1-09.yaml': CLEAN['criteres/3.1-09.yaml'].replace(/ {4}justification: .*\n/, '') });
    expect(cli(['check', warn, '--as-of', '2026-11-23']).code).toBe(0);
    expect(cli(['check', warn, '--as-of', '2026-11-23', '--max-warnings', '1']).code).toBe(0);
    const r = cli(['check', warn, '--as-of', '2026-11-23', '--max-warnings', '0', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.warnings).toBe(1);
  });

  it('exits 2 with one line on stderr when it cannot run', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-empty-'));
    let r = cli(['check', empty]);
    expect(r.code).toBe(2);
    expectOneLineError(r, /^has-dossier: \/.*has-dossier-empty-\w+ : pas de dossier\.yaml ici ni au-dessus \(has-dossier init pour en créer un\)\n$/);
    r = cli(['check', path.join(empty, 'nope'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLineError(r, /nope: no such file or folder\n$/);
    r = cli(['check', '--format', 'xml', 'examples/ch-exemple']);
    expect(r.code).toBe(2);
    expectOneLineError(r, /^has-dossier: format inconnu « xml » \(formats : stylish, compact, json, sarif, junit, github, markdown, gitlab\)\n$/);
    r = cli(['check', '--as-of', '2026-02-30', 'examples/ch-exemple']);
    expect(r.code).toBe(2);
    expectOneLineError(r, /n'accepte pas '2026-02-30'\. attendu : une vraie date AAAA-MM-JJ\.$/m);
    expectOneLineError(cli(['check', '--as-of', '2026-02-30', '--lang=en']), /argument '2026-02-30' is invalid\. expected a real date as YYYY-MM-DD\.$/m);
    r = cli(['check', '--max-warnings', 'many', 'examples/ch-exemple']);
    expect(r.code).toBe(2);
    r = cli(['check', '--bogus']);
    expect(r.code).toBe(2);
    expectOneLineError(r, /^erreur : option inconnue '--bogus'$/m);
    expectOneLineError(cli(['check', '--bogus', '--lang', 'en']), /^error: unknown option '--bogus'$/m);
    r = cli(['check', tmpDossier({ ...CLEAN, 'dossier.yaml': MANIFEST.replace('has-es-2025', 'has-es-2099') })]);
    expect(r.code).toBe(2);
    expectOneLineError(r, /^has-dossier: manuel inconnu « has-es-2099 »$/m);
    expectOneLineError(
      cli(['check', tmpDossier({ ...CLEAN, 'dossier.yaml': MANIFEST.replace('has-es-2025', 'has-es-2099') }), '--lang', 'en']),
      /^has-dossier: unknown manual "has-es-2099"$/m,
    );
    r = cli(['check', tmpDossier({ ...CLEAN, 'dossier.yaml': MANIFEST.replace('has-es-2025', './grille.json'), 'grille.json': '{"id": "x"' })]);
    expect(r.code).toBe(2);
    expectOneLineError(r, /grille\.json : JSON illisible \(erreur de syntaxe au caractère 10\)$/m);
    const folder = tmpDossier({ 'criteres/3.1-09.yaml': CLEAN['criteres/3.1-09.yaml'] });
    fs.mkdirSync(path.join(folder, 'dossier.yaml'));
    r = cli(['check', folder]);
    expect(r.code).toBe(2);
    expectOneLineError(r, /dossier\.yaml illisible \(c'est un dossier\)$/m);
    expectOneLineError(cli(['check', folder, '--lang', 'en']), /dossier\.yaml cannot be read \(it is a folder\)$/m);
  });

  it('reports broken YAML at its place and still checks the other files', () => {
    const dir = tmpDossier({
      ...CLEAN,
      'criteres/3.4-05.yaml': 'criterion: 3.4-05\nelements:\n  ee01:\n    status: conforme: oui\n',
      'criteres/3.4-06.yaml': 'criterion: 3.4-06\nelements: {}\n',
      'criteres/bin.yaml': '\u0000\u0001binary',
    });
    const r = cli(['check', dir, '--format', 'json', '--as-of', '2026-11-23']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const syntax = out.diagnostics.filter((d: { code: string }) => d.code === 'yaml-syntax');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax).toEqual([
      expect.objectContaining({
        file: 'criteres/3.4-05.yaml',
        line: 4,
        column: 5,
        message: 'Deux « : » sur la même ligne : mettez la valeur entre guillemets si elle contient « : ».',
      }),
    ]);
    expect(out.diagnostics).toContainEqual(expect.objectContaining({ file: 'criteres/3.4-06.yaml', code: 'missing-element' }));
    expect(out.diagnostics).toContainEqual(expect.objectContaining({ file: 'criteres/bin.yaml', code: 'unreadable-file', line: 1, column: 1 }));
  });

  it("writes SARIF 2.1.0 that validates against the SARIF schema and Microsoft's validator", () => {
    const r = cli(['check', 'examples/ch-exemple', '--as-of', '2026-11-23', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const schemaFile = require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('stale-evidence');
    const stale = run.results.find((x: { ruleId: string; level: string }) => x.ruleId === 'stale-evidence' && x.level === 'error');
    expect(stale.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'examples/ch-exemple/criteres/3.4-05.yaml', uriBaseId: 'SRCROOT' },
      region: { startLine: 11, startColumn: 15, endLine: 11, endColumn: 25 },
    });
    expect(run.tool.driver.rules[stale.ruleIndex].id).toBe('stale-evidence');
    expect(run.results.find((x: { suppressions?: unknown }) => x.suppressions).suppressions[0]).toMatchObject({ kind: 'inSource' });
    // Microsoft's SARIF multitool (schema + its SARIF rules) on the same log
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sarif-'));
    const file = path.join(out, 'has-dossier.sarif');
    fs.writeFileSync(file, r.stdout);
    const tool = path.join(path.dirname(schemaFile), 'Sarif.Multitool');
    const v = spawnSync(tool, ['validate', file, '-o', path.join(out, 'validation.sarif'), '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'validation.sarif'), 'utf8'));
    const problems = report.runs[0].results.filter((x: { level?: string }) => x.level === 'error');
    expect(problems, JSON.stringify(problems.map((p: { ruleId: string; message: unknown }) => [p.ruleId, p.message]))).toEqual([]);
  });

  it('writes JUnit XML that parses, with a failure per error or warning', () => {
    const r = cli(['check', 'examples/ch-exemple', '--as-of', '2026-11-23', '--format', 'junit']);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
    expect(xml.testsuites).toMatchObject({ name: 'has-dossier', failures: '31', skipped: '1' });
    const suites = [xml.testsuites.testsuite].flat();
    // paths relative to the repository root, as in every CI format
    expect(suites.map((s: { name: string }) => s.name)).toEqual(
      [
        'criteres/1.1-03.yaml',
        'criteres/2.4-02.yaml',
        'criteres/3.1-07.yaml',
        'criteres/3.1-08.yaml',
        'criteres/3.1-09.yaml',
        'criteres/3.2-01.yaml',
        'criteres/3.4-05.yaml',
        'criteres/3.4-06.yaml',
        'dossier.yaml',
      ].map(f => `examples/ch-exemple/${f}`),
    );
    const dmn = suites.find((s: { name: string }) => s.name === 'examples/ch-exemple/criteres/3.4-05.yaml');
    expect([dmn.testcase].flat()[0]).toMatchObject({ name: 'stale-evidence 11:15', failure: { type: 'stale-evidence' } });
  });

  it('writes GitHub annotations with paths relative to the working directory', () => {
    const r = cli(['check', 'examples/ch-exemple', '--as-of', '2026-11-23', '--format', 'github']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(
      lines.find(l =>
        l.startsWith(
          '::error file=examples/ch-exemple/criteres/3.4-05.yaml,line=11,col=15,endLine=11,endColumn=25,title=has-dossier stale-evidence::« Cartographie des DMN',
        ),
      ),
    );
    expect(lines.filter(l => l.startsWith('::notice ')).length).toBe(5);
    expect(lines.at(-1)).toBe('has-dossier : 2 erreurs, 29 avertissements, 5 infos, 1 dérogé');
    expect(cli(['check', 'examples/ch-exemple', '--as-of', '2026-11-23', '--format', 'github', '--lang', 'en']).stdout.trim().split('\n').at(-1)).toBe(
      'has-dossier: 2 errors, 29 warnings, 5 info, 1 waived',
    );
  });

  it('colours only on a TTY or when forced, and honours NO_COLOR; --output writes the file', () => {
    expect(cli(['check', 'examples/ch-exemple', '--as-of', '2026-11-23']).stdout).not.toMatch(/\u001b\[/);
    expect(cli(['check', 'examples/ch-exemple', '--as-of', '2026-11-23'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[31m/);
    expect(cli(['check', 'examples/ch-exemple', '--as-of', '2026-11-23'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'out-')), 'r.json');
    const r = cli(['check', 'examples/ch-exemple', '--as-of', '2026-11-23', '--format', 'json', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).summary.errors).toBe(2);
  });

  it('speaks English with --lang en', () => {
    const r = cli(['check', 'examples/ch-exemple', '--as-of', '2026-11-23', '--lang', 'en']);
    expect(r.stdout).toMatch(/"Cartographie des DMN à usage professionnel" is dated 2025-10-10: it is more than 12 months old on 2026-11-23/);
    expect(r.stdout).toMatch(/✖ 2 errors, 29 warnings, 5 info, 1 waived — 9 files, manual has-es-2025, as of 2026-11-23/);
  });
});

describe('has-dossier visit', () => {
  it("prints the expert visitors' checklist of the example and exits 1 (two documents missing, two not valid, a certificate expiring)", () => {
    const r = cli(['visit', 'examples/ch-exemple', '--as-of', '2026-11-23']);
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      "Visite de certification — Centre hospitalier d'Exemple",
      '  2027-03-15 — 112 jours avant la visite · documents prêts avant le 2027-01-15',
      "  Dernière décision : Certifié le 2023-06-20, valable jusqu'au 2027-06-19 — visite dans la fenêtre",
    ]);
    // the header counts what is valid on the visit day (two are there but not valid)
    expect(r.stdout).toContain('Documents mis à disposition pendant la visite (11/15 valides le jour de la visite, 13 fournis)');
    expect(r.stdout).toMatch(/✗ Politique générale de sécurité des SI \[politique-ssi\] — 3\.1-07 \(rattachement fait par has-dossier\)\n {6}absent/);
    expect(r.stdout).toMatch(/preuves\/cartographie-dmn\.xlsx \(2025-10-10\) — périmé depuis le 2026-10-11 {2}criteres\/3\.4-05\.yaml:8/);
    expect(r.stdout).toMatch(
      /Certificat HDS HDS-EX-2024-017 → 2027-01-31 : expire avant la visite ; PCA \/ PRA : preuves\/fournisseurs\/pca-pra-hebergeur\.pdf {2}dossier\.yaml:38/,
    );
    expect(r.stdout).toContain('  ✓ Référent DMN : Dr F. Biomédical');
    expect(r.stdout).toContain('Responsable fonctionnel(le) (présence incertaine : « ? » dans la source) : rôle non déclaré (roles:)');
  });

  it('gives JSON with the window, each document and its evidence', () => {
    const r = cli(['visit', 'examples/ch-exemple', '--as-of', '2026-11-23', '--json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({
      ready: false,
      missing: 2,
      invalid: 2,
      providerProblems: 1,
      visitStart: '2027-03-15',
      daysLeft: 112,
      readyBy: '2027-01-15',
      readyBefore: '2 months',
    });
    expect(v.window).toEqual({ decision: 'certifie', decided: '2023-06-20', to: '2027-06-19', validUntil: '2027-06-19', visitInWindow: true });
    expect(v.documents).toHaveLength(15);
    expect(v.documents.filter((d: { missing: boolean }) => d.missing).map((d: { kind: string }) => d.kind)).toEqual(['politique-ssi', 'attestation-audit-ssi']);
    expect(v.documents.find((d: { kind: string }) => d.kind === 'cartographie-echanges-non-securises').provided[0]).toMatchObject({
      valid: false,
      invalidBecause: { reason: 'file-missing' },
      declaredIn: 'criteres/3.1-09.yaml',
    });
    expect(v.providers.map((p: { name: string; validOnVisit: boolean }) => [p.name, p.validOnVisit])).toEqual([
      ['Hébergeur Santé Exemple', false],
      ['GHT Exemple (DPI mutualisé)', true],
    ]);
  });

  it('lists under a missing document the evidence without kind: whose title names it (issue 20, point 9)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-'));
    fs.cpSync(path.join(REPO, 'examples', 'ch-exemple'), dir, { recursive: true });
    const file = path.join(dir, 'criteres', '3.1-08.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('        kind: matrice-habilitation\n', ''));
    const r = cli(['visit', dir, '--as-of', '2026-11-23']);
    expect(r.stdout).toMatch(
      /✗ Matrice d'habilitation \[matrice-habilitation\] — 3\.1-08-ee01\n {6}absent\n {6}« Matrice d'habilitation » semble l'être, sans « kind: matrice-habilitation » : ajoutez-le pour qu'il compte {2}criteres\/3\.1-08\.yaml:8\n/,
    );
    const v = JSON.parse(cli(['visit', dir, '--as-of', '2026-11-23', '--json']).stdout);
    expect(v.documents.find((d: { kind: string }) => d.kind === 'matrice-habilitation')).toMatchObject({
      missing: true,
      untyped: [{ declaredIn: 'criteres/3.1-08.yaml', line: 8, title: "Matrice d'habilitation", criterion: '3.1-08', element: 'ee01' }],
    });
    fs.rmSync(dir, { recursive: true });
  });

  it('exits 0 when everything is ready, and 2 on a folder without dossier', () => {
    const dir = tmpDossier({
      'dossier.yaml': 'manual: ./grille.json\nestablishment:\n  name: X\nvisit:\n  start: 2027-03-15\n',
      'grille.json': fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'catalogue-imperatif.json'), 'utf8'),
    });
    const ready = cli(['visit', dir, '--as-of', '2026-11-23']);
    expect(ready.code, ready.stdout + ready.stderr).toBe(0);
    expect(ready.stdout).toContain('(0/0');
    const none = cli(['visit', path.join(dir, 'nope')]);
    expect(none.code).toBe(2);
    expectOneLineError(none, /aucun dossier de ce nom/);
  });
});

describe('other commands', () => {
  it('--help works on every command', () => {
    for (const args of [
      ['--help'],
      ['check', '--help'],
      ['init', '--help'],
      ['schema', '--help'],
      ['catalogue', '--help'],
      ['catalogue', 'list', '--help'],
      ['catalogue', 'show', '--help'],
      ['new', '--help'],
      ['rules', '--help'],
    ]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/^Utilisation : has-dossier/);
      expect(r.stdout, args.join(' ')).not.toMatch(/display help|output the version|\(default: |\(choices: /);
      expect(cli([...args, '--lang', 'en']).stdout, args.join(' ')).toMatch(/^Usage: has-dossier/);
    }
    const oneLine = (s: string) => s.replace(/\s+/g, ' ');
    expect(oneLine(cli(['check', '--help']).stdout)).toContain('--lang <lang> langue des messages (choix : "fr", "en", par défaut : "fr")');
    expect(oneLine(cli(['check', '--help', '--lang', 'en']).stdout)).toContain('--lang <lang> language of messages (choices: "fr", "en", default: "fr")');
    expectOneLineError(cli(['new', '3.4-05', 'x']), /^erreur : trop d'arguments pour 'new' : 1 attendu, 2 reçus\.$/m);
    expect(cli(['--version']).stdout.trim()).toBe('0.1.0');
  });

  it('init scaffolds a dossier that checks, and never overwrites a file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'init-'));
    let r = cli(['init', dir, '--scope', 'maternite,urgences', '--name', 'CH Neuf', '--finess', '330781196', '--visit', '2027-06-01']);
    expect(r.code, r.stderr).toBe(0);
    // every criterion of the whole establishment (84, and 3.4-05 whose champ no source gives), of maternité (3) and urgences (1)
    const created = fs.readdirSync(path.join(dir, 'criteres')).sort();
    expect(created).toHaveLength(89);
    expect(created).toEqual(expect.arrayContaining(['1.1-01.yaml', '2.3-11.yaml', '2.4-02.yaml', '3.4-05.yaml', '3.4-06.yaml']));
    expect(created).not.toContain('2.1-10.yaml'); // santé mentale et psychiatrie
    expect(fs.readFileSync(path.join(dir, 'criteres', '2.4-02.yaml'), 'utf8')).toMatch(
      /^# 2\.4-02 — La pertinence des prescriptions d’antibiotiques est argumentée et réévaluée\n(#.*\n)+criterion: 2\.4-02\n# Éléments d'évaluation : absents du catalogue intégré/,
    );
    const hash = (f: string) =>
      createHash('sha256')
        .update(fs.readFileSync(path.join(dir, f)))
        .digest('hex');
    fs.writeFileSync(path.join(dir, 'criteres', '3.4-05.yaml'), 'criterion: 3.4-05\nelements: {}\n# mine\n');
    const before = ['dossier.yaml', 'criteres/3.4-05.yaml'].map(hash);
    r = cli(['init', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/conservé criteres\/3.4-05.yaml \(existe déjà\)/);
    expect(r.stdout).toMatch(/^0 fichier créé dans /m);
    expect(cli(['init', dir, '--lang', 'en']).stdout).toMatch(/kept {4}criteres\/3.4-05.yaml \(exists\)\n[\s\S]*^0 files created in /m);
    expect(['dossier.yaml', 'criteres/3.4-05.yaml'].map(hash)).toEqual(before);
    const check = JSON.parse(cli(['check', dir, '--format', 'json', '--as-of', '2026-11-23']).stdout);
    expect(check.diagnostics.filter((d: { code: string }) => d.code === 'schema')).toEqual([]);
    expect(check.summary.errors).toBe(0);
    expect(cli(['init', fs.mkdtempSync(path.join(os.tmpdir(), 'init-')), '--scope', 'materniter']).code).toBe(2);
    // on an existing dossier, init reads its own scope: (maternité) and recreates only what is missing
    fs.rmSync(path.join(dir, 'criteres', '2.3-11.yaml'));
    r = cli(['init', dir]);
    expect(r.stdout).toMatch(/créé +criteres\/2\.3-11\.yaml/);
    expect(r.stdout).toMatch(/^1 fichier créé dans /m);
    // a champ by its label
    const psy = fs.mkdtempSync(path.join(os.tmpdir(), 'init-'));
    expect(cli(['init', psy, '--scope', 'Santé mentale et psychiatrie']).code).toBe(0);
    expect(fs.existsSync(path.join(psy, 'criteres', '2.1-10.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(psy, 'criteres', '2.3-11.yaml'))).toBe(false);
    expect(fs.readFileSync(path.join(psy, 'dossier.yaml'), 'utf8')).toMatch(/^scope:\n {2}- sante-mentale-psychiatrie$/m);
  });

  it('schema prints the committed generated schemas; catalogue list and show', () => {
    expect(cli(['schema', 'criterion']).stdout).toBe(fs.readFileSync(path.join(REPO, 'schemas', 'criterion.schema.json'), 'utf8'));
    expect(cli(['schema', 'dossier']).stdout).toBe(fs.readFileSync(path.join(REPO, 'schemas', 'dossier.schema.json'), 'utf8'));
    expect(cli(['schema', 'other']).code).toBe(2);
    expect(cli(['catalogue', 'list']).stdout).toMatch(/^has-es-2025	partiel	116 critères	/);
    expect(cli(['catalogue', 'list', '--lang', 'en']).stdout).toMatch(/^has-es-2025	partial	116 criteria	/);
    const show = cli(['catalogue', 'show', 'has-es-2025']).stdout;
    expect(show).toMatch(/Objectif 3\.4 — L'adaptation à des soins écoresponsables et aux innovations numériques {2}\[fiche-ccecqa-2025\]/);
    expect(show).toMatch(/ee01: \(texte non sourcé\)/);
    // the provenance of the visit facts
    expect(show).toContain(
      'Cycle : certification valable 4 ans ; sous conditions : nouvelle visite entre 6 mois et 12 mois ; non certifié : entre 12 mois et 2 ans  [has-cycle-certification]',
    );
    expect(show).toMatch(/\[has-cycle-certification\] What is HAS certification\?/);
    expect(cli(['catalogue', 'show', 'nope']).code).toBe(2);
    expect(cli(['new', '3.4-06']).stdout).toMatch(/^# 3\.4-06 — .*\n(#.*\n)+criterion: 3\.4-06\nelements:\n {2}ee01:\n( {4}# .*\n)* {4}status: a-evaluer\n/);
  });
});

describe('has-dossier check --all (a group of dossiers, checked in worker threads)', () => {
  const BROKEN = {
    ...CLEAN,
    'criteres/3.4-05.yaml':
      'criterion: 3.4-05\nelements:\n  ee01:\n    status: conforme\n    evidence:\n      - file: preuves/absente.pdf\n        date: 2026-01-10\n',
  };
  function group(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-ght-'));
    const sites: Record<string, Record<string, string>> = { 'site-a': CLEAN, 'site-b': BROKEN, 'nested/site-c': CLEAN, 'site-d': BROKEN };
    for (const [site, files] of Object.entries(sites)) {
      for (const [rel, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, site, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, site, rel), text);
      }
    }
    return dir;
  }

  it('gives the same output whatever the number of threads, in every format, and exits 1 on an error of any site', () => {
    const dir = group();
    for (const format of ['json', 'stylish', 'sarif', 'junit', 'gitlab', 'github']) {
      const one = cli(['check', '.', '--all', '-j', '1', '--as-of', '2026-11-23', '-f', format], { cwd: dir });
      const four = cli(['check', '.', '--all', '-j', '4', '--as-of', '2026-11-23', '-f', format], { cwd: dir });
      expect(one.code, format).toBe(1);
      expect(four.code, format).toBe(1);
      expect(four.stdout, format).toBe(one.stdout);
      expect(four.stderr, format).toBe('');
    }
    const json = JSON.parse(cli(['check', '.', '--all', '--as-of', '2026-11-23', '-f', 'json'], { cwd: dir }).stdout);
    expect(json.dossiers.map((d: { root: string }) => d.root)).toEqual(['nested/site-c', 'site-a', 'site-b', 'site-d']);
    expect(json.dossiers.map((d: { summary: { errors: number } }) => d.summary.errors > 0)).toEqual([false, false, true, true]);
    const broken = json.dossiers[2].diagnostics.find((d: { code: string }) => d.code === 'evidence-not-found');
    expect(broken).toMatchObject({ file: 'criteres/3.4-05.yaml', line: 6, column: 15 });
  }, 120_000); // a dozen CLI runs, each a fresh node process

  it('redoes in the main thread a site whose worker ran out of its heap, with the same result', () => {
    const dir = group();
    const normal = cli(['check', '.', '--all', '-j', '2', '--as-of', '2026-11-23', '-f', 'json'], { cwd: dir });
    // a 1 MB heap cannot even load the bundle: every worker fails, the main thread does it all
    const starved = cli(['check', '.', '--all', '-j', '2', '--as-of', '2026-11-23', '-f', 'json'], {
      cwd: dir,
      env: { HAS_DOSSIER_WORKER_HEAP_MB: '1', HAS_DOSSIER_DEBUG: '1' },
    });
    expect(starved.code).toBe(1);
    expect(starved.stdout).toBe(normal.stdout);
    expect(starved.stderr).toMatch(/4 dossiers, 0 checked in worker threads, 4 in the main thread/);
    const shared = cli(['check', '.', '--all', '-j', '2', '--as-of', '2026-11-23', '-f', 'json'], { cwd: dir, env: { HAS_DOSSIER_DEBUG: '1' } });
    expect(shared.stderr).toMatch(/4 dossiers, 4 checked in worker threads, 0 in the main thread/);
  });

  it('stops with exit 2 and names the site when one cannot be checked; -j takes a whole number ≥ 1', () => {
    const dir = group();
    fs.writeFileSync(path.join(dir, 'site-b', 'dossier.yaml'), 'manual: manuel-inconnu\n');
    const r = cli(['check', '.', '--all', '--as-of', '2026-11-23'], { cwd: dir });
    expect(r.code).toBe(2);
    expectOneLineError(r, /^has-dossier: site-b: /);
    expect(r.stdout).toBe('');
    // found before any site is written: no half-written report
    const toFile = cli(['check', '.', '--all', '-f', 'json', '-o', 'out.json'], { cwd: dir });
    expect(toFile.code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'out.json'))).toBe(false);
    const bad = cli(['check', '.', '--all', '-j', '0'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/nombre entier ≥ 1/);
  });
});
