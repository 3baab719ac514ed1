import { defineConfig } from 'vitest/config';

// The benchmark's smoke run (bench/smoke.test.ts) runs alone, after the rest of the suite: beside
// the other test files on two cores it took up to five times longer and hit its time limit.
export default defineConfig({
  test: {
    include: ['bench/smoke.test.ts'],
    testTimeout: 300_000,
    pool: 'forks',
  },
});
