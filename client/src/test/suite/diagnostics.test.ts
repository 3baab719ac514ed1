import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, fileUri, open, waitFor } from '../helper';

suite('Diagnostics', () => {
  test('the stale DMN cartography is an error on its line, for a file never opened', async () => {
    await activate();
    const uri = fileUri('criteres/3.4-05.yaml');
    const stale = await waitFor(() => vscode.languages.getDiagnostics(uri).find(d => d.code === 'stale-evidence'), 'stale-evidence');
    assert.strictEqual(stale.severity, vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual([stale.range.start.line, stale.range.start.character], [10, 14]);
  });

  test('typing a fresh date removes it', async () => {
    const editor = await open('criteres/3.4-05.yaml');
    await editor.edit(e => e.replace(new vscode.Range(10, 14, 10, 18), '2026'));
    await waitFor(() => !vscode.languages.getDiagnostics(editor.document.uri).some(d => d.code === 'stale-evidence'), 'stale-evidence gone');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
