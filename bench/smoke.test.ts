/**
 * Keeps `npm run bench` working: the whole script on tiny sizes (no timing is asserted). It runs
 * alone after the rest of the suite (`npm run test:bench-smoke`, vitest.bench.config.mts): about
 * 45 s there, while beside the other test files on two cores it once passed its limit. The script
 * names each stage on stderr, which the failure message shows, so that a run that stalls says where.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../test/helpers.js';

describe('benchmark smoke run', () => {
  it('runs every measure end to end on tiny dossiers', () => {
    const r = spawnSync(process.execPath, [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(REPO, 'bench', 'run.ts')], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, BENCH_QUICK: '1' },
      timeout: 290_000,
    });
    expect(r.status, r.stderr).toBe(0);
    for (const row of ['| hospital |', '| large |', '| ght |', 'keystroke → diagnostics, large file', 'completion (status values)', 'hover (criterion code)'])
      expect(r.stdout).toContain(row);
    expect(r.stdout).not.toMatch(/\| hospital \|[^\n]*> \d+ s/); // the peer answered
  }, 300_000);
});
