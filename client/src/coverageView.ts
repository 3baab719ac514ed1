/** The "Dossier" view: the coverage tree the server computes, as VS Code tree items. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageTreeRequest, ReportHtmlRequest, type DossierTree } from '../../protocol/src/index';

type CoverageNode = DossierTree['nodes'][number];
type Item = { node: CoverageNode; rootUri: string } | { dossier: DossierTree };
const TREE_KEY = 'hasDossier.lastTree';

const ICON: Record<string, [string, string?]> = {
  conforme: ['pass-filled', 'testing.iconPassed'],
  partiel: ['circle-large-filled', 'list.warningForeground'],
  'non-conforme': ['error', 'list.errorForeground'],
  'non-applicable': ['circle-slash'],
  'a-evaluer': ['question'],
  missing: ['circle-large-outline', 'disabledForeground'],
  good: ['pass', 'testing.iconPassed'],
  fair: ['warning', 'list.warningForeground'],
  bad: ['error', 'list.errorForeground'],
  none: ['circle-large-outline', 'disabledForeground'],
  duplicate: ['files', 'list.warningForeground'],
  checking: ['loading~spin'],
};

export class CoverageView implements vscode.TreeDataProvider<Item> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private trees: DossierTree[] = [];
  /** the items given to VS Code, by id, and their parents: the same objects each time, so that reveal() finds them */
  private items = new Map<string, Item>();
  private parents = new Map<Item, Item | undefined>();
  /** the server's first tree: VS Code waits on it (its progress bar) instead of showing an empty view */
  private firstTree: Promise<void>;
  private gotFirst!: () => void;
  private fromServer = false;
  private laidOut = false;
  /** the server's tag of the trees shown, and whether a check came while the view was hidden */
  private tag?: string;
  private stale = false;
  /** the trees shown are the first level only (the catalogue's chapters, before the first check) */
  private firstLevelOnly = false;
  /** the "gaps only" toggle of the toolbar: criteria and elements with nothing left to do are hidden */
  private gapsOnly = false;
  view?: vscode.TreeView<Item>;

  /**
   * `memory`: the workspace's state, where the last tree is kept: at the next activation the view
   * shows it at once (said to be the last check's) while the server starts and checks. Nothing
   * kept: `firstLevel`, the chapters the catalogue gives without a check, is shown at once
   * instead, each chapter's rows and counts following with the server's first tree.
   */
  constructor(
    private readonly client: LanguageClient,
    private readonly memory?: vscode.Memento,
    firstLevel: () => DossierTree[] = () => [],
  ) {
    this.firstTree = new Promise(resolve => {
      this.gotFirst = resolve;
    });
    const kept = memory?.get<DossierTree[]>(TREE_KEY);
    if (Array.isArray(kept) && kept.length) this.trees = kept;
    else {
      this.trees = firstLevel();
      this.firstLevelOnly = this.trees.length > 0;
    }
  }

  /** Shown on top of the view while the tree is the last session's. */
  get keptMessage(): string | undefined {
    return this.trees.length && !this.fromServer && !this.firstLevelOnly ? vscode.l10n.t('As of the last check; checking the dossier again…') : undefined;
  }

  /**
   * After a check: the server's trees, unless they are the ones shown (then nothing changes, VS
   * Code renders nothing again). While the view is hidden nothing is asked: it is asked when the
   * view shows again (`force`: asked anyway, to find a criterion).
   */
  async refresh(force = false): Promise<void> {
    if (!force && this.fromServer && this.view && !this.view.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const r = await this.client.sendRequest(CoverageTreeRequest, { known: this.tag });
    this.tag = r.tag;
    if (!r.trees && this.fromServer) return;
    this.trees = r.trees ?? this.trees;
    this.fromServer = true;
    this.firstLevelOnly = false;
    this.items.clear();
    this.parents.clear();
    if (this.view) this.view.message = undefined;
    void this.memory?.update(TREE_KEY, this.trees);
    this.gotFirst();
    this.changed.fire();
  }

  /** Shown again after checks it did not follow: the latest tree. */
  onShown(): void {
    if (this.stale) void this.refresh();
  }

  setGapsOnly(on: boolean): void {
    this.gapsOnly = on;
    void vscode.commands.executeCommand('setContext', 'hasDossier.gapsOnly', on);
    this.items.clear();
    this.parents.clear();
    this.changed.fire();
  }

  private item(key: string, make: () => Item, parent: Item | undefined): Item {
    let it = this.items.get(key);
    if (!it) {
      it = make();
      this.items.set(key, it);
      this.parents.set(it, parent);
    }
    return it;
  }

  getChildren(item?: Item): Item[] | Promise<Item[]> {
    if (!item && !this.trees.length && !this.fromServer) return this.firstTree.then(() => this.children());
    // VS Code (1.100) lays the view's list out again when its message is set: the first rows,
    // given before its pane was laid out, showed only at the next change (the server's tree)
    if (!item && !this.fromServer && !this.laidOut) {
      this.laidOut = true;
      setTimeout(() => {
        if (this.view && !this.fromServer) this.view.message = this.keptMessage;
      }, 0);
    }
    // a chapter of the first level: its rows are the server's first tree's (the same chapter there, by id)
    if (item && 'node' in item && this.firstLevelOnly) {
      const id = `${item.rootUri}#${item.node.id}`;
      return this.firstTree.then(() => {
        const now = this.children().flatMap(it => ('dossier' in it ? this.children(it) : [it]));
        const same = now.find(it => 'node' in it && `${it.rootUri}#${it.node.id}` === id);
        return same ? this.children(same) : [];
      });
    }
    return this.children(item);
  }

  private children(item?: Item): Item[] {
    const shown = (n: CoverageNode) => !this.gapsOnly || n.gap || n.kind === 'chapter' || n.kind === 'objective';
    const nodes = (nodes: CoverageNode[], rootUri: string, parent: Item | undefined) =>
      nodes.filter(shown).map(node => this.item(`${rootUri}#${node.id}`, () => ({ node, rootUri }), parent));
    if (!item) {
      if (this.trees.length === 1) return nodes(this.trees[0].nodes, this.trees[0].rootUri, undefined);
      return this.trees.map(dossier => this.item(dossier.rootUri, () => ({ dossier }), undefined));
    }
    if ('dossier' in item) return nodes(item.dossier.nodes, item.dossier.rootUri, item);
    return nodes(item.node.children, item.rootUri, item);
  }

  getParent(item: Item): Item | undefined {
    return this.parents.get(item);
  }

  /** The criterion's item (its chapter and objective listed on the way, for reveal to expand them). */
  async find(criterion: string, rootUri?: string): Promise<Item | undefined> {
    if (!this.fromServer || this.stale) await this.refresh(true);
    const walk = (items: Item[]): Item | undefined => {
      for (const it of items) {
        if ('node' in it && it.node.id === `cr:${criterion}` && (!rootUri || it.rootUri === rootUri)) return it;
        if ('dossier' in it && rootUri && it.dossier.rootUri !== rootUri) continue;
        const found = 'node' in it && it.node.kind === 'criterion' ? undefined : walk(this.children(it));
        if (found) return found;
      }
      return undefined;
    };
    const found = walk(this.children());
    // hidden by the "gaps only" filter: every row shown again, so that the criterion can be
    if (!found && this.gapsOnly) {
      this.setGapsOnly(false);
      return walk(this.children());
    }
    return found;
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
    const expand = hasCriteria
      ? vscode.TreeItemCollapsibleState.Expanded
      : n.children.length && (n.kind !== 'objective' || n.children.length)
        ? vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.None;
    // Before the first check, a chapter is shown closed (VS Code would show no row before the rows
    // of an open one came), and with no id: the server's chapters are new rows, open as they say.
    const t = new vscode.TreeItem(n.label, this.firstLevelOnly ? vscode.TreeItemCollapsibleState.Collapsed : expand);
    if (!this.firstLevelOnly) t.id = `${item.rootUri}#${n.id}`;
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

/**
 * The HTML report in a webview. It never takes the keyboard: a re-render after a check only
 * replaces the page's content (posted to its script, or set while the tab is hidden), with no
 * reveal; the scroll position is kept in the webview's state, so it survives a re-render, a
 * hidden tab and a link click. Links open the file at the line, in an editor group other than
 * the report's.
 */
export class ReportPanel {
  private panel?: vscode.WebviewPanel;
  private readonly nonce = Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  private root?: string;
  /** the page last set as webview.html, the last one the page holds (set or posted), the latest rendered */
  private shown = '';
  private delivered = '';
  private latest = '';
  /** where the user left the page, as its script reports it: given back to a page set anew */
  private scroll = { x: 0, y: 0 };
  private rendering?: Promise<void>;
  private again = false;

  constructor(private readonly client: LanguageClient) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** The command: opens the report in the active group, or brings it to the front without taking the focus. */
  async open(): Promise<void> {
    if (this.panel) {
      this.panel.reveal(this.panel.viewColumn, true);
      await this.refresh();
      return;
    }
    const panel = vscode.window.createWebviewPanel('hasDossier.report', vscode.l10n.t('Coverage report'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [],
    });
    this.panel = panel;
    this.shown = this.delivered = this.latest = '';
    this.scroll = { x: 0, y: 0 };
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    // a hidden webview loses its page: shown again, it gets the latest one (at the same scroll)
    panel.onDidChangeViewState(() => {
      if (panel.visible && this.latest !== this.delivered) this.show(this.latest);
    });
    panel.webview.onDidReceiveMessage((msg: { type?: string; file?: string; line?: number }) => this.onMessage(msg));
    await this.refresh();
  }

  /** After each check: new content, same place, same focus. Checks that come during a render are folded into one. */
  refresh(): Promise<void> {
    if (!this.panel) return Promise.resolve();
    if (this.rendering) {
      this.again = true;
      return this.rendering;
    }
    this.rendering = (async () => {
      try {
        do {
          this.again = false;
          const r = await this.client.sendRequest(ReportHtmlRequest, { nonce: this.nonce });
          if (!r || !this.panel) return;
          this.root = r.root;
          this.latest = r.html;
          if (!this.shown || !this.panel.visible) this.show(this.latest);
          else if (this.latest !== this.delivered) await this.post(this.latest);
        } while (this.again);
      } finally {
        this.rendering = undefined;
      }
    })();
    return this.rendering;
  }

  private show(html: string): void {
    if (!this.panel) return;
    this.shown = this.delivered = html;
    this.panel.webview.html = withScrollKeeper(html, this.nonce, this.scroll);
  }

  private async post(html: string): Promise<void> {
    if (await this.panel?.webview.postMessage({ type: 'render', html })) this.delivered = html;
  }

  private async onMessage(msg: { type?: string; file?: string; line?: number; x?: number; y?: number }): Promise<void> {
    if (msg?.type === 'scroll') {
      if (typeof msg.x === 'number' && typeof msg.y === 'number') this.scroll = { x: msg.x, y: msg.y };
      return;
    }
    if (msg?.type === 'ready') {
      // a render posted while the page loaded may have been lost
      if (this.latest !== this.shown) await this.post(this.latest);
      return;
    }
    if (!this.root || typeof msg?.file !== 'string') return;
    const uri = vscode.Uri.joinPath(vscode.Uri.file(this.root), ...msg.file.split('/'));
    const line = Math.max(0, (msg.line ?? 1) - 1);
    // the file opens in the editor group next to the report (the one of the last text editor), never over it
    const other = vscode.window.visibleTextEditors.find(e => e.viewColumn !== undefined && e.viewColumn !== this.panel?.viewColumn)?.viewColumn;
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0), viewColumn: other ?? vscode.ViewColumn.Beside });
  }
}

/**
 * The webview's side: keeps the scroll position in the webview state (restored when the page is
 * set again, e.g. a hidden tab shown) and replaces the content in place when a render is posted.
 */
function withScrollKeeper(html: string, nonce: string, at: { x: number; y: number }): string {
  const script = `<script nonce="${nonce}">(() => {
  const api = typeof vscode !== 'undefined' ? vscode : acquireVsCodeApi();
  const keep = () => { api.setState({ ...(api.getState() || {}), scrollX: window.scrollX, scrollY: window.scrollY }); api.postMessage({ type: 'scroll', x: window.scrollX, y: window.scrollY }); };
  const restore = () => {
    const st = api.getState();
    const x = st && typeof st.scrollY === 'number' ? st.scrollX || 0 : ${Math.round(at.x)}, y = st && typeof st.scrollY === 'number' ? st.scrollY : ${Math.round(at.y)};
    if (window.scrollY !== y || window.scrollX !== x) window.scrollTo(x, y);
  };
  let pending = false;
  window.addEventListener('scroll', () => { if (pending) return; pending = true; requestAnimationFrame(() => { pending = false; keep(); }); }, { passive: true });
  window.addEventListener('message', e => {
    const m = e.data;
    if (!m || m.type !== 'render' || typeof m.html !== 'string') return;
    const x = window.scrollX, y = window.scrollY;
    const doc = new DOMParser().parseFromString(m.html, 'text/html');
    for (const s of doc.querySelectorAll('script')) s.remove();
    document.body.replaceChildren(...Array.from(doc.body.childNodes));
    window.scrollTo(x, y);
  });
  restore();
  window.addEventListener('load', restore);
  api.postMessage({ type: 'ready' });
})();</script>`;
  return html.includes('</body>') ? html.replace('</body>', `${script}</body>`) : html + script;
}
