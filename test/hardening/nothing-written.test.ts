/**
 * Nothing written: a full CLI check in every format and a full LSP session (edits, completion,
 * hover, code actions asked for but not applied, symbols, lenses) leave every file of the dossier
 * as it was, and add none. Only `init` and an applied code action write, and `init` never
 * overwrites (test/cli, test/lsp).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';
import { copyExample, startClient } from '../lsp/lspClient.js';
import { CoverageTreeRequest, CriteriaRequest, RECHECK_COMMAND } from '../../protocol/src/index.js';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(fs.readFileSync(p)).digest('hex') + ':' + fs.statSync(p).mtimeMs;
    }
  };
  walk(dir);
  return out;
}

const NO_NETWORK = ['-r', path.join(__dirname, 'no-network.cjs')];

describe('no network', () => {
  it('the CLI and the server run with every network call made fatal', async () => {
    const root = copyExample();
    for (const args of [
      ['check', root, '--format', 'sarif'],
      ['report', root, '-o', '-'],
      ['catalogue', 'show', 'has-es-2025'],
    ]) {
      const r = spawnSync(process.execPath, [...NO_NETWORK, path.join(REPO, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
      expect(r.stderr).not.toMatch(/NETWORK ACCESS/);
      expect([0, 1]).toContain(r.status);
    }
    const client = await startClient(root, undefined, undefined, NO_NETWORK);
    try {
      const uri = client.uri('criteres/3.4-05.yaml');
      await client.waitFor(() => (client.diagnostics.get(uri) ?? []).length > 0, 'diagnostics');
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 13 } });
      expect(client.process.exitCode).toBeNull();
    } finally {
      await client.stop();
    }
  });
});

describe('nothing written', () => {
  it('by the CLI: check in every format, report to a file elsewhere, schema, catalogue', () => {
    const root = copyExample();
    const before = snapshot(root);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'markdown']) {
      const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'check', root, '--format', format], { cwd: root, encoding: 'utf8' });
      expect(r.status, format).toBe(1);
    }
    expect(spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'report', root, '-o', path.join(out, 'r.html')], { cwd: root }).status).toBe(0);
    expect(spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'schema'], { cwd: root }).status).toBe(0);
    expect(snapshot(root)).toEqual(before);
  });

  it('by the language server, through a whole editing session', async () => {
    const root = copyExample();
    const before = snapshot(root);
    const client = await startClient(root);
    try {
      const uri = client.uri('criteres/3.4-05.yaml');
      await client.waitFor(() => (client.diagnostics.get(uri) ?? []).length > 0, 'diagnostics');
      await client.open('criteres/3.4-05.yaml');
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 10, character: 14 }, end: { line: 10, character: 18 } }, text: '2026' }],
      });
      for (const [method, params] of [
        ['textDocument/completion', { position: { line: 5, character: 12 } }],
        ['textDocument/hover', { position: { line: 0, character: 13 } }],
        ['textDocument/documentSymbol', {}],
        ['textDocument/codeLens', {}],
        ['textDocument/definition', { position: { line: 9, character: 20 } }],
        [
          'textDocument/codeAction',
          { range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }, context: { diagnostics: client.diagnostics.get(uri) ?? [] } },
        ],
      ] as [string, object][])
        await client.connection.sendRequest(method, { textDocument: { uri }, ...params });
      await client.connection.sendRequest(CriteriaRequest, {});
      await client.connection.sendRequest(CoverageTreeRequest, {});
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.connection.sendRequest('workspace/executeCommand', { command: RECHECK_COMMAND, arguments: [] });
    } finally {
      await client.stop();
    }
    expect(snapshot(root)).toEqual(before);
  });
});
