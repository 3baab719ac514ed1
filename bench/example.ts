/**
 * Quick figures on the bundled example dossier: the CLI's whole-process check time, the
 * language server's time from `initialize` to the first diagnostics, and completion and hover
 * latencies through LSP. Medians (and p95) of several runs after a warm-up.
 * Run: npm run build && npx tsx bench/example.ts
 */
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyExample, startClient } from '../test/lsp/lspClient.js';

const REPO = path.resolve(__dirname, '..');
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  const cli = [];
  for (let i = 0; i < 12; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'check', 'examples/ch-exemple', '--as-of', '2026-11-23', '--format', 'json'], {
      cwd: REPO,
    });
    if (i >= 2) cli.push(performance.now() - t);
  }
  const bare = [];
  for (let i = 0; i < 12; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    if (i >= 2) bare.push(performance.now() - t);
  }
  const starts = [];
  let completion: number[] = [];
  let hover: number[] = [];
  for (let run = 0; run < 6; run++) {
    const root = copyExample();
    const t = performance.now();
    const client = await startClient(root);
    const uri = client.uri('criteres/3.4-05.yaml');
    await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => d.code === 'stale-evidence'), 'first diagnostics');
    if (run > 0) starts.push(performance.now() - t);
    if (run === 5) {
      const doc = await client.open('criteres/3.4-06.yaml');
      for (let i = 0; i < 220; i++) {
        let t0 = performance.now();
        await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: doc }, position: { line: 5, character: 12 } });
        completion.push(performance.now() - t0);
        t0 = performance.now();
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: doc }, position: { line: 0, character: 13 } });
        hover.push(performance.now() - t0);
      }
      completion = completion.slice(20);
      hover = hover.slice(20);
    }
    await client.stop();
  }
  console.log(`machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`has-dossier check examples/ch-exemple (whole process): median ${ms(pct(cli, 50))} (node -e 0: ${ms(pct(bare, 50))})`);
  console.log(`language server initialize → first diagnostics: median ${ms(pct(starts, 50))} over ${starts.length} starts`);
  console.log(`completion: p50 ${ms(pct(completion, 50))}, p95 ${ms(pct(completion, 95))} over ${completion.length}`);
  console.log(`hover: p50 ${ms(pct(hover, 50))}, p95 ${ms(pct(hover, 95))} over ${hover.length}`);
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
