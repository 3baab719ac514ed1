/**
 * `tsx bench/hostile-measure.ts`: the hostile-file rows alone (what `npm run bench` prints in its
 * "Hostile files" section), without the rest of the benchmark. Needs `npm run build:production`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startClient } from '../test/lsp/lspClient.js';
import { measureHostile } from './hostileBench.js';

const REPO = path.resolve(__dirname, '..');
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-bench-'));
const repeat = (args: string[], cwd: string) => {
  const one = () => {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { cwd, maxBuffer: 1 << 28 });
    return performance.now() - t0;
  };
  one();
  const runs = [one(), one(), one()].sort((a, b) => a - b);
  return { ms: runs[1] };
};
void (async () => {
  const rows = await measureHostile({
    data,
    quick: process.env.BENCH_QUICK === '1',
    repeat,
    cli: path.join(REPO, 'dist', 'cli.js'),
    stage: name => console.error(name),
    within: (_what, p) => p,
    startServer: async root => {
      const c = await startClient(root);
      await c.waitFor(() => c.diagnostics.size > 0, 'first diagnostics', 120_000);
      return {
        lsp: {
          connection: c.connection,
          kill: () => {
            void c.stop();
          },
        },
      };
    },
  });
  for (const r of rows)
    console.log(
      `| ${r.name} | ${(r.bytes / 2 ** 20).toFixed(2)} MiB | ${r.cliMs.toFixed(0)} ms | ${r.openHoverMs.toFixed(0)} ms | ${r.keystrokeHoverMs.toFixed(0)} ms |`,
    );
  console.log(
    `load average: ${os
      .loadavg()
      .map(x => x.toFixed(1))
      .join(' ')}, ${os.cpus().length} cores`,
  );
  fs.rmSync(data, { recursive: true, force: true });
  process.exit(0);
})();
