/**
 * Builds the stand-in for Red Hat's YAML extension (test/e2e/redhat-yaml/) into a .vsix that
 * code-server installs beside has-dossier: its client bundled with vscode-languageclient, the
 * server taken from this repository's node_modules/yaml-language-server (the benchmark's).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { REPO } from './codeServer.js';

export function buildRedHatYaml(): string {
  const src = path.join(REPO, 'test', 'e2e', 'redhat-yaml');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-e2e-redhat-yaml-'));
  fs.copyFileSync(path.join(src, 'package.json'), path.join(out, 'package.json'));
  buildSync({
    entryPoints: [path.join(src, 'extension.ts')],
    outfile: path.join(out, 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'error',
    define: { YAML_LANGUAGE_SERVER: JSON.stringify(path.join(REPO, 'node_modules', 'yaml-language-server', 'out', 'server', 'src', 'server.js')) },
  });
  // packaged, so that code-server installs it as a user does (a folder merely copied is removed)
  fs.writeFileSync(path.join(out, 'LICENSE'), 'Test stand-in, not distributed.\n');
  const vsix = path.join(out, 'redhat.vscode-yaml.vsix');
  execFileSync(
    path.join(REPO, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix],
    { cwd: out, stdio: 'pipe' },
  );
  return vsix;
}
