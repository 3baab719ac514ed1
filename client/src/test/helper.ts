/** Activates the extension, opens a file of the test workspace, and waits on concrete conditions. */
import * as path from 'node:path';
import * as vscode from 'vscode';

export const workspace = (): string => process.env.HAS_DOSSIER_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0].uri.fsPath;
export const fileUri = (rel: string): vscode.Uri => vscode.Uri.file(path.join(workspace(), rel));

export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension('has-dossier.has-dossier')!;
  await ext.activate();
  await vscode.workspace.getConfiguration('hasDossier').update('asOf', '2026-11-23', vscode.ConfigurationTarget.Workspace);
}

export async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(rel));
  return vscode.window.showTextDocument(doc);
}

export async function waitFor<T>(get: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}
