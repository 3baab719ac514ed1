/**
 * Hostile files and paths: each case of the hostile-input review, on a real folder, with its
 * exact outcome. Every case runs within a bounded time and leaves no process behind.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkDossier,
  checkDossierAt,
  climbsOut,
  loadDossier,
  memoryHost,
  parseCivilDate,
  isInside,
  nodeHost,
  relativeInside,
  type DossierHost,
  type Finding,
} from '../../engine/src/index.js';
import type { CatalogueData } from '../../engine/src/catalogue.js';
import { hostileCases } from '../../bench/hostile.js';
import { MANIFEST, REPO, registry } from '../helpers.js';
import { copyExample, startClient } from '../lsp/lspClient.js';

const GOOD =
  'criterion: 3.4-06\nelements:\n  ee01:\n    status: a-evaluer\n  ee02:\n    status: a-evaluer\n  ee03:\n    status: a-evaluer\n  ee04:\n    status: a-evaluer\n';

export function tree(files: Record<string, string | Buffer>, manifest = MANIFEST + 'rules:\n  missing-criterion: off\n'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  for (const [rel, content] of Object.entries({ 'dossier.yaml': manifest, 'criteres/bon.yaml': GOOD, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

export function check(dir: string) {
  const r = checkDossierAt(dir, nodeHost, registry, { asOf: '2026-11-23' });
  const at = (f: Finding) => `${f.code} ${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
  return { r, found: r.findings.map(at), messages: r.findings.map(f => `${at(f)} ${f.message}`) };
}

const evidence = (file: string) =>
  `criterion: 3.2-01\nelements:\n  ee01:\n    status: conforme\n    evidence:\n      - title: Doc\n        file: ${JSON.stringify(file)}\n`;

describe('one meaning of "inside the dossier"', () => {
  it('names that begin with two dots are inside; .. and ../ are not', () => {
    const root = path.join(path.sep, 'd');
    expect(isInside(root, path.join(root, '..archive', 'doc.pdf'))).toBe(true);
    expect(isInside(root, path.join(root, '..notes.pdf'))).toBe(true);
    expect(isInside(root, root)).toBe(true);
    expect(relativeInside(root, root)).toBe('');
    expect(isInside(root, path.join(path.sep, 'd2', 'x'))).toBe(false);
    expect(isInside(root, path.sep)).toBe(false);
    expect(isInside(root, path.join(root, '..', 'x'))).toBe(false);
    expect(climbsOut('..')).toBe(true);
    expect(climbsOut('../x')).toBe(true);
    expect(climbsOut('..x')).toBe(false);
    expect(climbsOut('..archive/doc.pdf')).toBe(false);
    expect(climbsOut('/etc/passwd')).toBe(true);
    expect(climbsOut('C:/x')).toBe(true);
  });

  it('a real file named ..notes.pdf, and one in a folder ..archive, are evidence found inside the dossier', () => {
    const dir = tree({
      'criteres/x.yaml': evidence('..notes.pdf'),
      'criteres/y.yaml': evidence('..archive/doc.pdf').replace('3.2-01', '3.2-02'),
      '..notes.pdf': '%PDF-1.4\n',
      '..archive/doc.pdf': '%PDF-1.4\n',
    });
    const { found } = check(dir);
    expect(found.filter(f => /evidence-(outside-dossier|not-found)/.test(f))).toEqual([]);
  });
});

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');

/** The CLI in a child with its standard input an open pipe nobody writes to, killed after `ms`. */
function cli(args: string[], ms = 20_000): Promise<{ status: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '',
      stderr = '',
      timedOut = false;
    child.stdout.on('data', d => {
      stdout += d;
    });
    child.stderr.on('data', d => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ms);
    child.on('close', status => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, timedOut });
    });
  });
}

const fifo = (p: string) => execFileSync('mkfifo', [p]);

describe('files that are not regular files', () => {
  it('a criterion file linked to /dev/stdin is reported, not read, while stdin stays open', async () => {
    const dir = tree({});
    fs.symlinkSync('/dev/stdin', path.join(dir, 'criteres', 's.yaml'));
    const r = await cli(['check', dir, '--format', 'json']);
    expect(r.timedOut).toBe(false);
    const found = (JSON.parse(r.stdout) as { diagnostics: { file: string; code: string; message: string }[] }).diagnostics.filter(
      f => f.file === 'criteres/s.yaml',
    );
    expect(found.map(f => f.code)).toEqual(['unreadable-file']);
    // node's child pipes are socket pairs (a shell's pipe gives "tube nommé"): never read, whichever
    expect(found[0].message).toBe("Ce n'est pas un fichier ordinaire (socket) : il n'est pas lu.");
  });

  it('a link to a FIFO inside the dossier: "not a regular file (named pipe)", nothing waits', async () => {
    const dir = tree({});
    fifo(path.join(dir, 'tube'));
    fs.symlinkSync(path.join(dir, 'tube'), path.join(dir, 'criteres', 'f.yaml'));
    const r = await cli(['check', dir, '--lang', 'en']);
    expect(r.timedOut).toBe(false);
    expect(r.stdout).toMatch(/criteres\/f\.yaml\n\s+1:1\s+error\s+Not a regular file \(named pipe\): it is not read\.\s+unreadable-file/);
  });

  it('a link to a FIFO outside the dossier: reported as outside, never opened', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    fifo(path.join(outside, 'tube'));
    const dir = tree({});
    fs.symlinkSync(path.join(outside, 'tube'), path.join(dir, 'criteres', 'f.yaml'));
    const r = await cli(['check', dir, '--lang', 'en']);
    expect(r.timedOut).toBe(false);
    expect(r.stdout).toMatch(/criteres\/f\.yaml\n\s+1:1\s+error\s+This file is a link to a place outside the dossier: it is not read\./);
  });

  it('a criterion-file link to an outside file that does not look like a criterion is still reported (the target is not sniffed)', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    fs.writeFileSync(path.join(outside, 'notes.yaml'), 'titre: rien\n');
    const dir = tree({});
    fs.symlinkSync(path.join(outside, 'notes.yaml'), path.join(dir, 'criteres', 'lien.yaml'));
    expect(check(dir).found).toContain('unreadable-file criteres/lien.yaml:1:1');
  });

  for (const [name, target, expected] of [
    ['manual: a FIFO', 'FIFO', /^has-dossier: .*tube : ce n'est pas un fichier ordinaire \(tube nommé\)$/m],
    ['manual: /dev/zero (read until memory runs out before)', '/dev/zero', /^has-dossier: \/dev\/zero : ce n'est pas un fichier ordinaire \(périphérique\)$/m],
    ['manual: a 6 MB file', 'BIG', /^has-dossier: .*big\.json : fichier de catalogue trop gros \(6\u202f291\u202f456 octets, limite 5\u202f242\u202f880\)$/m],
    ['manual: a 6 MB file, in English', 'BIG en', /^has-dossier: .*big\.json: catalogue file too large \(6,291,456 bytes, limit 5,242,880\)$/m],
    [
      'manual: /etc/shadow (its first characters are never printed)',
      '/etc/shadow',
      /^has-dossier: \/etc\/shadow : (illisible \(EACCES\)|JSON illisible \(erreur de syntaxe( au caractère \d+)?\))$/m,
    ],
    ['manual: /proc/self/environ', '/proc/self/environ', /^has-dossier: \/proc\/self\/environ : JSON illisible \((erreur de syntaxe|pas en UTF-8)[^)]*\)$/m],
    ['manual: a folder', 'DIR', /^has-dossier: .* : c'est un dossier, pas un fichier de catalogue$/m],
  ] as const) {
    it(name, async () => {
      const dir = tree({});
      let manual: string = target;
      if (target === 'FIFO') {
        manual = path.join(dir, 'tube');
        fifo(manual);
      }
      if (target.startsWith('BIG')) {
        manual = path.join(dir, 'big.json');
        fs.writeFileSync(manual, Buffer.alloc(6 * 1024 * 1024, 0x20));
      }
      if (target === 'DIR') {
        manual = path.join(dir, 'grille.json');
        fs.mkdirSync(manual);
      }
      fs.writeFileSync(path.join(dir, 'dossier.yaml'), MANIFEST.replace('manual: has-es-2025', `manual: ${manual}`));
      const r = await cli(['check', dir, ...(target.endsWith(' en') ? ['--lang', 'en'] : [])]);
      expect(r.timedOut).toBe(false);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr).not.toMatch(/root:|PATH=|HOME=/);
    });
  }
});

describe('an open buffer over the size limit', () => {
  it('is held to the 5 MB limit of a file on disk: reported too large, not parsed, and the server still answers hover', async () => {
    const root = copyExample();
    const client = await startClient(root);
    try {
      // 6 MB typed (or pasted) into an open, unsaved buffer of the dossier
      const big = `criterion: 3.2-01\nelements:\n  ee01:\n    status: a-evaluer\n    justification: |\n${'      une ligne collée là par erreur, répétée\n'.repeat(140_000)}`;
      expect(Buffer.byteLength(big)).toBeGreaterThan(5 * 1024 * 1024);
      const uri = await client.open('criteres/colle.yaml', big);
      await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => d.code === 'unreadable-file'), 'unreadable-file on the big buffer');
      const d = client.diagnostics.get(uri)!;
      expect(d.map(x => x.code)).toEqual(['unreadable-file']);
      expect(d[0].message).toMatch(/^Fichier trop gros \(\d\u202f\d{3}\u202f\d{3} octets, limite 5\u202f242\u202f880\) : il est ignoré\. Découpez-le\.$/);
      const other = await client.open('criteres/3.1-07.yaml');
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 13 } })) as {
        contents: { value: string };
      } | null;
      expect(hover?.contents.value).toMatch(/3\.1-07/);
    } finally {
      await client.stop();
    }
  });
});

describe('the language server with its standard input a pipe', () => {
  it('a criterion file linked to /dev/stdin does not swallow the JSON-RPC stream: diagnostics come and hover answers', async () => {
    const root = copyExample();
    fs.symlinkSync('/dev/stdin', path.join(root, 'criteres', 's.yaml'));
    const client = await startClient(root);
    try {
      const uri = client.uri('criteres/s.yaml');
      await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => d.code === 'unreadable-file'), 'unreadable-file on s.yaml');
      const other = await client.open('criteres/3.1-07.yaml');
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 13 } })) as {
        contents: { value: string };
      } | null;
      expect(hover?.contents.value).toMatch(/3\.1-07/);
    } finally {
      await client.stop();
    }
  });
});

describe('work linear in the file, findings capped per rule and file', () => {
  // whole: the suite reads every file with yaml too (HAS_DOSSIER_CHECK_PARSER), whose duplicate keys are found with one set per map
  const cases = hostileCases();
  const expected: Record<string, (found: string[], messages: string[], summary: { warnings: number }) => void> = {
    'consecutive waivers (40,000 lines)': (found, messages) => {
      // every waiver names a finding that is there: none is unused, the element's info is waived
      expect(found.filter(f => f.startsWith('waiver '))).toEqual([]);
      expect(messages.some(m => m.startsWith('not-evaluated criteres/w.yaml:40004:13'))).toBe(true);
    },
    'waivers that each give a finding (150,000)': (found, messages, summary) => {
      expect(found.filter(f => f.startsWith('waiver criteres/w.yaml'))).toHaveLength(101);
      // past the first hundred none is made, each is counted: 300,000 and the manifest's own
      expect(summary.warnings).toBe(300_014);
      // each gives two: an unknown code and no reason
      expect(messages.find(m => m.includes('de plus'))).toMatch(
        /^waiver criteres\/w\.yaml:\d+:1 … et 299\s900 de plus de la règle waiver dans ce fichier \(non affichés ; le résumé les compte\)\.$/,
      );
    },
    'element keys (25,000)': found => {
      expect(found.filter(f => f.startsWith('unknown-element criteres/e.yaml'))).toHaveLength(101);
    },
    'roles × unknown owners (2,500 × 2,500)': (found, messages) => {
      expect(found.filter(f => f.startsWith('unknown-role criteres/r.yaml'))).toHaveLength(101);
      const first = messages.find(m => m.startsWith('unknown-role'))!;
      expect(first).toMatch(/\(role-0, role-1, .*, role-11 et 2\u202f488 autres\)\.$/);
      expect(first.length).toBeLessThan(300);
    },
    'evidence naming missing files (20,000)': found => {
      expect(found.filter(f => f.startsWith('evidence-not-found criteres/p.yaml'))).toHaveLength(101);
    },
    'one 4 MB block scalar': found => {
      expect(found).toContain('not-evaluated criteres/b.yaml:4:13');
    },
  };
  for (const c of cases) {
    it(
      c.name,
      () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
        for (const [rel, text] of Object.entries(c.files)) {
          fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
          fs.writeFileSync(path.join(dir, rel), text);
        }
        expect(Buffer.byteLength(c.files[c.edited])).toBeLessThan(5 * 1024 * 1024);
        const { r, found, messages } = check(dir);
        expect(r.summary.files).toBe(Object.keys(c.files).length);
        expected[c.name](found, messages, r.summary);
      },
      120_000,
    );
  }
  it('the summary counts the findings that are not shown', () => {
    const c = cases.find(x => x.name.startsWith('waivers that each'))!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
    for (const [rel, text] of Object.entries(c.files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    // the criteria of the whole manual without a file are warnings of their own (missing-criterion by objective, missing-imperative)
    const { r } = check(dir);
    const manual = r.findings.filter(f => f.severity === 'warning' && (f.code === 'missing-criterion' || f.code === 'missing-imperative')).length;
    expect(r.summary.warnings - manual).toBe(300_000);
  }, 120_000);
});

describe('waivers are comments, never text', () => {
  it('a waiver line inside a block scalar does not waive the next element', () => {
    const dir = tree({
      'criteres/x.yaml':
        'criterion: 3.2-01\nelements:\n  ee01:\n    status: partiel\n    justification: |\n      Voir plus bas.\n      # has-dossier-ignore not-evaluated: cache le suivant\n  ee02:\n    status: a-evaluer\n',
    });
    const { r, found } = check(dir);
    expect(found).toContain('not-evaluated criteres/x.yaml:9:13');
    expect(r.findings.find(f => f.file === 'criteres/x.yaml' && f.code === 'not-evaluated')?.waived).toBeUndefined();
    expect(found.filter(f => f.startsWith('waiver criteres/x.yaml'))).toEqual([]);
  });
  it('a waiver text inside a quoted string gives no waiver warning', () => {
    const dir = tree({
      'criteres/x.yaml':
        'criterion: 3.2-01\nelements:\n  ee01:\n    status: partiel\n    justification: "Texte sur deux lignes\n      # has-dossier-ignore x"\n',
    });
    expect(check(dir).found.filter(f => f.startsWith('waiver '))).toEqual([]);
  });
  it('a real waiver comment still waives', () => {
    const dir = tree({
      'criteres/x.yaml': 'criterion: 3.2-01\nelements:\n  # has-dossier-ignore not-evaluated: on attend la revue\n  ee01:\n    status: a-evaluer\n',
    });
    expect(check(dir).r.findings.find(f => f.file === 'criteres/x.yaml' && f.code === 'not-evaluated')?.waived).toEqual({ reason: 'on attend la revue' });
  });
});

describe('a closed pipe (| head -1)', () => {
  const big = () => {
    const c = hostileCases().find(x => x.name.startsWith('evidence'))!;
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-')), 'site');
    for (const [rel, text] of Object.entries(c.files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    return dir;
  };
  for (const [name, args] of [
    ['check', (d: string) => `check ${d} --format json`],
    ['rules', () => 'rules'],
    ['check --all', (d: string) => `check --all ${path.dirname(d)} --format json`],
    ['init', (d: string) => `init ${d}/neuf`],
  ] as const) {
    it(`${name} stops quietly`, () => {
      const dir = big();
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${args(dir)} | head -c 1 >/dev/null`], { encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).toBe('');
    }, 90_000);
  }
});

describe('writes never go through a link nor over a file the check reads', () => {
  const run = (args: string[], cwd?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, timeout: 60_000 });

  it('init into a dossier whose criteres/ is a link to elsewhere creates nothing, there or here', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
    fs.mkdirSync(path.join(base, 'ailleurs'));
    fs.mkdirSync(path.join(base, 'site'));
    fs.symlinkSync('../ailleurs', path.join(base, 'site', 'criteres'));
    const r = run(['init', path.join(base, 'site')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("has-dossier: criteres est un lien symbolique : rien n'est créé à travers lui\n");
    expect(run(['init', path.join(base, 'site'), '--lang', 'en']).stderr).toBe('has-dossier: criteres is a symbolic link: nothing is created through it\n');
    expect(fs.readdirSync(path.join(base, 'ailleurs'))).toEqual([]);
    expect(fs.readdirSync(path.join(base, 'site'))).toEqual(['criteres']);
  });

  it('check -o onto a criterion file is refused, and the file is kept byte for byte', () => {
    const dir = tree({});
    const before = fs.readFileSync(path.join(dir, 'criteres', 'bon.yaml'));
    const r = run(['check', dir, '-o', path.join(dir, 'criteres', 'bon.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^has-dossier: .*criteres\/bon\.yaml est un fichier du dossier .* : choisissez un autre fichier de sortie\n$/);
    expect(fs.readFileSync(path.join(dir, 'criteres', 'bon.yaml'))).toEqual(before);
    const rel = run(['check', '.', '-o', 'dossier.yaml', '--lang', 'en'], dir);
    expect(rel.status).toBe(2);
    expect(rel.stderr).toBe(`has-dossier: dossier.yaml is a file of the dossier ${fs.realpathSync(dir) === dir ? dir : dir}: choose another output file\n`);
  });

  it('check -o and report -o through a link are refused, and the link target is untouched', () => {
    const dir = tree({});
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outside-')), 'precieux.txt');
    fs.writeFileSync(target, 'à garder\n');
    fs.symlinkSync(target, path.join(dir, 'sortie.json'));
    for (const args of [
      ['check', dir, '--format', 'json', '-o', path.join(dir, 'sortie.json')],
      ['report', dir, '-o', path.join(dir, 'sortie.json')],
    ]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/sortie\.json est un lien symbolique : la sortie n'est pas écrite à travers lui\n$/);
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('à garder\n');
  });

  it('check -o to a new file beside the dossier still works', () => {
    const dir = tree({});
    const r = run(['check', dir, '--format', 'json', '-o', path.join(dir, 'rapport.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'rapport.json'), 'utf8')).tool).toBe('has-dossier');
  });
});

describe('the server: documents that are not files of the disk', () => {
  for (const scheme of ['git', 'vscode-notebook-cell']) {
    it(`a ${scheme}: document with the path of a dossier file never replaces it, and closing it keeps the real buffer`, async () => {
      const root = copyExample();
      const client = await startClient(root);
      try {
        const rel = 'criteres/3.1-07.yaml';
        const fileUri = client.uri(rel);
        await client.waitFor(() => client.diagnostics.has(fileUri), 'first diagnostics');
        const text = fs.readFileSync(path.join(root, rel), 'utf8');
        // the user's unsaved buffer: a broken line gives a yaml-syntax error
        await client.open(rel, text + 'elements: [\n');
        await client.waitFor(() => (client.diagnostics.get(fileUri) ?? []).some(d => d.code === 'yaml-syntax'), 'the buffer checked');
        const foreign = fileUri.replace(/^file:/, `${scheme}:`);
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: foreign, languageId: 'yaml', version: 1, text } });
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: foreign } });
        const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri }, position: { line: 0, character: 13 } });
        expect(hover).not.toBeNull();
        expect(client.diagnostics.has(foreign)).toBe(false);
        expect((client.diagnostics.get(fileUri) ?? []).some(d => d.code === 'yaml-syntax')).toBe(true);
      } finally {
        await client.stop();
      }
    });
  }
});

describe('advice that said the wrong thing', () => {
  it('an unquoted FINESS with a leading zero is advised quoted as written ("010008407"), not as YAML read it', () => {
    const dir = tree({}, MANIFEST.replace('finess: "330781196"', 'finess: 010008407') + 'rules:\n  missing-criterion: off\n');
    const m = check(dir).messages.find(x => x.startsWith('schema dossier.yaml'));
    expect(m).toMatch(/\("010008407"\)/);
  });
  it('criterion: 3.40 is advised as "3.40", not "3.4"', () => {
    const dir = tree({ 'criteres/x.yaml': 'criterion: 3.40\nelements: {}\n' });
    const m = check(dir).messages.find(x => x.startsWith('schema criteres/x.yaml'));
    expect(m).toMatch(/\("3\.40"\)/);
  });
  it('documents_ready: none is not advised with « none », which it does not take', () => {
    const dir = tree({}, MANIFEST.replace('  start: 2027-03-15', '  start: 2027-03-15\n  documents_ready: none') + 'rules:\n  missing-criterion: off\n');
    expect(check(dir).messages.filter(m => m.startsWith('schema'))).toEqual([
      'schema dossier.yaml:7:20 Durée invalide « none » pour visit › documents_ready : écrivez par ex. « 2 months », « 2 mois », « 60 jours ».',
    ]);
  });
  it('a role id with a space is said as a key, at the key, once (no duration message, no English line)', () => {
    const dir = tree({}, MANIFEST + 'roles:\n  d p o: Mme E. Données\nrules:\n  missing-criterion: off\n');
    expect(check(dir).messages.filter(m => m.startsWith('schema'))).toEqual([
      'schema dossier.yaml:8:3 Identifiant « d p o » non permis dans roles : lettres minuscules sans accent, chiffres et tirets seulement (par ex. « responsable-qualite »).',
    ]);
  });
  it('status: ~ gives one finding, not two', () => {
    const dir = tree({ 'criteres/x.yaml': 'criterion: 3.2-01\nelements:\n  ee01:\n    status: ~\n' });
    expect(check(dir).messages.filter(m => m.startsWith('schema'))).toEqual([
      "schema criteres/x.yaml:4:5 « status » n'a pas de valeur : attendu un texte (sous elements › ee01).",
    ]);
  });
  it('year 0000 is not a date', () => {
    const dir = tree({ 'criteres/x.yaml': 'criterion: 3.2-01\nreviewed: 0000-01-15\nelements:\n  ee01:\n    status: a-evaluer\n' });
    const { messages } = check(dir);
    expect(messages.join('\n')).not.toMatch(/00-1--1-15/);
    expect(parseCivilDate('0000-01-15')).toBeUndefined();
    expect(parseCivilDate('0001-01-15')).toBe('0001-01-15');
  });
  it('"EISDIR: EISDIR:" is not doubled', () => {
    const dir = tree({});
    fs.mkdirSync(path.join(dir, 'sortie'));
    const r = spawnSync(process.execPath, [CLI, 'check', dir, '-o', path.join(dir, 'sortie')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^has-dossier: impossible d'écrire .*sortie : c'est un dossier\n$/);
    expect(r.stderr).not.toMatch(/EISDIR: EISDIR:/);
  });
});

describe('read as the user wrote it', () => {
  it('a lone CR is a line break, as in the editor: the finding sits on its line', () => {
    const dir = tree({ 'criteres/x.yaml': 'criterion: 3.2-01\relements:\r  ee01:\r    status: conformee\r' });
    expect(check(dir).found).toContain('schema criteres/x.yaml:4:13');
    // and the same file with LF or CRLF gives the same place
    for (const eol of ['\n', '\r\n']) {
      const other = tree({ 'criteres/x.yaml': ['criterion: 3.2-01', 'elements:', '  ee01:', '    status: conformee', ''].join(eol) });
      expect(check(other).found).toContain('schema criteres/x.yaml:4:13');
    }
  });

  it('an element given as an alias (ee02: *s) is read as its anchor holds it, never silently counted', () => {
    const dir = tree({ 'criteres/x.yaml': 'criterion: 3.2-01\nelements:\n  ee01: &s\n    status: conforme\n  ee02: *s\n' });
    const { r } = check(dir);
    expect(r.findings.filter(f => f.code === 'missing-evidence').map(f => f.element)).toEqual(['ee01', 'ee02']);
  });

  it('a !!timestamp date is its text, never a JavaScript Date in a message', () => {
    const dir = tree({ 'criteres/x.yaml': 'criterion: 3.2-01\nreviewed: !!timestamp 2026-01-01\nelements:\n  ee01:\n    status: a-evaluer\n' });
    const { messages } = check(dir);
    expect(messages.join('\n')).not.toMatch(/GMT|Coordinated Universal Time/);
    expect(messages.filter(m => m.startsWith('schema'))).toEqual([]);
  });

  it('dates are compared as dates: a document dated 9999-06-01 is not stale on 9999-12-31', () => {
    const dir = tree({
      'criteres/x.yaml':
        'criterion: 3.4-05\nelements:\n  ee01:\n    status: conforme\n    evidence:\n      - title: Carto\n        kind: cartographie-dmn\n        file: dossier.yaml\n        date: 9999-06-01\n',
    });
    const r = checkDossierAt(dir, nodeHost, registry, { asOf: '9999-12-31' });
    const shown = r.findings
      .filter(f => f.file === 'criteres/x.yaml')
      .map(f => `${f.code} ${f.message}`)
      .join('\n');
    expect(shown).not.toMatch(/stale-evidence|due-soon|10000/);
    expect(parseCivilDate('9999-12-31')).toBe('9999-12-31');
  });

  it('an evidence name in NFD on disk and NFC in the YAML (or the reverse) is found', () => {
    for (const [disk, yaml] of [
      ['re\u0301sume\u0301.pdf', 'résumé.pdf'],
      ['résumé.pdf', 're\u0301sume\u0301.pdf'],
    ]) {
      const dir = tree({
        [`preuves/${disk}`]: 'x',
        'criteres/x.yaml': evidence(`preuves/${yaml}`).replace('        file:', '        date: 2026-10-01\n        file:'),
      });
      expect(check(dir).found.filter(f => f.startsWith('evidence-not-found'))).toEqual([]);
    }
  });
});

describe('a catalogue with an id given twice', () => {
  for (const [what, spoil, said] of [
    [
      'an element',
      (c: CatalogueData) => {
        const cr = c.chapters[2].objectives[3].criteria.find(x => x.id === '3.4-05')!;
        cr.elements.push({ ...cr.elements[0] });
      },
      /critère 3\.4-05 : élément ee01 apparaît deux fois/,
    ],
    [
      'an evidence kind',
      (c: CatalogueData) => {
        c.evidenceKinds.push({ ...c.evidenceKinds[0] });
      },
      /type de preuve \S+ apparaît deux fois/,
    ],
    [
      'a scope',
      (c: CatalogueData) => {
        c.scopes.push({ ...c.scopes[1] });
      },
      /champ d'application \S+ apparaît deux fois/,
    ],
  ] as const) {
    it(`${what} twice: one line naming it (exit 2 on the CLI, a finding on manual: in the check), never an ajv message`, () => {
      const data = structuredClone(registry.resolve('has-es-2025', process.cwd()).data);
      spoil(data);
      const dir = tree(
        { 'cat.json': JSON.stringify(data) },
        MANIFEST.replace('manual: has-es-2025', 'manual: ./cat.json') + 'rules:\n  missing-criterion: off\n',
      );
      const r = spawnSync(process.execPath, [CLI, 'check', dir], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(said);
      expect(r.stderr).not.toMatch(/schema is invalid|allOf/);
      const { r: res } = check(dir);
      expect(res.fatal?.message).toMatch(said);
    });
  }
});

describe('nothing left out in silence', () => {
  it('a real FIFO named like a criterion file inside the dossier is reported, never opened', () => {
    const dir = tree({});
    execFileSync('mkfifo', [path.join(dir, 'criteres', 'tube.yaml')]);
    expect(check(dir).messages).toContain("unreadable-file criteres/tube.yaml:1:1 Ce n'est pas un fichier ordinaire (tube nommé) : il n'est pas lu.");
  });

  it('check --all says which site lies too deep to be searched', () => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-deep-'));
    const deep = path.join(top, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'site');
    fs.cpSync(tree({}), deep, { recursive: true });
    fs.cpSync(tree({}), path.join(top, 'site-b'), { recursive: true });
    const r = spawnSync(process.execPath, [CLI, 'check', '--all', '.', '-f', 'json'], { cwd: top, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toContain(
      'has-dossier : a/b/c/d/e/f/g/h/site non exploré : plus de 8 niveaux sous le dossier donné (donnez un dossier plus proche à --all).',
    );
    // the folders of a dossier found (its criteres/, preuves/) are not called left out
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an unreadable folder is said, and its criteria are not called missing', () => {
    const root = path.join(path.sep, 'virtual', 'dossier');
    const host = memoryHost(root, { 'dossier.yaml': MANIFEST, 'criteres/bon.yaml': GOOD });
    const failing: DossierHost = {
      ...host,
      listYamlFiles: (r, skipped) => {
        skipped?.push({ path: 'criteres/', failure: 'unreadable-folder', detail: 'EACCES' });
        return host.listYamlFiles(r).filter(f => !f.startsWith('criteres/'));
      },
    };
    const res = checkDossier(loadDossier(root, failing), registry, { asOf: '2026-11-23' });
    const shown = res.findings.map(f => `${f.code} ${f.file} ${f.message}`);
    expect(shown).toContain(
      "unreadable-file criteres/ Dossier illisible (EACCES) : ses fichiers ne sont pas lus, et les critères qu'il contient ne peuvent pas être comptés (aucun critère n'est dit manquant tant qu'il reste illisible). Vérifiez ses droits.",
    );
    expect(res.findings.filter(f => f.code === 'missing-criterion' || f.code === 'missing-imperative')).toEqual([]);
  });
});

describe('the rest of the review, end to end through the CLI and the server', () => {
  it('a criterion file linked to /dev/stdin while stdin is a regular file: a link outside the dossier, and what stdin holds is never checked', async () => {
    const dir = tree({});
    fs.symlinkSync('/dev/stdin', path.join(dir, 'criteres', 's.yaml'));
    const input = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outside-')), 'entree.yaml');
    fs.writeFileSync(input, 'criterion: 3.4-05\nelements:\n  ee01:\n    status: conformee\n');
    const fd = fs.openSync(input, 'r');
    let r: ReturnType<typeof spawnSync>;
    try {
      r = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 20_000 });
    } finally {
      fs.closeSync(fd);
    }
    const json = JSON.parse(String(r.stdout)) as { diagnostics: { file: string; code: string; message: string }[] };
    expect(json.diagnostics.filter(f => f.file === 'criteres/s.yaml').map(f => `${f.code} ${f.message}`)).toEqual([
      "unreadable-file Ce fichier est un lien vers un emplacement hors du dossier : il n'est pas lu.",
    ]);
    expect(json.diagnostics.filter(f => f.message.includes('conformee') || f.message.includes('3.4-05'))).toEqual([]);
  });

  it('manual: ../x.json, a file beside the dossier holding a secret: one line, its content never quoted', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
    const dir = path.join(base, 'site');
    fs.cpSync(tree({}), dir, { recursive: true });
    fs.writeFileSync(path.join(base, 'x.json'), '{"mot-de-passe": "S3CRET-tout-près", oups\n');
    fs.writeFileSync(path.join(dir, 'dossier.yaml'), MANIFEST.replace('manual: has-es-2025', 'manual: ../x.json'));
    const r = await cli(['check', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`has-dossier: ${path.join(base, 'x.json')} : JSON illisible (erreur de syntaxe au caractère 37)\n`);
    const { r: res } = check(dir);
    expect(res.fatal).toEqual({ kind: 'catalogue', message: `${path.join(base, 'x.json')} : JSON illisible (erreur de syntaxe au caractère 37)` });
    expect(JSON.stringify(res)).not.toContain('S3CRET');
  });

  for (const [name, manual, said] of [
    [
      'manual: /dev/zero in the server: a finding on manual:, no hang, requests still answered',
      '/dev/zero',
      /^Catalogue introuvable ou invalide : \/dev\/zero : ce n'est pas un fichier ordinaire \(périphérique\)\. /,
    ],
    [
      'manual: a file holding a secret in the server: its content is never in the editor',
      'SECRET',
      /^Catalogue introuvable ou invalide : .*secret\.json : JSON illisible \(erreur de syntaxe( au caractère \d+)?\)\. /,
    ],
  ] as const) {
    it(name, async () => {
      const root = copyExample();
      let target: string = manual;
      if (manual === 'SECRET') {
        target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outside-')), 'secret.json');
        fs.writeFileSync(target, 'root:x:0:0:S3CRET\n');
      }
      const text = fs.readFileSync(path.join(root, 'dossier.yaml'), 'utf8').replace(/^manual: .*$/m, `manual: ${target}`);
      fs.writeFileSync(path.join(root, 'dossier.yaml'), text);
      const client = await startClient(root);
      try {
        const uri = client.uri('dossier.yaml');
        await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => said.test(String(d.message))), 'the catalogue failure on dossier.yaml');
        const line = text.split('\n').findIndex(l => l.startsWith('manual:'));
        const shown = client.diagnostics.get(uri)!.filter(d => said.test(String(d.message)));
        expect(shown).toHaveLength(1);
        expect(shown[0].range.start.line).toBe(line);
        expect(JSON.stringify([...client.diagnostics.values()], null, 0)).not.toContain('S3CRET');
        expect(client.logs.join('\n')).not.toContain('S3CRET');
        const doc = await client.open('dossier.yaml');
        // the server still answers: the outline of dossier.yaml, with its manual: key
        const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: doc } })) as { name: string }[];
        expect(symbols.map(s => s.name)).toContain('manual');
        expect(client.process.exitCode).toBeNull();
      } finally {
        await client.stop();
      }
    });
  }

  it('a lone CR in the server: the diagnostic sits on the line the editor shows, and hover finds the code', async () => {
    const root = copyExample();
    const client = await startClient(root);
    try {
      const uri = await client.open('criteres/cr.yaml', 'criterion: 3.2-01\relements:\r  ee01:\r    status: conformee\r');
      await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => d.code === 'schema'), 'schema on the lone-CR buffer');
      const schema = client.diagnostics.get(uri)!.filter(d => d.code === 'schema');
      expect(schema.map(d => [d.range.start.line, d.range.start.character])).toEqual([[3, 12]]);
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } })) as {
        contents: { value: string };
      } | null;
      expect(hover?.contents.value).toMatch(/3\.2-01/);
    } finally {
      await client.stop();
    }
  });

  it('action_plan: and lessons: through a link outside, climbing out, or missing on disk do not count, each said where it is written', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    fs.writeFileSync(path.join(outside, 'plan.pdf'), '%PDF-1.4\n');
    const audit = (plan: string, n: string) =>
      `criterion: 3.1-0${n}\nelements:\n  ee01:\n    status: partiel\n    evidence:\n      - title: Audit\n        kind: audit-securite\n        date: 2026-10-01\n        action_plan: ${plan}\n`;
    const exercise = (lessons: string) =>
      `criterion: 3.1-05\nelements:\n  ee01:\n    status: partiel\n    evidence:\n      - title: Exercice\n        kind: exercice-cyber\n        date: 2026-10-01\n        lessons: ${lessons}\n`;
    const dir = tree({
      'criteres/a.yaml': audit('preuves/lien.pdf', '1'),
      'criteres/b.yaml': audit('../plan.pdf', '2'),
      'criteres/c.yaml': audit('preuves/absent.pdf', '3'),
      'criteres/d.yaml': exercise('preuves/lien.pdf'),
    });
    fs.mkdirSync(path.join(dir, 'preuves'));
    fs.symlinkSync(path.join(outside, 'plan.pdf'), path.join(dir, 'preuves', 'lien.pdf'));
    const follow = check(dir).messages.filter(m => m.startsWith('follow-up-missing'));
    expect(follow).toEqual([
      "follow-up-missing criteres/a.yaml:9:22 « Audit » : le plan d'actions « preuves/lien.pdf » est hors du dossier ; il ne compte pas. Placez-le dans le dossier (par exemple preuves/) et donnez son chemin depuis la racine.",
      "follow-up-missing criteres/b.yaml:9:22 « Audit » : le plan d'actions « ../plan.pdf » est hors du dossier ; il ne compte pas. Placez-le dans le dossier (par exemple preuves/) et donnez son chemin depuis la racine.",
      "follow-up-missing criteres/c.yaml:9:22 « Audit » : le plan d'actions « preuves/absent.pdf » est introuvable.",
      expect.stringMatching(/^follow-up-missing criteres\/d\.yaml:9:18 « Exercice » : le retour d'expérience « preuves\/lien\.pdf » est hors du dossier/),
    ]);
  });

  it('check --all on a folder with a single site still gives the dossiers wrapper in its JSON', () => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-all-'));
    fs.cpSync(tree({}), path.join(top, 'site-a'), { recursive: true });
    const r = spawnSync(process.execPath, [CLI, 'check', '--all', '.', '-f', 'json'], { cwd: top, encoding: 'utf8', timeout: 60_000 });
    const json = JSON.parse(r.stdout) as { tool: string; dossiers: { root: string }[] };
    expect(json.tool).toBe('has-dossier');
    expect(json.dossiers.map(d => d.root)).toEqual(['site-a']);
  });

  it('a folder the CLI cannot read (on disk, chmod 000): said, its criteria and visit documents not called missing, and visit says it cannot count them', () => {
    const dir = tree({}, MANIFEST);
    fs.chmodSync(path.dirname(dir), 0o1777);
    execFileSync('chmod', ['-R', 'a+rX', dir]);
    fs.chmodSync(path.join(dir, 'criteres'), 0o000);
    try {
      // as root every folder is readable: the CLI then runs as nobody, from a copy beside the
      // dossier (the clone may sit in a folder only root can enter, as mktemp -d makes it)
      const asNobody = process.getuid?.() === 0;
      const asUser = asNobody ? { uid: 65534, gid: 65534 } : {};
      let cli = CLI;
      if (asNobody) {
        const tool = path.join(path.dirname(dir), 'tool');
        fs.mkdirSync(path.join(tool, 'dist'), { recursive: true });
        fs.copyFileSync(CLI, path.join(tool, 'dist', 'cli.js'));
        fs.cpSync(path.join(REPO, 'schemas'), path.join(tool, 'schemas'), { recursive: true });
        execFileSync('chmod', ['-R', 'a+rX', tool]);
        cli = path.join(tool, 'dist', 'cli.js');
      }
      const r = spawnSync(process.execPath, [cli, 'check', dir, '-f', 'json', '--lang', 'en'], { encoding: 'utf8', timeout: 60_000, ...asUser });
      const json = JSON.parse(r.stdout) as { diagnostics: { file: string; code: string; message: string }[] };
      expect(json.diagnostics.filter(d => d.code === 'unreadable-file').map(d => `${d.file} ${d.message}`)).toEqual([
        'criteres/ Unreadable folder (EACCES): its files are not read, and the criteria it holds cannot be counted (no criterion is called missing while it stays unreadable). Check its permissions.',
      ]);
      expect(json.diagnostics.filter(d => ['missing-criterion', 'missing-imperative', 'visit-document-missing'].includes(d.code))).toEqual([]);
      // the visit checklist cannot know either: it says so on stderr
      const visit = spawnSync(process.execPath, [cli, 'visit', '.', '--lang', 'en'], { cwd: dir, encoding: 'utf8', timeout: 60_000, ...asUser });
      expect(visit.stderr).toBe(
        'has-dossier: criteres cannot be read (EACCES): the evidence it holds is not counted; a document called missing may be there.\n',
      );
    } finally {
      fs.chmodSync(path.join(dir, 'criteres'), 0o755);
    }
  });

  it('a UTF-16 file with a byte-order mark (LE and BE) is said to be UTF-16, with how to save it as UTF-8', () => {
    const body = 'criterion: 3.2-01\nelements: {}\n';
    const be = Buffer.from(body, 'utf16le').swap16();
    const dir = tree({
      'criteres/le.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]),
      'criteres/be.yaml': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    });
    const shown = check(dir).messages.filter(m => m.startsWith('unreadable-file'));
    expect(shown).toEqual([
      "unreadable-file criteres/be.yaml:1:1 Fichier enregistré en UTF-16 BE (« Unicode » sous Windows), pas en UTF-8 : il n'est pas lu. Réenregistrez-le en « UTF-8 » (Bloc-notes : Enregistrer sous, Encodage UTF-8).",
      "unreadable-file criteres/le.yaml:1:1 Fichier enregistré en UTF-16 LE (« Unicode » sous Windows), pas en UTF-8 : il n'est pas lu. Réenregistrez-le en « UTF-8 » (Bloc-notes : Enregistrer sous, Encodage UTF-8).",
    ]);
  });

  describe('output injection through the CLI: a title with escape sequences, HTML and a mention', () => {
    const TITLE = 'A \u001b[31mROUGE\u001b]0;pris\u0007 <img src=x onerror=alert(1)> @everyone \u202efin';
    const dossier = () =>
      tree({
        'criteres/x.yaml': `criterion: 3.4-05\nelements:\n  ee01:\n    status: partiel\n    evidence:\n      - title: ${JSON.stringify(TITLE)}\n        kind: cartographie-dmn\n        file: dossier.yaml\n        date: 2024-01-01\n`,
      });
    const out = (format: string, env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [CLI, 'check', dossier(), '-f', format], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, FORCE_COLOR: '', ...env },
      }).stdout;
    const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;
    it('stylish with NO_COLOR=1 and compact: no control character at all', () => {
      for (const format of ['stylish', 'compact']) {
        const o = out(format, { NO_COLOR: '1' });
        expect(o).toContain('« A [31mROUGE]0;pris <img src=x onerror=alert(1)> @everyone fin »');
        expect(o).not.toMatch(CONTROL);
      }
    });
    it('markdown (a pull-request comment): no HTML, no mention, no escape', () => {
      const o = out('markdown');
      expect(o).toContain('« A \\[31mROUGE\\]0;pris &lt;img src=x onerror=alert(1)&gt; @&#8203;everyone fin »');
      expect(o).not.toMatch(/<img|@everyone|\u001b/);
    });
    it('github (workflow commands shown in a log that obeys escapes): no control character', () => {
      const o = out('github');
      expect(o).toContain('« A [31mROUGE]0;pris <img src=x onerror=alert(1)> @everyone fin »');
      expect(o).not.toMatch(CONTROL);
    });
  });
});

describe('the catalogue tools read their files as the check does', () => {
  const CAT = path.join(__dirname, '..', '..', 'schemas', 'catalogues', 'has-es-2025.json');
  for (const [name, make, said] of [
    [
      'migrate --map naming a file that holds a secret: its first characters are never printed',
      (d: string) => {
        fs.writeFileSync(path.join(d, 'map.txt'), 'root:x:0:0:S3CRET\n');
        return path.join(d, 'map.txt');
      },
      /^has-dossier: .*map\.txt : JSON illisible \(erreur de syntaxe( au caractère \d+)?\)\n$/,
    ],
    ['migrate --map /dev/zero: refused, never read', () => '/dev/zero', /^has-dossier: \/dev\/zero : ce n'est pas un fichier ordinaire \(périphérique\)\n$/],
    [
      'migrate --map naming a FIFO: refused, never waited on',
      (d: string) => {
        fifo(path.join(d, 'tube'));
        return path.join(d, 'tube');
      },
      /^has-dossier: .*tube : ce n'est pas un fichier ordinaire \(tube nommé\)\n$/,
    ],
  ] as const) {
    it(name, async () => {
      const dir = tree({});
      const r = await cli(['migrate', dir, '--to', CAT, '--map', make(dir)]);
      expect(r.timedOut).toBe(false);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(said);
      expect(r.stderr).not.toContain('S3CRET');
    });
  }
  it('catalogue import of a .csv that is a FIFO, and of an .xlsx linked to /dev/zero: one line each, nothing read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
    fifo(path.join(dir, 'grille.csv'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'grille.xlsx'));
    for (const [file, type] of [
      ['grille.csv', 'tube nommé'],
      ['grille.xlsx', 'périphérique'],
    ]) {
      const r = await cli(['catalogue', 'import', path.join(dir, file)]);
      expect(r.timedOut).toBe(false);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`has-dossier: ${path.join(dir, file)} : ce n'est pas un fichier ordinaire (${type})\n`);
    }
  });
});
