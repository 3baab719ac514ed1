/**
 * The has-dossier VS Code extension: starts the language server and adds what only the editor
 * can show (status bar, commands). No rule logic here: everything comes from the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CoverageView, ReportPanel } from './coverageView';
import {
  CriteriaRequest,
  RECHECK_COMMAND,
  StatusNotification,
  type DossierTree,
  type InitializationOptions,
  type RecheckResult,
} from '../../protocol/src/index';
import { firstLevelAt, type Lang } from '../../engine/src/index.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    synchronize: { configurationSection: 'hasDossier' },
    outputChannelName: 'has-dossier',
    // the code lens over `criterion:` shows the criterion in the Dossier view
    initializationOptions: { codeLensCommand: 'hasDossier.showCriterion' } satisfies InitializationOptions,
  };
  client = new LanguageClient('hasDossier', 'has-dossier', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('hasDossier.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'has-dossier';
  status.command = 'workbench.actions.view.problems';
  status.text = '$(sync~spin) HAS';
  status.tooltip = vscode.l10n.t('has-dossier: checking the dossier…');
  status.show();
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand('hasDossier.check', async () => {
      // feedback while it runs (the status bar item spins) and once done (the counts, in the user's language)
      status.text = '$(sync~spin) HAS';
      const done = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('has-dossier: checking the dossier…') },
        () => client!.sendRequest<RecheckResult | null>('workspace/executeCommand', { command: RECHECK_COMMAND, arguments: [] }),
      );
      if (done?.message) void vscode.window.showInformationMessage(done.message);
    }),
    vscode.commands.registerCommand('hasDossier.newCriterion', () => newCriterionFile()),
    vscode.commands.registerCommand('hasDossier.showOutput', () => client?.outputChannel.show(true)),
  );
  const report = new ReportPanel(client);
  context.subscriptions.push(vscode.commands.registerCommand('hasDossier.openReport', () => report.open()));

  // the Dossier view before the server starts: the last session's tree at once (said so), else
  // the chapters of the catalogue dossier.yaml names (a workspace folder's), else VS Code's
  // progress bar until the server's first tree
  const view = new CoverageView(client, context.workspaceState, () => firstLevel(context));
  const tree = vscode.window.createTreeView('hasDossier.coverage', { treeDataProvider: view, showCollapseAll: true });
  view.view = tree;
  context.subscriptions.push(tree.onDidChangeVisibility(e => e.visible && view.onShown()));
  tree.message = view.keptMessage;
  context.subscriptions.push(
    tree,
    vscode.commands.registerCommand('hasDossier.showCriterion', async (id: string, uri?: string) => {
      const item = await view.find(id, uri);
      if (item) await tree.reveal(item, { select: true, focus: true, expand: true });
    }),
    vscode.commands.registerCommand('hasDossier.showGapsOnly', () => view.setGapsOnly(true)),
    vscode.commands.registerCommand('hasDossier.showAllRows', () => view.setGapsOnly(false)),
  );
  // (hasDossier.gapsOnly unset: the toolbar offers the filter)
  void vscode.commands.executeCommand('setContext', 'hasDossier.active', true);

  await client.start();
  // the server writes its first line itself, in the language of hasDossier.language once read
  context.subscriptions.push(
    client.onNotification(StatusNotification, s => {
      const errors = s.dossiers.reduce((n, d) => n + d.errors, 0);
      const warnings = s.dossiers.reduce((n, d) => n + d.warnings, 0);
      // the countdown to the nearest visit still to come (several dossiers: the soonest)
      const next = s.dossiers
        .map(d => d.visit?.daysLeft)
        .filter((n): n is number => n !== undefined && n >= 0)
        .sort((a, b) => a - b)[0];
      const soonest = s.dossiers.find(d => d.visit?.daysLeft === next)?.visit?.short;
      status.text = `$(checklist) HAS $(error) ${errors} $(warning) ${warnings}${soonest ? ` $(calendar) ${soonest}` : ''}`;
      status.tooltip = s.dossiers
        .map(d =>
          [
            d.summary,
            ...(d.readiness ? [`  ${d.readiness.text}${d.readiness.headline ? ` — ${d.readiness.headline}` : ''}`] : []),
            ...(d.visit ? [`  ${d.visit.countdown}`, `  ${d.visit.cycle}`] : []),
          ].join('\n'),
        )
        .join('\n');
      // no alarm colour: the counts say it, and a file being typed is often invalid for a moment
      // the view and the report follow every check (typing, files changed on disk)
      void view.refresh();
      // never revealed nor focused here: the user is typing
      if (report.isOpen) void report.refresh();
    }),
  );
  void view.refresh();
  void offerOneSyntaxReport(context);
}

/** The chapters of each workspace folder that is a dossier, as the engine reads them without a check. */
function firstLevel(context: vscode.ExtensionContext): DossierTree[] {
  const setting = vscode.workspace.getConfiguration('hasDossier').get<string>('language');
  // the server's choice (hasDossier.language, else the editor's language)
  const lang: Lang = setting === 'fr' || setting === 'en' ? setting : vscode.env.language.startsWith('fr') ? 'fr' : 'en';
  const schemas = context.asAbsolutePath('schemas');
  return (vscode.workspace.workspaceFolders ?? [])
    .filter(f => f.uri.scheme === 'file')
    .flatMap(f => {
      const nodes = firstLevelAt(f.uri.fsPath, schemas, lang);
      return nodes ? [{ root: f.uri.fsPath, rootUri: f.uri.toString(), nodes }] : [];
    });
}

/**
 * Red Hat's YAML extension reports the syntax errors of every YAML file it validates, in English,
 * at yaml's positions; has-dossier reports those of the dossier files in the user's language, at
 * the token. So that each shows once, has-dossier offers (once per workspace, never silently) to
 * turn Red Hat's validation off for this workspace; the user may keep both.
 */
async function offerOneSyntaxReport(context: vscode.ExtensionContext): Promise<void> {
  const redHat = vscode.extensions.getExtension('redhat.vscode-yaml');
  const KEY = 'hasDossier.yamlValidationAnswer';
  if (!redHat || context.workspaceState.get(KEY)) return;
  const yaml = vscode.workspace.getConfiguration('yaml');
  if (yaml.get<boolean>('validate') === false) return;
  const turnOff = vscode.l10n.t('Let has-dossier report them');
  const keep = vscode.l10n.t('Keep both');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t(
      "The YAML extension (Red Hat) also reports the syntax errors of the dossier files, in English: each would show twice. Turn the YAML extension's validation off in this workspace (yaml.validate: false in its settings)? has-dossier checks the dossier files; other YAML files of the workspace would no longer be validated.",
    ),
    turnOff,
    keep,
  );
  if (!answer) return; // asked again next time
  await context.workspaceState.update(KEY, answer === turnOff ? 'has-dossier' : 'both');
  if (answer === turnOff) await yaml.update('validate', false, vscode.ConfigurationTarget.Workspace);
}

/** Creates criteres/<id>.yaml from the catalogue, with every element `a-evaluer`; never overwrites. */
async function newCriterionFile(): Promise<void> {
  if (!client) return;
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const list = await client.sendRequest(CriteriaRequest, { uri });
  if (!list.criteria.length) {
    // an empty list says why (every criterion has its file, no catalogue), in the user's language
    void vscode.window.showInformationMessage(list.empty ?? '');
    return;
  }
  const pick = await vscode.window.showQuickPick(
    list.criteria.map(c => ({ label: c.level === 'imperatif' ? `$(warning) ${c.id}` : c.id, description: c.levelLabel, detail: c.title, criterion: c })),
    { placeHolder: vscode.l10n.t('Criterion to add to the dossier'), matchOnDetail: true },
  );
  if (!pick) return;
  const target = vscode.Uri.parse(pick.criterion.uri);
  try {
    await vscode.workspace.fs.stat(target);
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists: it was not changed.', target.fsPath));
  } catch {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(pick.criterion.text));
  }
  await vscode.window.showTextDocument(target);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
