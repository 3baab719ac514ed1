/**
 * The "hostile files" rows of `npm run bench`: each file of bench/hostile.ts (all under the 5 MB
 * limit) checked from cold by the CLI, then opened in the language server (open → hover
 * answered) and edited (a keystroke → hover answered, which waits for the re-check).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { hostileCases } from './hostile.js';

export interface HostileRow {
  name: string;
  bytes: number;
  cliMs: number;
  openHoverMs: number;
  keystrokeHoverMs: number;
}

export interface HostileDeps {
  data: string;
  quick: boolean;
  repeat(args: string[], cwd: string): { ms: number };
  cli: string;
  stage(name: string): void;
  within<T>(what: string, p: Promise<T>): Promise<T>;
  startServer(root: string): Promise<{
    lsp: { connection: { sendNotification(m: string, p: unknown): Promise<void>; sendRequest(m: string, p: unknown): Promise<unknown> }; kill(): void };
  }>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

export async function measureHostile(d: HostileDeps): Promise<HostileRow[]> {
  const rows: HostileRow[] = [];
  for (const [i, c] of hostileCases(d.quick ? 0.02 : 1).entries()) {
    const root = path.join(d.data, 'hostile', String(i));
    for (const [rel, text] of Object.entries(c.files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    d.stage(`hostile: ${c.name}`);
    const cli = d.repeat([d.cli, 'check', root, '--as-of', '2026-11-23', '--format', 'json'], d.data);
    const { lsp } = await d.startServer(root);
    const file = path.join(root, c.edited);
    const uri = URI.file(file).toString();
    const text = fs.readFileSync(file, 'utf8');
    const hover = () =>
      d.within(`a hover in ${c.name}`, lsp.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 13 } }));
    let t0 = performance.now();
    await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await hover();
    const openHoverMs = performance.now() - t0;
    const edits: number[] = [];
    const line1 = text.indexOf('\n') + 1;
    for (let v = 2; v < (d.quick ? 4 : 9); v++) {
      // a keystroke on line 2 (typed, then removed), then a hover: it waits for the re-check
      const typing = v % 2 === 0;
      const pos = { line: 1, character: 0 };
      t0 = performance.now();
      await lsp.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [typing ? { range: { start: pos, end: pos }, text: '#' } : { range: { start: pos, end: { line: 1, character: 1 } }, text: '' }],
      });
      await hover();
      edits.push(performance.now() - t0);
    }
    void line1;
    lsp.kill();
    rows.push({ name: c.name, bytes: Buffer.byteLength(text), cliMs: cli.ms, openHoverMs, keystrokeHoverMs: median(edits) });
  }
  return rows;
}
