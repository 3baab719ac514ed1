import { defineConfig } from 'vitest/config';

// The real-editor tests (code-server + Chromium): one file, run alone, generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/nvim/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
