/**
 * The command-line conventions of issue 21, each with its exit code and exact output, run on the
 * built CLI as a process: several outputs in one run, -o - and --out, a missing output folder,
 * --quiet, --fail-on, the --max-warnings sentence, the dossier found upward, `check FILE`, the
 * --all hint, the compact format, the --all grand total and JSON summary, colours.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO } from '../helpers.js';

const CLI = path.join(REPO, 'dist', 'cli.js');
// each test runs the CLI a dozen times: generous on a busy machine (no timing is asserted)
vi.setConfig({ testTimeout: 240_000 });

function cli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, HAS_DOSSIER_LANG: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? REPO, encoding: 'utf8', env: env as NodeJS.ProcessEnv });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// two criterion files and a few findings of known kinds: the rules about the manual's other criteria (missing-criterion, missing-imperative) and the action plan (no-action-plan) are off
const MANIFEST =
  'manual: has-es-2025\nestablishment:\n  name: CH Test\n  finess: "330781196"\nrules:\n  missing-criterion: off\n  missing-imperative: off\n  no-action-plan: off\n  visit-document-missing: off\n';
const WARN = 'criterion: 3.1-09\nelements:\n  ee01:\n    status: non-applicable\n  ee02:\n    status: non-conforme\n  ee03:\n    status: non-conforme\n';
const ERR =
  'criterion: 3.4-05\nelements:\n  ee01:\n    status: conforme\n    evidence:\n      - title: Cartographie\n        file: preuves/absente.pdf\n        date: 2026-01-10\n';

/** A folder (not in a git repository) holding the dossier `d/`. */
function workspace(files: Record<string, string> = { 'dossier.yaml': MANIFEST, 'criteres/3.1-09.yaml': WARN, 'criteres/3.4-05.yaml': ERR }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-conv-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, 'd', rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'd', rel), text);
  }
  return dir;
}

const W_JUST =
  "L'élément 3.1-09-ee01 est « non-applicable » sans justification : ajoutez « justification: » qui dit pourquoi (les experts-visiteurs la demanderont).";
const W_ELEM = 'Éléments du critère 3.4-05 absents : ee02, ee03, ee04, ee05. Ajoutez-les (au moins avec « status: a-evaluer »).';
const E_FILE =
  'Fichier de preuve introuvable : preuves/absente.pdf. Le chemin se lit depuis la racine du dossier (le dossier de dossier.yaml) ; vérifiez le nom et la casse.';
const SUMMARY = '✖ 1 erreur, 2 avertissements, 0 info, 0 dérogé — 3 fichiers, manuel has-es-2025, au 2026-11-23';
const AS_OF = ['--as-of', '2026-11-23'];

beforeAll(() => {
  expect(fs.existsSync(CLI), 'run `npm run build` first').toBe(true);
});

describe('check: where the findings go', () => {
  it('the compact format: file:line:col: severity message [code], paths from the working directory, then the summary', () => {
    const ws = workspace();
    const r = cli(['check', 'd', '-f', 'compact', ...AS_OF], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        `d/criteres/3.1-09.yaml:4:13: avertissement ${W_JUST} [missing-justification]`,
        `d/criteres/3.4-05.yaml:2:1: avertissement ${W_ELEM} [missing-element]`,
        `d/criteres/3.4-05.yaml:7:15: erreur ${E_FILE} [evidence-not-found]`,
        SUMMARY,
        '',
      ].join('\n'),
    );
  });

  it('several outputs in one run: -f sarif -o a.sarif -f junit -o b.xml writes both, the format without -o goes to standard output', () => {
    const ws = workspace();
    const r = cli(['check', 'd', '-f', 'sarif', '-o', 'a.sarif', '-f', 'junit', '-o', 'b.xml', ...AS_OF], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'a.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['missing-justification', 'missing-element', 'evidence-not-found']);
    // no git repository here: relative to the working directory
    expect(sarif.runs[0].results[2].locations[0].physicalLocation.artifactLocation.uri).toBe('d/criteres/3.4-05.yaml');
    expect(sarif.runs[0].tool.driver.rules.every((x: { helpUri?: string }) => x.helpUri === undefined)).toBe(true);
    const xml = fs.readFileSync(path.join(ws, 'b.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<testsuite name="d/criteres/3.4-05.yaml" tests="2" failures="2"');
    // the same from one check as from two: the outputs are identical
    expect(cli(['check', 'd', '-f', 'sarif', ...AS_OF], { cwd: ws }).stdout).toBe(fs.readFileSync(path.join(ws, 'a.sarif'), 'utf8'));
    const three = cli(['check', 'd', '-f', 'json', '-o', 'c.json', '-f', 'compact', ...AS_OF], { cwd: ws });
    expect(three.stdout.split('\n').at(-2)).toBe(SUMMARY);
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'c.json'), 'utf8')).summary).toEqual({ files: 3, errors: 1, warnings: 2, infos: 0, waived: 0 });
  });

  it('pairing errors are one line: two formats on standard output, more -o than -f', () => {
    const ws = workspace();
    let r = cli(['check', 'd', '-f', 'json', '-f', 'sarif'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('has-dossier: un seul --format peut aller sur la sortie standard : donnez un -o aux autres\n');
    r = cli(['check', 'd', '-o', 'a', '-o', 'b', '--lang', 'en'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('has-dossier: 2 -o for 1 --format: each -o goes with the --format of the same rank\n');
    // -o alone: stylish into the file
    r = cli(['check', 'd', '-o', 'out.txt', ...AS_OF], { cwd: ws });
    expect(r.code).toBe(1);
    expect(fs.readFileSync(path.join(ws, 'out.txt'), 'utf8').split('\n').at(-2)).toBe(SUMMARY);
  });

  it('-o - is standard output, and --out is --output, in every command', () => {
    const ws = workspace();
    const dash = cli(['check', 'd', '-f', 'json', '-o', '-', ...AS_OF], { cwd: ws });
    expect(dash.code).toBe(1);
    expect(JSON.parse(dash.stdout).summary.errors).toBe(1);
    expect(fs.existsSync(path.join(ws, '-'))).toBe(false);
    const out = cli(['check', 'd', '-f', 'json', '--out', 'x.json', ...AS_OF], { cwd: ws });
    expect(out.stdout).toBe('');
    expect(fs.readFileSync(path.join(ws, 'x.json'), 'utf8')).toBe(dash.stdout);
    expect(cli(['check', 'd', '-f', 'json', '--output=y.json', ...AS_OF], { cwd: ws }).stdout).toBe('');
    expect(fs.readFileSync(path.join(ws, 'y.json'), 'utf8')).toBe(dash.stdout);
    for (const [args, starts] of [
      [['visit', 'd', '--format', 'json'], '{'],
      [['report', 'd'], '<!DOCTYPE html>'],
      [['schema', 'dossier'], '{'],
      [['catalogue', 'export', 'has-es-2025'], ''],
    ] as [string[], string][]) {
      const toStdout = cli([...args, '-o', '-', ...(args[0] === 'visit' || args[0] === 'report' ? AS_OF : [])], { cwd: ws });
      expect(toStdout.code === 0 || toStdout.code === 1, args.join(' ') + toStdout.stderr).toBe(true);
      expect(toStdout.stdout.startsWith(starts) && toStdout.stdout.length > 10, args.join(' ')).toBe(true);
      expect(fs.existsSync(path.join(ws, '-')), args.join(' ')).toBe(false);
      const file = `out-${args[0]}`;
      const toFile = cli([...args, '--out', file, ...(args[0] === 'visit' || args[0] === 'report' ? AS_OF : [])], { cwd: ws });
      expect(toFile.code === 0 || toFile.code === 1, args.join(' ')).toBe(true);
      expect(fs.readFileSync(path.join(ws, file), 'utf8'), args.join(' ')).toBe(toStdout.stdout);
    }
  });

  it('an output in a folder that does not exist: one line, exit 2, nothing checked or written', () => {
    const ws = workspace();
    for (const args of [
      ['check', 'd', '-f', 'json', '-o', 'nope/r.json'],
      ['check', 'd', '-f', 'sarif', '-o', 'ok.sarif', '-f', 'json', '-o', 'nope/r.json'],
      ['visit', 'd', '-o', 'nope/r.json'],
      ['report', 'd', '-o', 'nope/r.json'],
      ['schema', '-o', 'nope/r.json'],
      ['catalogue', 'export', 'has-es-2025', '-o', 'nope/r.json'],
    ]) {
      const r = cli(args, { cwd: ws });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toBe("has-dossier: impossible d'écrire nope/r.json : le dossier nope n'existe pas\n");
      expect(r.stdout).toBe('');
    }
    expect(fs.existsSync(path.join(ws, 'ok.sarif'))).toBe(false);
    expect(cli(['check', 'd', '-o', 'nope/r.txt', '--lang', 'en'], { cwd: ws }).stderr).toBe(
      'has-dossier: cannot write nope/r.txt: folder nope does not exist\n',
    );
  });
});

describe('check: what fails the run', () => {
  it('--quiet lists the errors only; the counts and the exit code still see everything', () => {
    const ws = workspace();
    const r = cli(['check', 'd', '--quiet', ...AS_OF], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(['d/criteres/3.4-05.yaml', `  7:15  erreur  ${E_FILE}  evidence-not-found`, '', SUMMARY, ''].join('\n'));
    const warnOnly = workspace({ 'dossier.yaml': MANIFEST, 'criteres/3.1-09.yaml': WARN });
    const q = cli(['check', 'd', '-q', '-f', 'compact', ...AS_OF], { cwd: warnOnly });
    expect(q.code).toBe(0);
    expect(q.stdout).toBe('✖ 0 erreur, 1 avertissement, 0 info, 0 dérogé — 2 fichiers, manuel has-es-2025, au 2026-11-23\n');
  });

  it('--fail-on error|warning|info', () => {
    const warnOnly = workspace({ 'dossier.yaml': MANIFEST, 'criteres/3.1-09.yaml': WARN });
    expect(cli(['check', 'd', ...AS_OF], { cwd: warnOnly }).code).toBe(0);
    expect(cli(['check', 'd', '--fail-on', 'error', ...AS_OF], { cwd: warnOnly }).code).toBe(0);
    expect(cli(['check', 'd', '--fail-on', 'warning', ...AS_OF], { cwd: warnOnly }).code).toBe(1);
    const infoOnly = workspace({ 'dossier.yaml': MANIFEST.replace('rules:\n', 'rules:\n  missing-justification: info\n'), 'criteres/3.1-09.yaml': WARN });
    expect(cli(['check', 'd', '--fail-on', 'warning', ...AS_OF], { cwd: infoOnly }).code).toBe(0);
    expect(cli(['check', 'd', '--fail-on', 'info', ...AS_OF], { cwd: infoOnly }).code).toBe(1);
    const bad = cli(['check', 'd', '--fail-on', 'never'], { cwd: infoOnly });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^erreur : l'option '--fail-on <level>' n'accepte pas 'never'\. Choix possibles : error, warning, info\.\n$/);
    expect(cli(['check', 'd', '--fail-on', 'never', '--lang', 'en'], { cwd: infoOnly }).stderr).toMatch(
      /^error: option '--fail-on <level>' argument 'never' is invalid\. Allowed choices are error, warning, info\.\n$/,
    );
  });

  it('when --max-warnings fails the run, the summary says so (stdout for human formats, stderr otherwise)', () => {
    const ws = workspace();
    const r = cli(['check', 'd', '--max-warnings', '1', '-f', 'compact', ...AS_OF], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(-3)).toEqual([SUMMARY, '✖ 2 avertissements, plus que --max-warnings 1', '']);
    expect(cli(['check', 'd', '--max-warnings', '2', '-f', 'compact', ...AS_OF], { cwd: ws }).stdout).not.toMatch(/max-warnings/);
    const json = cli(['check', 'd', '--max-warnings', '1', '-f', 'json', '--lang', 'en', ...AS_OF], { cwd: ws });
    expect(json.stderr).toBe('has-dossier: 2 warnings, more than --max-warnings 1\n');
    const warnOnly = workspace({ 'dossier.yaml': MANIFEST, 'criteres/3.1-09.yaml': WARN });
    const w = cli(['check', 'd', '--max-warnings', '0', ...AS_OF], { cwd: warnOnly });
    expect(w.code).toBe(1);
    expect(w.stdout.split('\n').slice(-2)).toEqual(['✖ 1 avertissement, plus que --max-warnings 0', '']);
  });
});

describe('check: which dossier', () => {
  it('is found upward from the working directory, as ESLint finds its configuration', () => {
    const ws = workspace();
    const fromCriteres = cli(['check', '-f', 'compact', ...AS_OF], { cwd: path.join(ws, 'd', 'criteres') });
    expect(fromCriteres.code).toBe(1);
    expect(fromCriteres.stdout.split('\n').slice(0, 3)).toEqual([
      `3.1-09.yaml:4:13: avertissement ${W_JUST} [missing-justification]`,
      `3.4-05.yaml:2:1: avertissement ${W_ELEM} [missing-element]`,
      `3.4-05.yaml:7:15: erreur ${E_FILE} [evidence-not-found]`,
    ]);
    expect(cli(['check', 'd/criteres', '-f', 'json', ...AS_OF], { cwd: ws }).stdout).toBe(cli(['check', 'd', '-f', 'json', ...AS_OF], { cwd: ws }).stdout);
  });

  it("check FILE checks that file's dossier and shows that file's findings, counted alone", () => {
    const ws = workspace();
    const r = cli(['check', 'criteres/3.4-05.yaml', ...AS_OF], { cwd: path.join(ws, 'd') });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'criteres/3.4-05.yaml',
        `  2:1   avert.  ${W_ELEM}  missing-element`,
        `  7:15  erreur  ${E_FILE}  evidence-not-found`,
        '',
        '✖ 1 erreur, 1 avertissement, 0 info, 0 dérogé — 1 fichier, manuel has-es-2025, au 2026-11-23',
        '',
      ].join('\n'),
    );
    const warnFile = cli(['check', 'd/criteres/3.1-09.yaml', '-f', 'json', ...AS_OF], { cwd: ws });
    expect(warnFile.code).toBe(0);
    expect(JSON.parse(warnFile.stdout).diagnostics.map((d: { file: string; code: string }) => [d.file, d.code])).toEqual([
      ['criteres/3.1-09.yaml', 'missing-justification'],
    ]);
  });

  it('a folder of dossiers says to use --all; a folder with none says how to create one', () => {
    const ght = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-ght-'));
    for (const site of ['site-a', 'site-b']) {
      fs.mkdirSync(path.join(ght, 'ght', site, 'criteres'), { recursive: true });
      fs.writeFileSync(path.join(ght, 'ght', site, 'dossier.yaml'), MANIFEST);
      fs.writeFileSync(path.join(ght, 'ght', site, 'criteres', '3.1-09.yaml'), WARN);
    }
    const r = cli(['check', 'ght'], { cwd: ght });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('has-dossier: ght : pas de dossier.yaml ici ni au-dessus, mais 2 dossiers en dessous : has-dossier check ght --all\n');
    expect(cli(['check', 'ght', '--lang', 'en'], { cwd: ght }).stderr).toBe(
      'has-dossier: ght: no dossier.yaml here or above, but 2 dossiers below: has-dossier check ght --all\n',
    );
    fs.mkdirSync(path.join(ght, 'vide'));
    expect(cli(['check', 'vide'], { cwd: ght }).stderr).toBe('has-dossier: vide : pas de dossier.yaml ici ni au-dessus (has-dossier init pour en créer un)\n');
    expect(cli(['check', 'absent'], { cwd: ght }).stderr).toBe('has-dossier: absent : fichier ou dossier introuvable\n');

    // --all: the grand total after the sites, and one JSON summary
    const all = cli(['check', 'ght', '--all', '-f', 'compact', ...AS_OF], { cwd: ght });
    expect(all.code).toBe(0);
    expect(all.stdout.split('\n').slice(-3)).toEqual(['', '✖ Total : 0 erreur, 2 avertissements, 0 info, 0 dérogé — 2 dossiers, 4 fichiers', '']);
    const json = JSON.parse(cli(['check', 'ght', '--all', '-f', 'json', ...AS_OF], { cwd: ght }).stdout);
    expect(Object.keys(json)).toEqual(['tool', 'version', 'dossiers', 'summary']);
    expect(json.summary).toEqual({ dossiers: 2, files: 4, errors: 0, warnings: 2, infos: 0, waived: 0 });
    expect(json.dossiers.map((d: { root: string }) => d.root)).toEqual(['ght/site-a', 'ght/site-b']);
    // a single site with --all keeps the wrapper
    const one = JSON.parse(cli(['check', 'ght/site-a', '--all', '-f', 'json', ...AS_OF], { cwd: ght }).stdout);
    expect(Object.keys(one)).toEqual(['tool', 'version', 'dossiers', 'summary']);
    expect(one.dossiers.map((d: { root: string }) => d.root)).toEqual(['ght/site-a']);
    expect(one.summary).toEqual({ dossiers: 1, files: 2, errors: 0, warnings: 1, infos: 0, waived: 0 });
    const stylish = cli(['check', 'ght', '--all', '--lang', 'en', ...AS_OF], { cwd: ght });
    expect(stylish.stdout.split('\n').slice(-2)).toEqual(['✖ Total: 0 errors, 2 warnings, 0 info, 0 waived — 2 dossiers, 4 files', '']);
  });
});

describe('colours, by the conventions', () => {
  it('NO_COLOR, FORCE_COLOR=0, --color and --no-color', () => {
    const ws = workspace();
    const colored = (env: Record<string, string | undefined>, flags: string[] = []) =>
      /\u001b\[/.test(cli(['check', 'd', ...flags, ...AS_OF], { cwd: ws, env }).stdout);
    expect(colored({})).toBe(false); // not a terminal
    expect(colored({ FORCE_COLOR: '1' })).toBe(true);
    expect(colored({ FORCE_COLOR: '0' })).toBe(false);
    expect(colored({ FORCE_COLOR: 'false' })).toBe(false);
    expect(colored({ NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colored({ NO_COLOR: '', FORCE_COLOR: '1' })).toBe(true); // an empty NO_COLOR is not set
    expect(colored({}, ['--color'])).toBe(true);
    expect(colored({ NO_COLOR: '1' }, ['--color'])).toBe(true);
    expect(colored({ FORCE_COLOR: '1' }, ['--no-color'])).toBe(false);
    // never in a file
    cli(['check', 'd', '--color', '-o', 'c.txt', ...AS_OF], { cwd: ws });
    expect(fs.readFileSync(path.join(ws, 'c.txt'), 'utf8')).not.toMatch(/\u001b\[/);
  });
});

describe('every command', () => {
  it('--help ends with an example of the command', () => {
    const commands = [
      [],
      ['check'],
      ['report'],
      ['visit'],
      ['init'],
      ['schema'],
      ['catalogue'],
      ['catalogue', 'list'],
      ['catalogue', 'show'],
      ['catalogue', 'import'],
      ['catalogue', 'export'],
      ['catalogue', 'template'],
      ['catalogue', 'diff'],
      ['migrate'],
      ['new'],
      ['rules'],
      ['export'],
      ['calendar'],
      ['todo'],
    ];
    for (const c of commands) {
      const r = cli([...c, '--help']);
      expect(r.code, c.join(' ')).toBe(0);
      expect(r.stdout, c.join(' ')).toMatch(new RegExp(`\\nExemples? :\\n(  has-dossier ${c.join(' ')}.*\\n)+$`));
      // one block of examples, in the user's language
      expect(r.stdout.match(/^Exemples? :$/gm), c.join(' ')).toHaveLength(1);
      expect(r.stdout, c.join(' ')).not.toMatch(/^Examples?:$/m);
    }
  });

  it('check --help names every output format in both languages, and no empty default', () => {
    const en = cli(['check', '--help', '--lang', 'en']).stdout.replace(/\s+/g, ' ');
    const formats = /output format, repeatable: one per -o, in order \(([a-z, ]+); default stylish\)/.exec(en)![1];
    expect(formats.split(', ')).toHaveLength(8);
    const fr = cli(['check', '--help']).stdout.replace(/\s+/g, ' ');
    expect(fr).toContain(`format de sortie, répétable : un par -o, dans l'ordre (${formats} ; par défaut : stylish)`);
    for (const help of [en, fr]) expect(help).not.toMatch(/\[\]/);
  });

  it('rules --json', () => {
    const r = cli(['rules', '--json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['tool', 'version', 'rules']);
    expect(out.rules.find((x: { code: string }) => x.code === 'evidence-not-found')).toEqual({
      code: 'evidence-not-found',
      severity: 'error',
      description: expect.any(String),
    });
    expect(out.rules.map((x: { code: string }) => x.code)).toEqual(
      cli(['rules'])
        .stdout.trim()
        .split('\n')
        .map(l => l.split(/\s+/)[0]),
    );
  });
});

describe('new', () => {
  it('prints a file with each element as a comment, a commented example, and accepts Crit.3.4-05', () => {
    const r = cli(['new', 'Crit.3.4-06']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# 3\.4-06 — .*\n# Pour chaque élément/);
    expect(r.stdout).toContain('#     evidence:\n#       - title: Procédure de gestion des habilitations\n');
    expect(r.stdout).toContain('#     actions:\n');
    expect(r.stdout).toMatch(/\ncriterion: 3\.4-06\nelements:\n {2}ee01:\n( {4}# .*\n)* {4}status: a-evaluer\n/);
    expect(cli(['new', 'n/importe']).code).toBe(2);
  });

  it('writes with -o FILE or --write into the dossier found upward, never over a file; an uncatalogued criterion gets a file too', () => {
    const ws = workspace();
    const d = path.join(ws, 'd');
    let r = cli(['new', '3.4-06', '--write'], { cwd: path.join(d, 'criteres') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('has-dossier : 3.4-06.yaml créé\n');
    expect(fs.readFileSync(path.join(d, 'criteres', '3.4-06.yaml'), 'utf8')).toBe(cli(['new', '3.4-06']).stdout);
    r = cli(['new', '3.4-06', '--write'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("has-dossier: criteres/3.4-06.yaml existe déjà : rien n'est écrit\n");
    r = cli(['new', '3.1-08', '-o', 'x.yaml'], { cwd: d });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(d, 'x.yaml'), 'utf8')).toMatch(/\ncriterion: 3\.1-08\n/);
    r = cli(['new', '9.9-99', '-o', 'criteres/9.9-99.yaml'], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/le critère 9\.9-99 n'est pas dans le catalogue has-es-2025/);
    // what new writes is what check accepts: no schema finding
    const check = JSON.parse(cli(['check', '-f', 'json', ...AS_OF], { cwd: d }).stdout);
    expect(
      check.diagnostics.filter(
        (x: { file: string; code: string }) => ['criteres/3.4-06.yaml', 'criteres/9.9-99.yaml'].includes(x.file) && ['schema', 'yaml-syntax'].includes(x.code),
      ),
    ).toEqual([]);
  });
});

describe('init: nothing that surprises', () => {
  it('checks --finess and --scope before writing anything; --scope takes labels, case and accents ignored, with a did-you-mean', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-init-')), 'd');
    let r = cli(['init', dir, '--finess', '330781197']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("has-dossier: --finess 330781197 : la clé de contrôle (Luhn) ne correspond pas : vérifiez le numéro ; rien n'est écrit\n");
    expect(fs.existsSync(dir)).toBe(false);
    r = cli(['init', dir, '--finess', '33078', '--lang', 'en']);
    expect(r.stderr).toBe('has-dossier: --finess 33078: a FINESS number has 9 characters (digits, or 2A/2B then 7 digits); nothing written\n');
    r = cli(['init', dir, '--scope', 'materniter']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^has-dossier: champ d'application inconnu : materniter \(vouliez-vous dire maternite \?\) \(connus : tout-l-etablissement, .*\)\n$/,
    );
    expect(fs.existsSync(dir)).toBe(false);
    r = cli(['init', dir, '--scope', 'Maternité, URGENCES,Chirurgie et interventionnel', '--name', 'CH Neuf', '--finess', '330781196']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'dossier.yaml'), 'utf8')).toMatch(/\nscope:\n {2}- maternite\n {2}- urgences\n {2}- chirurgie-interventionnel\n/);
  });

  it('flags its own placeholder (no --name: left empty, reported by check) and keeps preuves/ in git', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-init-')), 'd');
    const r = cli(['init', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\nà compléter : le nom de l'établissement dans dossier\.yaml \(establishment\.name\) ; check le signale tant qu'il manque\n$/);
    expect(fs.readFileSync(path.join(dir, 'dossier.yaml'), 'utf8')).toContain("  name: # à compléter : le nom de l'établissement (has-dossier init --name)\n");
    const check = JSON.parse(cli(['check', dir, '-f', 'json', ...AS_OF]).stdout);
    expect(
      check.diagnostics.filter((d: { file: string; line: number; severity: string }) => d.file === 'dossier.yaml' && d.line === 4 && d.severity === 'error'),
    ).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, 'preuves', '.gitkeep'))).toBe(true);
  });

  it('on an existing dossier, keeps its dossier.yaml and does not ask for a name it already has', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-init-'));
    fs.writeFileSync(path.join(dir, 'dossier.yaml'), 'manual: has-es-2025\nestablishment:\n  name: CH Psy\nscope: [sante-mentale-psychiatrie]\n');
    const r = cli(['init', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^conservé dossier\.yaml \(existe déjà\)$/m);
    expect(r.stdout).toMatch(/^créé +criteres\/2\.1-10\.yaml$/m);
    expect(r.stdout).toMatch(/\n91 fichiers créés dans .*\n$/);
    expect(r.stdout).not.toMatch(/à compléter/);
  });
});
