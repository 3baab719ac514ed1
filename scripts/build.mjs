// Bundles the CLI (and, when present, the language server and the extension) with esbuild.
import { build } from 'esbuild';
import { existsSync, readFileSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
// yaml 2.x reads process.env.LOG_TOKENS / LOG_STREAM (its own debugging switches) once per token;
// in Node each process.env read is a call into C++, about a fifth of the parse time of a large dossier
// (measured: 5,040 files parsed in 2.62 s → 2.03 s). The bundles take them as unset.
const yamlDebugSwitches = {
  name: 'yaml-without-debug-switches',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, args => {
      const source = readFileSync(args.path, 'utf8');
      const replaced = source.replace(/\bnode_process\.env\.LOG_(TOKENS|STREAM)\b/g, 'false');
      // loud when a new yaml changes this code: the switch (or this plugin) must be looked at again
      if (replaced === source) throw new Error(`${args.path}: LOG_TOKENS/LOG_STREAM not found; review scripts/build.mjs`);
      return { contents: replaced, loader: 'js' };
    });
  },
};
// The extension takes from the engine only what it shows before the language server answers (the
// first level of the Dossier view); the engine's modules declare rules, schemas and validators at
// their top level, which esbuild keeps unless told that a module nobody uses may be left out.
const engineWithoutSideEffects = {
  name: 'engine-without-side-effects',
  setup(b) {
    const engine = new URL('../engine/src/', import.meta.url).pathname;
    b.onResolve({ filter: /^\.\.?\// }, async args => {
      if (args.pluginData === 'engine') return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'engine' });
      return !r.errors.length && r.path.startsWith(engine) ? { ...r, sideEffects: false } : r;
    });
  },
};
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  plugins: [yamlDebugSwitches],
};
const entries = [
  { in: 'cli/src/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node', external: [] },
  // exceljs is large: only `catalogue import|template` of an .xlsx loads it
  { in: 'cli/src/xlsx.ts', out: 'dist/xlsx.js', external: [] },
  { in: 'server/src/main.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node', external: [] },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'], plugins: [engineWithoutSideEffects] },
];
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  await build({
    ...common,
    entryPoints: [e.in],
    outfile: e.out,
    external: e.external,
    banner: e.banner ? { js: e.banner } : undefined,
    plugins: [...common.plugins, ...(e.plugins ?? [])],
  });
  if (e.banner) chmodSync(e.out, 0o755);
}
