import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, open } from '../helper';

suite('Completion', () => {
  test('after `ee` inside `elements:` only the missing ee codes are offered', async () => {
    await activate();
    const editor = await open('criteres/3.4-06.yaml');
    const doc = editor.document;
    await editor.edit(e => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), 'criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme\n  ee\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(4, 4));
    const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label)).filter(l => /^ee\d\d$/.test(l));
    assert.deepStrictEqual(labels.sort(), ['ee02', 'ee03', 'ee04']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
