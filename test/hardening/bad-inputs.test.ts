/**
 * The catalogue of bad inputs: each kind, on a real folder, gives a located diagnostic or a
 * one-line error, the check completes, and the other files are still checked.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDossierAt, nodeHost, type DossierHost, type Finding } from '../../engine/src/index.js';
import { MANIFEST, REPO, registry } from '../helpers.js';

const GOOD =
  'criterion: 3.4-06\nelements:\n  ee01:\n    status: a-evaluer\n  ee02:\n    status: a-evaluer\n  ee03:\n    status: a-evaluer\n  ee04:\n    status: a-evaluer\n';

function tree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-'));
  for (const [rel, content] of Object.entries({
    'dossier.yaml': MANIFEST + 'rules:\n  missing-criterion: off\n  missing-imperative: off\n',
    'criteres/bon.yaml': GOOD,
    ...files,
  })) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function check(dir: string, host: DossierHost = nodeHost) {
  const r = checkDossierAt(dir, host, registry, { asOf: '2026-11-23' });
  const at = (f: Finding) => `${f.code} ${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
  return { r, found: r.findings.map(at), messages: r.findings.map(f => f.message) };
}

/** The other file is still checked: its one info finding is there. */
function stillChecksTheRest(found: string[]) {
  expect(found).toContain('not-evaluated criteres/bon.yaml:4:13');
}

const evidence = (file: string) =>
  `criterion: 3.2-01\nelements:\n  ee01:\n    status: conforme\n    evidence:\n      - title: Doc\n        file: ${JSON.stringify(file)}\n`;

const KINDS: { name: string; run: () => void }[] = [
  {
    name: 'broken YAML: an unclosed flow sequence',
    run: () => {
      const { found } = check(tree({ 'criteres/x.yaml': 'criterion: 3.2-01\nelements: [\n' }));
      expect(found).toContain('yaml-syntax criteres/x.yaml:2:11');
      /* at the [ never closed */ stillChecksTheRest(found);
    },
  },
  {
    name: 'broken YAML: a tab used for indentation',
    run: () => {
      const { found } = check(tree({ 'criteres/x.yaml': 'criterion: 3.2-01\nelements:\n\tee01:\n' }));
      expect(found.some(f => f.startsWith('yaml-syntax criteres/x.yaml:3:'))).toBe(true);
      stillChecksTheRest(found);
    },
  },
  {
    name: 'broken YAML: duplicate keys',
    run: () => {
      const { found } = check(tree({ 'criteres/x.yaml': 'criterion: 3.2-01\nelements: {}\nelements: {}\n' }));
      expect(found).toContain('yaml-syntax criteres/x.yaml:3:1');
      stillChecksTheRest(found);
    },
  },
  {
    name: 'a file that is not UTF-8',
    run: () => {
      const { found } = check(tree({ 'criteres/x.yaml': Buffer.from([...Buffer.from('criterion: 3.2-01\n# '), 0xe9, 0xe8, 0x0a]) }));
      expect(found).toContain('unreadable-file criteres/x.yaml:1:1');
      stillChecksTheRest(found);
    },
  },
  {
    name: 'a binary file named .yaml',
    run: () => {
      const { found } = check(tree({ 'criteres/x.yaml': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]) }));
      expect(found).toContain('unreadable-file criteres/x.yaml:1:1');
      stillChecksTheRest(found);
    },
  },
  {
    name: 'a 50 MB YAML file is refused with a diagnostic, not read',
    run: () => {
      const dir = tree({});
      const fd = fs.openSync(path.join(dir, 'criteres', 'enorme.yaml'), 'w');
      fs.writeSync(fd, 'criterion: 3.2-01\nelements:\n');
      const line = Buffer.from('  # ' + 'x'.repeat(1020) + '\n');
      for (let i = 0; i < 50 * 1024; i++) fs.writeSync(fd, line);
      fs.closeSync(fd);
      const { found, messages } = check(dir);
      expect(found).toContain('unreadable-file criteres/enorme.yaml:1:1');
      expect(messages.find(m => m.startsWith('Fichier trop gros'))).toMatch(/limite 5\u202f242\u202f880\)/);
      stillChecksTheRest(found);
    },
  },
  {
    name: 'an alias bomb (billion laughs)',
    run: () => {
      const lines = ['criterion: 3.2-01', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 9; i++)
        lines.push(
          `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(',')}]`,
        );
      const { found, messages } = check(tree({ 'criteres/x.yaml': lines.join('\n') + '\nelements: {}\n' }));
      expect(found).toContain('yaml-syntax criteres/x.yaml:1:1');
      expect(messages.some(m => /^Trop d'alias YAML/.test(m))).toBe(true);
      stillChecksTheRest(found);
    },
  },
  {
    name: 'deeply nested YAML',
    run: () => {
      const { found, messages } = check(tree({ 'criteres/x.yaml': `criterion: 3.2-01\nx: ${'['.repeat(20000)}${']'.repeat(20000)}\n` }));
      expect(found.some(f => f.startsWith('yaml-syntax criteres/x.yaml:2:'))).toBe(true);
      expect(messages).toContain('Imbrication trop profonde pour être lue (un fichier généré ou abîmé ?).');
      stillChecksTheRest(found);
    },
  },
  {
    name: 'a huge number of files (3,000 YAML files, 500 of them criterion files)',
    run: () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 2500; i++) files[`notes/n${i}.yaml`] = `titre: note ${i}\n`;
      for (let i = 0; i < 500; i++) files[`criteres/c${i}.yaml`] = `criterion: 2.${1 + (i % 4)}-${String(1 + (i % 99)).padStart(2, '0')}\nelements: {}\n`;
      const { r, found } = check(tree(files));
      expect(r.dossier.criteria).toHaveLength(501);
      // 4 objectives × 99 numbers: ids repeat after 396 files, and a duplicate is reported on both files
      expect(found.filter(f => f.startsWith('duplicate-criterion'))).toHaveLength(2 * (500 - 396));
      stillChecksTheRest(found);
    },
  },
  {
    name: 'a criterion file that is a symlink to outside the dossier',
    run: () => {
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
      fs.writeFileSync(path.join(outside, 'secret.yaml'), 'criterion: 3.2-01\nelements: {}\n');
      const dir = tree({});
      fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'criteres', 'lien.yaml'));
      const { found, messages } = check(dir);
      expect(found).toContain('unreadable-file criteres/lien.yaml:1:1');
      expect(messages).toContain("Ce fichier est un lien vers un emplacement hors du dossier : il n'est pas lu.");
      stillChecksTheRest(found);
    },
  },
  {
    name: 'evidence paths: .., absolute, ~, Windows separators, URL-encoded traversal',
    run: () => {
      const { found } = check(
        tree({
          'criteres/a.yaml': evidence('../../etc/passwd'),
          'criteres/b.yaml': evidence('/etc/passwd').replace('3.2-01', '3.2-02'),
          'criteres/c.yaml': evidence('~/.ssh/id_rsa').replace('3.2-01', '3.2-03'),
          'criteres/d.yaml': evidence('preuves\\doc.pdf').replace('3.2-01', '3.2-04'),
          'criteres/e.yaml': evidence('%2e%2e/%2e%2e/etc/passwd').replace('3.2-01', '3.2-05'),
          'preuves/doc.pdf': 'x',
        }),
      );
      expect(found).toEqual(
        expect.arrayContaining([
          'evidence-outside-dossier criteres/a.yaml:7:15',
          'evidence-outside-dossier criteres/b.yaml:7:15',
          'evidence-outside-dossier criteres/c.yaml:7:15',
          'evidence-not-found criteres/e.yaml:7:15',
        ]),
      );
      expect(found.filter(f => f.includes('criteres/d.yaml') && f.startsWith('evidence'))).toEqual([]);
    },
  },
  {
    name: 'an evidence file that is a symlink to outside',
    run: () => {
      const dir = tree({ 'criteres/a.yaml': evidence('preuves/lien.pdf') });
      fs.mkdirSync(path.join(dir, 'preuves'));
      fs.symlinkSync('/etc/hostname', path.join(dir, 'preuves', 'lien.pdf'));
      expect(check(dir).found).toContain('evidence-outside-dossier criteres/a.yaml:7:15');
    },
  },
  {
    name: 'a symlink loop between folders',
    run: () => {
      const dir = tree({});
      fs.mkdirSync(path.join(dir, 'a'));
      fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'a', 'boucle'));
      fs.symlinkSync(path.join(dir, 'criteres'), path.join(dir, 'a', 'vers-criteres'));
      const { r, found } = check(dir);
      expect(r.dossier.criteria.map(c => c.file.path)).toEqual(['criteres/bon.yaml']);
      stillChecksTheRest(found);
    },
  },
  {
    name: 'a dossier.yaml that is a folder',
    run: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-'));
      fs.mkdirSync(path.join(dir, 'dossier.yaml'));
      expect(check(dir).r.fatal).toEqual({ kind: 'no-manifest', message: "dossier.yaml illisible (c'est un dossier)" });
    },
  },
  {
    name: 'two nested dossier roots: each is its own',
    run: () => {
      const dir = tree({ 'site-b/dossier.yaml': MANIFEST, 'site-b/criteres/x.yaml': 'criterion: 3.4-06\nelements: {}\n' });
      const outer = check(dir);
      expect(outer.r.dossier.criteria.map(c => c.file.path)).toEqual(['criteres/bon.yaml']);
      const inner = check(path.join(dir, 'site-b'));
      expect(inner.r.dossier.criteria.map(c => c.file.path)).toEqual(['criteres/x.yaml']);
    },
  },
  {
    name: 'an unknown catalogue, and a malformed one',
    run: () => {
      expect(check(tree({ 'dossier.yaml': 'manual: has-es-1999\nestablishment:\n  name: X\n' })).r.fatal).toEqual({
        kind: 'catalogue',
        message: 'manuel inconnu « has-es-1999 »',
      });
      const dir = tree({ 'dossier.yaml': 'manual: ./grille.json\nestablishment:\n  name: X\n', 'grille.json': '{"id": "x", "title": "y"}' });
      const { r, found } = check(dir);
      expect(r.fatal?.message).toMatch(/grille\.json : catalogue non valide \(\/ must have required property 'complete'\)$/);
      expect(found).toContain('unknown-manual dossier.yaml:1:9');
      stillChecksTheRest(found);
    },
  },
  {
    name: 'impossible dates and foreign formats',
    run: () => {
      const { found } = check(
        tree({
          'criteres/x.yaml':
            'criterion: 3.2-01\nreviewed: 2026-02-30\nelements:\n  ee01:\n    status: partiel\n    evidence:\n      - title: A\n        date: 2026-13-01\n      - title: B\n        date: 26/11/2026\n      - title: C\n        date: 2026-11-23T10:00:00+01:00\n',
        }),
      );
      expect(found).toEqual(
        expect.arrayContaining(['schema criteres/x.yaml:2:11', 'schema criteres/x.yaml:8:15', 'schema criteres/x.yaml:10:15', 'schema criteres/x.yaml:12:15']),
      );
    },
  },
  {
    name: 'a file deleted while the dossier is being checked',
    run: () => {
      const dir = tree({ 'criteres/x.yaml': 'criterion: 3.2-01\nelements: {}\n' });
      const vanishing: DossierHost = {
        ...nodeHost,
        readText(abs, max) {
          if (abs.endsWith('x.yaml')) fs.rmSync(abs);
          return nodeHost.readText(abs, max);
        },
      };
      const { found, messages } = check(dir, vanishing);
      expect(found).toContain('unreadable-file criteres/x.yaml:1:1');
      expect(messages).toContain('Fichier disparu pendant la lecture.');
      stillChecksTheRest(found);
    },
  },
  {
    name: 'an empty file and a file with only a comment',
    run: () => {
      const { r, found } = check(tree({ 'criteres/vide.yaml': '', 'criteres/commentaire.yaml': '# criterion: à faire\n' }));
      expect(r.dossier.criteria.map(c => c.file.path)).toEqual(['criteres/bon.yaml']);
      stillChecksTheRest(found);
    },
  },
  {
    name: 'a criterion file that is a YAML list, not a map',
    run: () => {
      const { found } = check(tree({ 'criteres/x.yaml': '- criterion: 3.2-01\n' }));
      stillChecksTheRest(found);
    },
  },
  {
    name: 'several YAML documents in one file',
    run: () => {
      const { found } = check(tree({ 'criteres/x.yaml': 'criterion: 3.2-01\nelements: {}\n---\ncriterion: 3.2-02\n' }));
      expect(found.some(f => f.startsWith('yaml-syntax criteres/x.yaml:3:'))).toBe(true);
      stillChecksTheRest(found);
    },
  },
];

describe('bad inputs', () => {
  it('are at least 20 named kinds', () => expect(KINDS.length).toBeGreaterThanOrEqual(20));
  for (const k of KINDS) it(k.name, k.run, 60_000);

  it('the CLI answers with one line and exit 2 when it cannot run, never a stack trace', () => {
    const cli = (args: string[]) => spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
    for (const [args, pattern] of [
      [['check', fs.mkdtempSync(path.join(os.tmpdir(), 'empty-'))], /^has-dossier: \/.*empty-\w+ : pas de dossier\.yaml ici ni au-dessus/],
      [['check', tree({ 'dossier.yaml': 'manual: ./nope.json\nestablishment:\n  name: X\n' })], /^has-dossier: fichier de catalogue introuvable : /],
      [['check', '/nonexistent/folder'], /^has-dossier: \/nonexistent\/folder : fichier ou dossier introuvable$/],
    ] as [string[], RegExp][]) {
      const r = cli(args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(pattern);
    }
  });
});
