/**
 * The has-dossier language server: LSP wiring over the engine, and nothing else. It finds the
 * dossiers of the workspace, checks every file of each (open or not), keeps the diagnostics
 * current as the user types and as files change on disk, and answers the editor features by
 * calling the engine's language service.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import {
  CodeActionKind,
  DiagnosticSeverity,
  InsertTextFormat,
  InsertTextMode,
  type TextDocumentEdit,
  type TextEdit,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  buildReportModel,
  CatalogueRegistry,
  checkDossierAt,
  coverageTree,
  criteriaToAdd,
  l10n,
  renderReportHtml,
  doComplete,
  doHover,
  findCodeLenses,
  findDefinition,
  findDocumentSymbols,
  getCodeActions,
  isInside,
  countdownShort,
  logLine,
  statusTexts,
  statusWord,
  indentContinuation,
  locateSchemasDir,
  snippetText,
  parseCivilDate,
  RULE_CODES,
  SEVERITY_SETTINGS,
  lineReader,
  type CheckResult,
  type Finding,
  type Lang,
  type LanguageContext,
  type ParseCache,
} from '../../engine/src/index.js';
import { overlayHost } from './overlayHost.js';
import { findDossierRoots, readinessJson, rootOf, visitSummary } from '../../engine/src/index.js';
import {
  CoverageTreeRequest,
  type CoverageTreeResult,
  CriteriaRequest,
  MemoryRequest,
  RECHECK_COMMAND,
  ReportHtmlRequest,
  StatusNotification,
  StatusRequest,
  type InitializationOptions,
  type RecheckResult,
  type Settings,
  type StatusParams,
} from '../../protocol/src/index.js';

export type { Settings };

const DEFAULT_SETTINGS: Settings = { asOf: '', rules: {}, language: 'auto' };
/** Time after the last keystroke before a re-check. */
export const DEBOUNCE_MS = 120;

interface RootState {
  root: string;
  cache: ParseCache;
  result?: CheckResult;
  /** document versions the result was computed with */
  versions: Map<string, number>;
  /** diagnostics last sent, by URI, to send only what changed */
  published: Map<string, string>;
  timer?: NodeJS.Timeout;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const roots = new Map<string, RootState>();
  let folders: string[] = [];
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let debounceMs = DEBOUNCE_MS;
  let clientLocale = 'en';
  let canPullConfiguration = false;
  let canRegisterWatchers = false;
  let canReportProgress = false;
  let canCreateFiles = false;
  /** completion snippets, completion text the editor re-indents, snippet edits in code actions (LSP 3.18) */
  let canSnippetComplete = false;
  /** completion rows with their own details (LSP 3.17 labelDetails) */
  let canLabelDetails = false;
  let canAdjustIndentation = false;
  let canSnippetEdit = false;
  let hasWorkspaceFolders = false;
  /** a client command the criterion's code lens runs with (id, file URI), e.g. VS Code's "show in the Dossier view"; none: a lens to read */
  let codeLensCommand = '';
  /** settled once the dossiers are found and checked after `initialized`: a tree asked before waits for it instead of getting none */
  let firstCheckDone!: () => void;
  const firstCheck = new Promise<void>(resolve => {
    firstCheckDone = resolve;
  });
  const schemasDir = locateSchemasDir(__dirname);
  const registry = new CatalogueRegistry(schemasDir ?? path.join(__dirname, 'schemas'));

  const pathOf = (uri: string) => URI.parse(uri).fsPath;
  // only a document of the disk stands for a dossier file: a `git:` revision, a diff side or a
  // `vscode-notebook-cell:` with the same path is another text, and never replaces the file
  const isDiskDocument = (uri: string) => URI.parse(uri).scheme === 'file';
  const openDocs = new Map<string, TextDocument>(); // by absolute path
  const host = overlayHost(
    abs => openDocs.get(abs)?.getText(),
    () => [...openDocs.keys()],
  );
  const uriOf = (abs: string) => openDocs.get(abs)?.uri ?? URI.file(abs).toString();
  const documentVersion = (uri: string) => documents.get(uri)?.version ?? null;
  const lang = (): Lang => (settings.language === 'auto' ? (clientLocale.startsWith('fr') ? 'fr' : 'en') : settings.language);
  const log = (msg: string) => connection.console.log(`[has-dossier] ${msg}`);

  /** Every handler goes through here: an error is logged and answered with `fallback`, never fatal. */
  function guard<A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      try {
        return fn(...args);
      } catch (e) {
        connection.console.error(`[has-dossier] ${l10n.t(lang(), 'log.failed', { name, error: String((e as Error).stack ?? e) })}`);
        return fallback;
      }
    };
  }

  function discover(): void {
    const found = new Set(folders.flatMap(f => findDossierRoots(f)));
    for (const [root, state] of roots) {
      if (!found.has(root)) {
        clearRoot(state);
        roots.delete(root);
      }
    }
    for (const root of found) if (!roots.has(root)) roots.set(root, { root, cache: new Map(), versions: new Map(), published: new Map() });
    log(logLine(lang(), { dossiers: [...roots.keys()] }));
  }

  function clearRoot(state: RootState): void {
    clearTimeout(state.timer);
    for (const uri of state.published.keys()) connection.sendDiagnostics({ uri, diagnostics: [] });
    state.published.clear();
  }

  function check(state: RootState): CheckResult {
    clearTimeout(state.timer);
    state.timer = undefined;
    const started = performance.now();
    const asOf = parseCivilDate(settings.asOf.trim());
    const result = checkDossierAt(state.root, host, registry, { asOf, lang: lang(), ruleOverrides: settings.rules, cache: state.cache });
    state.result = result;
    state.versions = new Map([...openDocs.values()].map(d => [pathOf(d.uri), d.version]));
    publish(state, result);
    log(logLine(lang(), { root: state.root, ms: performance.now() - started, errors: result.summary.errors, warnings: result.summary.warnings }));
    return result;
  }

  function publish(state: RootState, result: CheckResult): void {
    const byUri = new Map<string, Diagnostic[]>();
    const files = [...result.dossier.files.map(f => f.path), ...result.dossier.unreadable.map(u => u.path), ...result.findings.map(f => f.file)];
    for (const f of files) byUri.set(uriOf(path.join(state.root, ...f.split('/'))), []);
    if (result.fatal && result.fatal.kind === 'no-manifest') log(result.fatal.message);
    for (const f of result.findings) byUri.get(uriOf(path.join(state.root, ...f.file.split('/'))))!.push(toDiagnostic(f));
    for (const uri of state.published.keys()) if (!byUri.has(uri)) byUri.set(uri, []);
    for (const [uri, diagnostics] of byUri) {
      const key = JSON.stringify(diagnostics);
      if (state.published.get(uri) === key) continue;
      if (diagnostics.length || state.published.has(uri)) connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length) state.published.set(uri, key);
      else state.published.delete(uri);
    }
    connection.sendNotification(StatusNotification, statusOf());
  }

  /** A dossier by its folder, relative to the workspace folder that holds it (its name when it is that folder). */
  function nameOf(root: string): string {
    const folder = folders.find(f => isInside(f, root));
    const rel = folder ? path.relative(folder, root).split(path.sep).join('/') : '';
    return rel ? `${path.basename(folder!)}/${rel}` : path.basename(root);
  }

  function statusOf(): StatusParams {
    return {
      dossiers: [...roots.values()]
        .filter(s => s.result)
        .map(s => {
          const visit = visitSummary(s.result!.dossier.manifest, s.result!.catalogue, s.result!.asOf, lang());
          return {
            root: s.root,
            manual: s.result!.catalogue?.id,
            asOf: s.result!.asOf,
            ...s.result!.summary,
            readiness: readinessJson({ ...s.result!, lang: lang() }),
            // the words the status bar shows: named by the dossier's folder (never its absolute path)
            ...statusTexts(s.result!, nameOf(s.root), lang()),
            visit: visit && { ...visit, ...(visit.daysLeft !== undefined && visit.daysLeft >= 0 ? { short: countdownShort(visit.daysLeft, lang()) } : {}) },
          };
        }),
    };
  }

  function toDiagnostic(f: Finding): Diagnostic {
    const severity = f.waived
      ? DiagnosticSeverity.Hint
      : f.severity === 'error'
        ? DiagnosticSeverity.Error
        : f.severity === 'warning'
          ? DiagnosticSeverity.Warning
          : DiagnosticSeverity.Information;

    return {
      range: f.range,
      severity,
      code: f.code,
      source: 'has-dossier',
      message: f.waived ? l10n.t(lang(), 'summary.waivedDiagnostic', { reason: f.waived.reason, message: f.message }) : f.message,
      data: { criterion: f.criterion, element: f.element },
    };
  }

  function schedule(state: RootState, delay = debounceMs): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(
      guard('check', undefined, () => {
        check(state);
      }),
      delay,
    );
  }

  /** The up-to-date result for a file: re-checks now when an edit is still waiting for its debounce. */
  function contextFor(uri: string): LanguageContext | undefined {
    if (!isDiskDocument(uri)) return undefined;
    const abs = pathOf(uri);
    const root = rootOf(roots.keys(), abs);
    if (!root) return undefined;
    const state = roots.get(root)!;
    const doc = documents.get(uri);
    const stale = !state.result || state.timer !== undefined || (doc && state.versions.get(abs) !== doc.version);
    const result = stale ? check(state) : state.result!;
    const rel = path.relative(root, abs).split(path.sep).join('/');
    return {
      result,
      registry,
      path: rel,
      text: doc?.getText() ?? result.dossier.files.find(f => f.path === rel)?.source.text ?? '',
      lang: lang(),
      uri: uriOf,
      version: documentVersion,
    };
  }

  /** Settings from the client: pulled (`workspace/configuration`) or pushed (`didChangeConfiguration` params, e.g. Neovim). */
  function applySettings(conf: Partial<Settings> | null | undefined): void {
    settings = {
      asOf: typeof conf?.asOf === 'string' ? conf.asOf : '',
      rules:
        conf?.rules && typeof conf.rules === 'object'
          ? (Object.fromEntries(
              Object.entries(conf.rules).filter(
                ([k, v]) => (RULE_CODES as readonly string[]).includes(k) && (SEVERITY_SETTINGS as readonly string[]).includes(v as string),
              ),
            ) as Settings['rules'])
          : {},
      language: conf?.language === 'fr' || conf?.language === 'en' ? conf.language : 'auto',
    };
  }

  async function pullSettings(): Promise<void> {
    if (!canPullConfiguration) return;
    const [conf] = (await connection.workspace.getConfiguration([{ section: 'hasDossier' }])) as [Partial<Settings> | null];
    applySettings(conf);
  }

  async function checkAll(): Promise<void> {
    const states = [...roots.values()];
    const progress = canReportProgress && states.length ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('has-dossier', 0, l10n.t(lang(), 'status.checking'), false);
    states.forEach((state, i) => {
      progress?.report(Math.round((i / states.length) * 100), path.basename(state.root));
      guard('check', undefined, () => {
        check(state);
      })();
    });
    progress?.done();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale ?? 'en';
    const caps = params.capabilities;
    canPullConfiguration = Boolean(caps.workspace?.configuration);
    canRegisterWatchers = Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    canReportProgress = Boolean(caps.window?.workDoneProgress);
    canCreateFiles = Boolean(caps.workspace?.workspaceEdit?.resourceOperations?.includes('create'));
    canSnippetComplete = Boolean(caps.textDocument?.completion?.completionItem?.snippetSupport);
    canLabelDetails = Boolean(caps.textDocument?.completion?.completionItem?.labelDetailsSupport);
    canAdjustIndentation = Boolean(caps.textDocument?.completion?.completionItem?.insertTextModeSupport?.valueSet?.includes(InsertTextMode.adjustIndentation));
    canSnippetEdit = Boolean((caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport);
    hasWorkspaceFolders = Boolean(caps.workspace?.workspaceFolders);
    const init = params.initializationOptions as InitializationOptions | undefined;
    if (typeof init?.codeLensCommand === 'string') codeLensCommand = init.codeLensCommand;
    if (init?.settings) applySettings(init.settings);
    // benchmarks measure the processing itself with 0; editors keep the default
    if (typeof init?.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
    folders = params.workspaceFolders?.length ? params.workspaceFolders.map(f => pathOf(f.uri)) : params.rootUri ? [pathOf(params.rootUri)] : [];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        completionProvider: { triggerCharacters: [' ', ':', '-', '/', '.', '['] },
        hoverProvider: true,
        documentSymbolProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [RECHECK_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'has-dossier', version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canRegisterWatchers) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    if (hasWorkspaceFolders)
      connection.workspace.onDidChangeWorkspaceFolders(
        guard('folders', undefined, async e => {
          folders = folders.filter(f => !e.removed.some(r => pathOf(r.uri) === f)).concat(e.added.map(a => pathOf(a.uri)));
          discover();
          await checkAll();
        }),
      );
    await pullSettings().catch(e => log(l10n.t(lang(), 'log.settingsFailed', { error: String(e) })));
    // said once the settings are known, in the language they choose
    if (!schemasDir) connection.window.showErrorMessage(l10n.t(lang(), 'status.noSchemas'));
    log(statusWord(lang(), 'started'));
    discover();
    try {
      await checkAll();
    } finally {
      firstCheckDone();
    }
  });

  connection.onDidChangeConfiguration(
    guard('configuration', undefined, async params => {
      const pushed = (params.settings as { hasDossier?: Partial<Settings> } | null)?.hasDossier;
      if (canPullConfiguration) await pullSettings();
      else if (pushed) applySettings(pushed);
      log(logLine(lang(), { settings }));
      await checkAll();
    }),
  );

  /** the open events the open handler has dealt with: the change event fired with each (the same object) is not a change */
  const opened = new WeakSet<object>();
  documents.onDidOpen(
    guard('open', undefined, e => {
      if (!isDiskDocument(e.document.uri)) return;
      const abs = pathOf(e.document.uri);
      openDocs.set(abs, e.document);
      const root = rootOf(roots.keys(), abs);
      if (!root) return; // a dossier.yaml outside every dossier: the change handler looks for the new dossier
      opened.add(e);
      const state = roots.get(root)!;
      // the text the last check read from disk: that check stands for this version, and nothing is checked again
      const unchanged =
        state.result !== undefined &&
        state.timer === undefined &&
        state.result.dossier.files.find(f => f.absPath === abs)?.source.text === e.document.getText();
      if (!unchanged) return schedule(state, 0);
      state.versions.set(abs, e.document.version);
      // its diagnostics were sent under the file's URI: sent again under the document's own when the editor spells it otherwise
      if (URI.file(abs).toString() !== e.document.uri) publish(state, state.result!);
    }),
  );
  documents.onDidChangeContent(
    guard('change', undefined, e => {
      if (!isDiskDocument(e.document.uri) || opened.has(e)) return;
      const abs = pathOf(e.document.uri);
      openDocs.set(abs, e.document);
      const root = rootOf(roots.keys(), abs);
      if (root) schedule(roots.get(root)!);
      else if (path.basename(abs) === 'dossier.yaml') {
        discover();
        void checkAll();
      }
    }),
  );
  documents.onDidClose(
    guard('close', undefined, e => {
      if (!isDiskDocument(e.document.uri)) return;
      const abs = pathOf(e.document.uri);
      if (openDocs.get(abs)?.uri !== e.document.uri) return;
      openDocs.delete(abs);
      const root = rootOf(roots.keys(), abs);
      if (root) schedule(roots.get(root)!, 0); // the disk wins again
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, e => {
      let rediscover = false;
      const touched = new Set<RootState>();
      for (const change of e.changes) {
        const abs = pathOf(change.uri);
        if (path.basename(abs) === 'dossier.yaml' && change.type !== FileChangeType.Changed) rediscover = true;
        // forget what was known of the file: its stamp could be equal across two quick writes of the same size
        for (const s of roots.values()) s.cache.delete(abs);
        const root = rootOf(roots.keys(), abs);
        if (root) touched.add(roots.get(root)!);
        // a dossier's own catalogue (`manual: ./grille.json`), wherever it lies: re-checked with the new version
        for (const s of roots.values()) if (s.result?.catalogue?.origin === abs) touched.add(s);
      }
      if (rediscover) {
        discover();
        void checkAll();
        return;
      }
      for (const s of touched) schedule(s, 50);
    }),
  );

  // The engine answers in LSP's types for the richest client; what follows only takes away what
  // this client cannot take (snippets, labelDetails, the indentation mode, snippet edits, file creation).

  connection.onCompletion(
    guard('completion', [], params => {
      const ctx = contextFor(params.textDocument.uri);
      if (!ctx) return [];
      // continuation lines: relative for an editor that indents them like the line before the edit (VS Code does), else absolute
      const line = lineReader(ctx.text)(params.position.line) ?? '';
      return doComplete(ctx, params.position).map(i => {
        const out = { ...i };
        const edit = i.textEdit as TextEdit;
        let newText = edit.newText;
        if (i.insertTextFormat === InsertTextFormat.Snippet && !canSnippetComplete) {
          newText = snippetText(newText);
          delete out.insertTextFormat;
        }
        if (i.insertTextMode === InsertTextMode.adjustIndentation && !canAdjustIndentation) {
          newText = indentContinuation(newText, /^[ \t]*/.exec(line.slice(0, edit.range.start.character))![0]);
          out.insertTextMode = InsertTextMode.asIs;
        }
        if (!canLabelDetails) delete out.labelDetails;
        out.textEdit = { range: edit.range, newText };
        return out;
      });
    }),
  );

  connection.onHover(
    guard('hover', null, params => {
      const ctx = contextFor(params.textDocument.uri);
      return (ctx && doHover(ctx, params.position)) ?? null;
    }),
  );

  connection.onDocumentSymbol(
    guard('symbols', [], params => {
      const ctx = contextFor(params.textDocument.uri);
      return ctx ? findDocumentSymbols(ctx) : [];
    }),
  );

  connection.onDefinition(
    guard('definition', [], params => {
      const ctx = contextFor(params.textDocument.uri);
      return ctx ? findDefinition(ctx, params.position) : [];
    }),
  );

  connection.onCodeAction(
    guard('code actions', [], params => {
      const ctx = contextFor(params.textDocument.uri);
      if (!ctx) return [];
      return getCodeActions(ctx, params.range, ctx.result.findings, params.context.diagnostics).flatMap((a): CodeAction[] => {
        const changes = a.edit?.documentChanges ?? [];
        if (changes.some(c => 'kind' in c && c.kind === 'create')) return canCreateFiles ? [a] : [];
        if (canSnippetEdit || !changes.length) return [a];
        // the same text as plain edits, by URI
        const byUri: Record<string, TextEdit[]> = {};
        for (const c of changes as TextDocumentEdit[]) {
          for (const e of c.edits)
            (byUri[c.textDocument.uri] ??= []).push({ range: e.range, newText: 'snippet' in e ? snippetText(e.snippet.value) : e.newText });
        }
        return [{ ...a, edit: { changes: byUri } }];
      });
    }),
  );

  connection.onCodeLens(
    guard('code lens', [], params => {
      const ctx = contextFor(params.textDocument.uri);
      return ctx ? findCodeLenses(ctx, codeLensCommand) : [];
    }),
  );

  connection.onExecuteCommand(
    guard('command', undefined, async (params): Promise<RecheckResult | undefined> => {
      if (params.command === RECHECK_COMMAND) {
        discover();
        await checkAll();
        // what the editor says once it is done: each dossier's counts, or that there is none
        const done = [...roots.values()].filter(s => s.result).map(s => statusTexts(s.result!, nameOf(s.root), lang()).checked);
        return { message: done.length ? done.join(' ') : statusWord(lang(), 'noDossier') };
      }
    }),
  );

  /** The criteria a dossier could add (its scope's, without a file, impératifs first), or why there are none; the client writes the file. */
  connection.onRequest(
    CriteriaRequest,
    guard('criteria', { criteria: [] }, params => {
      const root = (params?.uri && rootOf(roots.keys(), pathOf(params.uri))) || [...roots.keys()][0];
      const state = root ? roots.get(root) : undefined;
      const result = state?.result ?? (state && check(state));
      if (!result || !root) return { criteria: [], empty: l10n.t(lang(), 'new.noDossier') };
      const list = criteriaToAdd(result);
      return { ...list, criteria: list.criteria.map(c => ({ ...c, uri: URI.file(path.join(root, c.path)).toString() })) };
    }),
  );
  connection.onRequest(StatusRequest, () => statusOf());
  /** Heap in use (after a collection when node runs with --expose-gc): for the soak test and for support. */
  connection.onRequest(MemoryRequest, () => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage();
  });

  /** The coverage tree of every dossier (the editor's "Dossier" view). */
  /** Asked before the first check (the editor opens its view at once), it is answered after it, from its result. */
  /** Unchanged since the client's `known` tag (a check that changed nothing the view shows): only the tag is sent. */
  connection.onRequest(CoverageTreeRequest, async params => {
    await firstCheck;
    return guard('coverage tree', { tag: '', trees: [] }, (): CoverageTreeResult => {
      const trees = [...roots.values()].flatMap(state => {
        const result = state.result ?? check(state);
        return result.catalogue ? [{ root: state.root, rootUri: URI.file(state.root).toString(), nodes: coverageTree(buildReportModel(result)) }] : [];
      });
      const tag = createHash('sha1').update(JSON.stringify(trees)).digest('base64');
      return params?.known === tag ? { tag } : { tag, trees };
    })();
  });

  /** The HTML report of a dossier, for a webview: links post {file, line} through a script with `nonce`. */
  connection.onRequest(
    ReportHtmlRequest,
    guard('report', null, params => {
      const state = (params.root && roots.get(params.root)) || [...roots.values()][0];
      if (!state) return null;
      const result = state.result ?? check(state);
      if (!result.catalogue) return null;
      // a fragment that names no element: the webview's own link handling scrolls to the top on href="#"
      // (and opens anything else itself); the page's script posts {file, line} to the client instead
      const link = (file: string, line: number) => `#${encodeURIComponent(`${file}:${line}`)}`;
      return { root: state.root, html: renderReportHtml(buildReportModel(result), { link, webviewNonce: params.nonce }) };
    }),
  );

  documents.listen(connection);
  connection.listen();
}

declare const __VERSION__: string;
