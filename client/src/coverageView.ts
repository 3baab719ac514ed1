/** The "Dossier" view: the coverage tree the server computes, as VS Code tree items. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface CoverageNode {
  id: string; label: string; description: string; kind: string; state: string; file?: string; line?: number; tooltip?: string; children: CoverageNode[];
}
interface DossierTree { root: string; rootUri: string; nodes: CoverageNode[] }
type Item = { node: CoverageNode; rootUri: string } | { dossier: DossierTree };

const ICON: Record<string, [string, string?]> = {
  conforme: ['pass-filled', 'testing.iconPassed'], partiel: ['circle-large-filled', 'list.warningForeground'],
  'non-conforme': ['error', 'list.errorForeground'], 'non-applicable': ['circle-slash'], 'a-evaluer': ['question'], missing: ['circle-large-outline', 'disabledForeground'],
  good: ['pass', 'testing.iconPassed'], fair: ['warning', 'list.warningForeground'], bad: ['error', 'list.errorForeground'], none: ['circle-large-outline', 'disabledForeground'],
};

export class CoverageView implements vscode.TreeDataProvider<Item> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private trees: DossierTree[] = [];

  constructor(private readonly client: LanguageClient) {}

  async refresh(): Promise<void> {
    this.trees = await this.client.sendRequest<DossierTree[]>('hasDossier/coverageTree', {});
    this.changed.fire();
  }

  getChildren(item?: Item): Item[] {
    if (!item) {
      if (this.trees.length === 1) return this.trees[0].nodes.map(node => ({ node, rootUri: this.trees[0].rootUri }));
      return this.trees.map(dossier => ({ dossier }));
    }
    if ('dossier' in item) return item.dossier.nodes.map(node => ({ node, rootUri: item.dossier.rootUri }));
    return item.node.children.map(node => ({ node, rootUri: item.rootUri }));
  }

  getTreeItem(item: Item): vscode.TreeItem {
    if ('dossier' in item) {
      const t = new vscode.TreeItem(vscode.Uri.parse(item.dossier.rootUri), vscode.TreeItemCollapsibleState.Expanded);
      t.iconPath = new vscode.ThemeIcon('book');
      return t;
    }
    const n = item.node;
    // chapters that hold criteria open at once; empty objectives have nothing to open
    const hasCriteria = n.kind === 'chapter' && n.children.some(o => o.children.length > 0);
    const expand = hasCriteria ? vscode.TreeItemCollapsibleState.Expanded
      : n.children.length && (n.kind !== 'objective' || n.children.length) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const t = new vscode.TreeItem(n.label, expand);
    t.id = `${item.rootUri}#${n.id}`;
    t.description = n.description;
    t.tooltip = n.tooltip ? new vscode.MarkdownString(`**${n.label}** — ${n.description}\n\n${n.tooltip}`) : `${n.label} — ${n.description}`;
    const [icon, color] = ICON[n.state] ?? ['circle-outline'];
    t.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
    t.contextValue = n.kind;
    if (n.file) {
      const uri = vscode.Uri.joinPath(vscode.Uri.parse(item.rootUri), ...n.file.split('/'));
      const line = Math.max(0, (n.line ?? 1) - 1);
      t.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection: new vscode.Range(line, 0, line, 0) }] };
    }
    return t;
  }
}

/** The HTML report in a webview; links open the file at the line. */
export async function openReport(client: LanguageClient, panelRef: { panel?: vscode.WebviewPanel }): Promise<void> {
  const render = async () => {
    const nonce = Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    const r = await client.sendRequest<{ root: string; html: string } | null>('hasDossier/reportHtml', { nonce });
    if (!r || !panelRef.panel) return;
    panelRef.panel.webview.html = r.html;
    return r.root;
  };
  if (panelRef.panel) { panelRef.panel.reveal(); await render(); return; }
  const panel = vscode.window.createWebviewPanel('hasDossier.report', vscode.l10n.t('Coverage report'), vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
  panelRef.panel = panel;
  panel.onDidDispose(() => { panelRef.panel = undefined; });
  const root = await render();
  panel.webview.onDidReceiveMessage(async (msg: { file: string; line: number }) => {
    if (!root || typeof msg?.file !== 'string') return;
    const uri = vscode.Uri.joinPath(vscode.Uri.file(root), ...msg.file.split('/'));
    const line = Math.max(0, (msg.line ?? 1) - 1);
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0), viewColumn: vscode.ViewColumn.Beside });
  });
}
