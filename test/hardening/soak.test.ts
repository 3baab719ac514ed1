/**
 * Soak: 10,000 edits through LSP on one file, a re-check forced every 10 edits; the server's
 * heap (after a collection) grows by less than 10 % between the warm-up (2,000 edits) and the end.
 * (40,000 edits were seen to stay within 4 %: no leak, only settling.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, startClient } from '../lsp/lspClient.js';
import { MemoryRequest } from '../../protocol/src/index.js';

const EDITS = Number(process.env.SOAK_EDITS ?? 10_000);

describe('soak', () => {
  it(`${EDITS} edits: the server lives and its heap grows by less than 10 %`, async () => {
    const root = copyExample();
    const client = await startClient(root, undefined, undefined, ['--expose-gc']);
    try {
      const rel = 'criteres/3.4-05.yaml';
      const uri = await client.open(rel, fs.readFileSync(path.join(root, rel), 'utf8'));
      const heap = async () => (await client.connection.sendRequest(MemoryRequest)).heapUsed;
      let version = 1;
      let baseline = 0;
      for (let i = 0; i < EDITS; i++) {
        // type a digit of the DMN cartography's date, then put it back: the document keeps changing
        const text = i % 2 === 0 ? '2026' : '2025';
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: ++version },
          contentChanges: [{ range: { start: { line: 10, character: 14 }, end: { line: 10, character: 18 } }, text }],
        });
        if (i % 10 === 9) await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 13 } });
        if (i === 1999) baseline = Math.min(await heap(), await heap()); // after a warm-up: JIT and caches settled
      }
      const end = Math.min(await heap(), await heap());
      console.log(
        `soak: heap ${(baseline / 1048576).toFixed(1)} MiB after 2,000 edits, ${(end / 1048576).toFixed(1)} MiB after ${EDITS} (${(((end - baseline) / baseline) * 100).toFixed(1)} %)`,
      );
      expect(client.process.exitCode).toBeNull();
      expect(end).toBeLessThan(baseline * 1.1);
      await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => d.code === 'stale-evidence'), 'diagnostics still published');
    } finally {
      await client.stop();
    }
  }, 600_000);
});
