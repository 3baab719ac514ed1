/**
 * The has-dossier protocol: the requests and notifications the language server and the editor
 * extension exchange beside LSP's own, each typed once (method, parameters, result). The server
 * (`server/src/server.ts`), the extension (`client/src/`), the LSP tests and the benchmarks import
 * them from here; no other file writes a `hasDossier/` method name (a lint rule keeps it so).
 *
 * It takes the engine's types only (`import type`, through the facade): bundled into the
 * extension, it brings no engine code with it.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { CoverageNode, CriterionToAdd, Readiness, SeveritySetting, Summary } from '../../engine/src/index.js';

/** The editor settings (section `hasDossier`), pulled with `workspace/configuration` or pushed. */
export interface Settings {
  /** YYYY-MM-DD, or empty for today */
  asOf: string;
  rules: Record<string, SeveritySetting>;
  /** auto: the editor's language */
  language: 'auto' | 'fr' | 'en';
}

/** `initializationOptions` of `initialize`. */
export interface InitializationOptions {
  /** settings for a client that neither pulls nor pushes them */
  settings?: Partial<Settings>;
  /** time after the last keystroke before a re-check (benchmarks: 0) */
  debounceMs?: number;
  /** a client command the criterion's code lens runs with (criterion id, dossier folder URI); none: a lens to read */
  codeLensCommand?: string;
}

/** One dossier's state after a check, with the words the editor shows (in the user's language). */
export interface DossierStatus extends Summary {
  root: string;
  manual?: string;
  asOf: string;
  readiness: Readiness & { declaredPercent: number; provenPercent: number; provenAtVisitPercent: number; text: string; headline: string | null };
  /** the tooltip line, the dossier named by its folder */
  summary: string;
  /** the feedback of "Check the dossier again" */
  checked: string;
  visit?: { start?: string; daysLeft?: number; countdown: string; cycle: string; short?: string };
}

export interface StatusParams {
  dossiers: DossierStatus[];
}

/** Sent after every check; also answered on request. */
export const StatusNotification = new NotificationType<StatusParams>('hasDossier/status');
export const StatusRequest = new RequestType0<StatusParams, void>('hasDossier/status');

export interface CriteriaParams {
  /** a file of the dossier meant (the active editor's); none: the first dossier */
  uri?: string;
}
export interface CriteriaResult {
  /** the scope's criteria without a file, impératifs first, each with the URI of the file to create */
  criteria: (CriterionToAdd & { uri: string })[];
  /** why the list is empty, in the user's language */
  empty?: string;
}
/** The criteria a dossier could add, or why there are none; the client writes the file. */
export const CriteriaRequest = new RequestType<CriteriaParams, CriteriaResult, void>('hasDossier/criteria');

export interface DossierTree {
  root: string;
  rootUri: string;
  nodes: CoverageNode[];
}
export interface CoverageTreeParams {
  /** the tag of the trees the view shows: when they are still the same, they are not sent again */
  known?: string;
}
export interface CoverageTreeResult {
  /** names these trees (a hash of them) */
  tag: string;
  /** absent when the tag is `known`'s: the view keeps what it shows */
  trees?: DossierTree[];
}
/** The coverage tree of every dossier (the editor's "Dossier" view), sent only when it changed. */
export const CoverageTreeRequest = new RequestType<CoverageTreeParams, CoverageTreeResult, void>('hasDossier/coverageTree');

export interface ReportHtmlParams {
  /** the dossier's folder; none: the first dossier */
  root?: string;
  /** the webview's script nonce */
  nonce: string;
}
/** The HTML report of a dossier for a webview (links post {file, line} through the script with `nonce`), or null. */
export const ReportHtmlRequest = new RequestType<ReportHtmlParams, { root: string; html: string } | null, void>('hasDossier/reportHtml');

/** Heap in use (after a collection when node runs with --expose-gc): for the soak test and for support. */
export const MemoryRequest = new RequestType0<NodeJS.MemoryUsage, void>('hasDossier/memory');

/** The `workspace/executeCommand` command that finds the dossiers again and checks them all; its result says what it found. */
export const RECHECK_COMMAND = 'hasDossier.recheck';
export interface RecheckResult {
  message: string;
}
