import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, open } from '../helper';

suite('Hover', () => {
  test("the criterion code shows the manual's text", async () => {
    await activate();
    const editor = await open('criteres/3.4-05.yaml');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 13));
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /L'établissement pilote l'usage des dispositifs médicaux numériques professionnels/);
  });
});
