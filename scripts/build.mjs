// Bundles the CLI (and, when present, the language server and the extension) with esbuild.
import { build } from 'esbuild';
import { existsSync, readFileSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true,
  minify: production, legalComments: 'none', logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(pkg.version) },
};
const entries = [
  { in: 'cli/src/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node', external: [] },
  // exceljs is large: only `catalogue import|template` of an .xlsx loads it
  { in: 'cli/src/xlsx.ts', out: 'dist/xlsx.js', external: [] },
  { in: 'server/src/main.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node', external: [] },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  await build({ ...common, entryPoints: [e.in], outfile: e.out, external: e.external, banner: e.banner ? { js: e.banner } : undefined });
  if (e.banner) chmodSync(e.out, 0o755);
}
