// Bundles the @vscode/test-electron suite (client/src/test) into out/test for `npm run test:vscode`.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode', 'mocha', '@vscode/test-electron'],
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['client/src/test/runTest.ts'], outfile: 'out/test/runTest.js' });
await build({
  ...common,
  entryPoints: [
    'client/src/test/suite/index.ts',
    'client/src/test/suite/diagnostics.test.ts',
    'client/src/test/suite/completion.test.ts',
    'client/src/test/suite/hover.test.ts',
  ],
  outdir: 'out/test/suite',
});
