/**
 * Property-based test on the server: random texts sent as edits, with completion, hover,
 * symbols, code actions and lenses at random places, never kill it; every request is answered
 * and every published range lies inside its document.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { copyExample, startClient } from '../lsp/lspClient.js';

const RUNS = Number(process.env.SERVER_FUZZ_RUNS ?? 60);
// `npm test` replays the same cases (a red CI is then reproducible); `npm run fuzz` draws new ones
const SEED = process.env.FUZZ_RUNS ? undefined : 20261125;
const PIECE = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    ':',
    '\n',
    '  ',
    '- ',
    '[',
    '{',
    '&a ',
    '*a',
    'ee0',
    'Crit.3.4-05-ee01-ASY',
    'status: ',
    'evidence:\n      - file: ',
    '2026-02-30',
    '#',
    '\t',
  ),
);

describe('server properties', () => {
  it('answers every request and stays alive whatever is typed', async () => {
    const root = copyExample();
    const client = await startClient(root);
    const rel = 'criteres/3.4-05.yaml';
    let text = fs.readFileSync(path.join(root, rel), 'utf8');
    const uri = await client.open(rel, text);
    let version = 1;
    try {
      await fc.assert(
        fc.asyncProperty(fc.nat(), fc.array(PIECE, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), async (at, pieces, line, character) => {
          const offset = at % (text.length + 1);
          text = text.slice(0, offset) + pieces.join('') + text.slice(offset);
          await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
          const lines = text.split('\n');
          const position = { line: line % lines.length, character: character % (lines[line % lines.length].length + 1) };
          const doc = { textDocument: { uri } };
          expect(Array.isArray(await client.connection.sendRequest('textDocument/completion', { ...doc, position }))).toBe(true);
          await client.connection.sendRequest('textDocument/hover', { ...doc, position });
          expect(Array.isArray(await client.connection.sendRequest('textDocument/documentSymbol', doc))).toBe(true);
          expect(Array.isArray(await client.connection.sendRequest('textDocument/codeLens', doc))).toBe(true);
          const diagnostics = (client.diagnostics.get(uri) ?? []) as Diagnostic[];
          expect(
            Array.isArray(
              await client.connection.sendRequest('textDocument/codeAction', { ...doc, range: { start: position, end: position }, context: { diagnostics } }),
            ),
          ).toBe(true);
          // the request above forced a re-check of this version: its diagnostics lie inside the text
          for (const d of (client.diagnostics.get(uri) ?? []) as Diagnostic[]) {
            expect(d.range.end.line).toBeLessThan(lines.length);
            expect(d.range.end.character).toBeLessThanOrEqual(lines[d.range.end.line].replace(/\r$/, '').length);
          }
          expect(client.process.exitCode).toBeNull();
        }),
        { numRuns: RUNS, seed: SEED },
      );
    } finally {
      await client.stop();
    }
  }, 300_000);
});
