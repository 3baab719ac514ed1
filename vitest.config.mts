import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // every YAML text the suite parses (rule tables, hardening inputs, the servers and CLIs it
    // starts) is read by both the fast path and yaml, which must agree (engine/src/fastYaml.ts)
    env: { HAS_DOSSIER_CHECK_PARSER: '1' },
  },
});
