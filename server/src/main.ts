/**
 * has-dossier-language-server: `--stdio` (default), `--node-ipc` or `--socket=N`, as
 * vscode-languageserver understands them. Errors never bring the process down.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(
    'Usage: has-dossier-language-server [--stdio | --node-ipc | --socket=PORT]\n\nThe has-dossier language server (LSP 3.17): diagnostics, completion, hover, symbols, definitions, code actions and code lenses for HAS certification dossiers.\n',
  );
  process.exit(0);
}
if (process.argv.includes('--version')) {
  process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0'}\n`);
  process.exit(0);
}
if (!process.argv.some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', e => connection.console.error(`[has-dossier] uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', e => connection.console.error(`[has-dossier] unhandled rejection: ${(e as Error)?.stack ?? e}`));
startServer(connection);

declare const __VERSION__: string;
