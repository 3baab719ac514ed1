/**
 * Nothing outside the dossier is opened: the CLI (check in every format, report, visit, check
 * --all) and a whole language-server session run under strace on a dossier full of links to
 * outside files, folders and system files; no open() of any of them, and every file opened in
 * the temporary folders lies inside the dossier. (stat() is not opening: the engine stats a
 * link's target to say it leads outside.)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';
import { copyExample, SERVER, startClient } from '../lsp/lspClient.js';
import { HAS_STRACE, opened, STRACE_OPEN } from './strace.js';

const CLI = path.join(REPO, 'dist', 'cli.js');

/** The example dossier, with links to an outside folder holding a criterion file, evidence, a folder and a catalogue. */
function hostileDossier(): { root: string; outside: string } {
  const root = fs.realpathSync(copyExample());
  const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'outside-')));
  fs.writeFileSync(path.join(outside, 'secret.yaml'), 'criterion: 3.4-05\nelements: {}\n');
  fs.writeFileSync(path.join(outside, 'notes.yaml'), 'titre: rien\n');
  fs.writeFileSync(path.join(outside, 'doc.pdf'), '%PDF-1.4\n');
  fs.mkdirSync(path.join(outside, 'dir'));
  fs.writeFileSync(path.join(outside, 'dir', 'c.yaml'), 'criterion: 3.4-06\nelements: {}\n');
  fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'criteres', 'lien.yaml'));
  fs.symlinkSync(path.join(outside, 'notes.yaml'), path.join(root, 'criteres', 'notes.yaml'));
  fs.symlinkSync(path.join(outside, 'dir'), path.join(root, 'criteres', 'sous'));
  fs.symlinkSync('/etc/passwd', path.join(root, 'criteres', 'passwd.yaml'));
  fs.symlinkSync(path.join(outside, 'doc.pdf'), path.join(root, 'preuves', 'lien.pdf'));
  fs.appendFileSync(path.join(root, 'criteres', '3.1-07.yaml'), '');
  return { root, outside };
}

function expectNothingOutside(paths: string[], root: string, outside: string) {
  const tmp = fs.realpathSync(os.tmpdir());
  const tool = fs.realpathSync(REPO); // the program and its bundled catalogue, wherever the clone lies (CI clones under /tmp)
  expect(paths.filter(p => p.startsWith(outside) || p === '/etc/passwd' || p === '/etc/shadow')).toEqual([]);
  // whatever is opened in the temporary folders is the dossier's (or the strace log)
  const strays = paths.filter(
    p =>
      p.startsWith(tmp + path.sep) &&
      !(p === root || p.startsWith(root + path.sep)) &&
      !(p === tool || p.startsWith(tool + path.sep)) &&
      !p.includes('strace-'),
  );
  expect(strays).toEqual([]);
  // and the dossier itself was read
  expect(paths.some(p => p === path.join(root, 'dossier.yaml'))).toBe(true);
}

describe.skipIf(!HAS_STRACE)('nothing outside the dossier is opened (strace)', () => {
  it('the CLI: check in every format, report, visit, check --all', () => {
    const { root, outside } = hostileDossier();
    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'strace-'));
    const runs: string[][] = [
      ...['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'markdown'].map(f => ['check', root, '--format', f]),
      ['report', root, '-o', '-'],
      ['visit', root],
      ['check', '--all', root, '--format', 'json'],
    ];
    runs.forEach((args, i) => {
      const log = path.join(logDir, `cli-${i}.log`);
      const r = spawnSync('strace', [...STRACE_OPEN, '-o', log, process.execPath, CLI, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 });
      expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.status);
      expectNothingOutside(opened(log), root, outside);
    });
  }, 300_000);

  it('a whole language-server session: open, edit, hover, completion', async () => {
    const { root, outside } = hostileDossier();
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'strace-')), 'server.log');
    process.env.STRACE_LOG = log;
    process.env.STRACE_SERVER = SERVER;
    const client = await startClient(root, undefined, path.join(__dirname, 'strace-wrapper.cjs'));
    try {
      const uri = client.uri('criteres/lien.yaml');
      await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => d.code === 'unreadable-file'), 'the outside link reported', 60_000);
      const doc = await client.open('criteres/3.1-07.yaml');
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: doc, version: 2 },
        contentChanges: [{ text: fs.readFileSync(path.join(root, 'criteres', '3.1-07.yaml'), 'utf8') + '# note\n' }],
      });
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: doc }, position: { line: 0, character: 13 } });
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: doc }, position: { line: 5, character: 4 } });
    } finally {
      await client.stop();
      delete process.env.STRACE_LOG;
      delete process.env.STRACE_SERVER;
    }
    await new Promise(r => setTimeout(r, 300));
    expectNothingOutside(opened(log), root, outside);
  }, 120_000);
});
