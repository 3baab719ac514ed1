/**
 * The client part of Red Hat's YAML extension (redhat.vscode-yaml), reduced to what reaches the
 * user's Problems panel: yaml-language-server started over Node IPC for the YAML files, the
 * `yaml.*` settings (and the editor's tab size) synchronised as Red Hat's client does, so that
 * `yaml.validate: false` in the workspace turns its diagnostics off. Bundled by the e2e test
 * (test/e2e/redHat.ts) with the server's absolute path; never shipped.
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

declare const YAML_LANGUAGE_SERVER: string;
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverOptions: ServerOptions = {
    run: { module: YAML_LANGUAGE_SERVER, transport: TransportKind.ipc },
    debug: { module: YAML_LANGUAGE_SERVER, transport: TransportKind.ipc },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'yaml' }, { pattern: '*.y(a)ml' }],
    // as Red Hat's client (src/extension.ts): these sections are sent on didChangeConfiguration
    synchronize: { configurationSection: ['yaml', 'http.proxy', 'http.proxyStrictSSL', 'editor.tabSize', '[yaml]'] },
  };
  client = new LanguageClient('yaml', 'YAML Support', serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
