/**
 * Runs the extension tests in a real VS Code downloaded by @vscode/test-electron (machines with
 * access to the VS Code download servers: `npm run test:vscode`). The workspace is a copy of
 * examples/ch-exemple.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const extensionDevelopmentPath = path.resolve(__dirname, '../..');
  const extensionTestsPath = path.resolve(__dirname, 'suite', 'index.js');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-vscode-'));
  fs.cpSync(path.join(extensionDevelopmentPath, 'examples', 'ch-exemple'), workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--locale', 'fr'],
    extensionTestsEnv: { HAS_DOSSIER_TEST_WORKSPACE: workspace },
  });
}

main().catch(err => {
  console.error('Failed to run the VS Code tests:', err);
  process.exit(1);
});
