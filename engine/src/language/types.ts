/**
 * The editor features answer in LSP's own types, from `vscode-languageserver-types` (imported as
 * types only: the engine bundles no LSP code and no server). The server passes them on, adapted
 * to what its client can take (snippets, labelDetails, indentation mode, snippet edits).
 */
import type { CompletionItemKind, Hover, InsertTextFormat, InsertTextMode, MarkupContent, SymbolKind } from 'vscode-languageserver-types';
import { pathToFileURL } from 'node:url';
import type { CheckResult } from '../check.js';
import type { CatalogueRegistry } from '../catalogueRegistry.js';
import type { Lang } from '../types.js';

export type {
  CodeAction,
  CodeLens,
  CompletionItem,
  CreateFile,
  Diagnostic,
  DocumentSymbol,
  Location,
  SnippetTextEdit,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';

export interface LanguageContext {
  /** the latest check of the dossier the file belongs to */
  result: CheckResult;
  registry: CatalogueRegistry;
  /** the file, relative to the dossier root with `/` */
  path: string;
  /** its current text (the open buffer) */
  text: string;
  lang: Lang;
  /** the editor's URI of a file or folder (absolute path): an open document's own, else a `file:` URI (default: Node's) */
  uri?: (absPath: string) => string;
  /** the version of the open document at `uri`, null when it is not open (edits bound to a version) */
  version?: (uri: string) => number | null;
}

/** A hover whose contents are Markdown (every hover of the engine). */
export interface MarkdownHover extends Hover {
  contents: MarkupContent;
}

export function uriOf(ctx: LanguageContext, absPath: string): string {
  return ctx.uri ? ctx.uri(absPath) : pathToFileURL(absPath).href;
}

/*
 * LSP's numbers, each checked against the constant of vscode-languageserver-types (a wrong one
 * does not compile): its code is not bundled, only its types are read.
 */
export const COMPLETION_KIND = {
  value: 12 satisfies typeof CompletionItemKind.Value,
  property: 10 satisfies typeof CompletionItemKind.Property,
  file: 17 satisfies typeof CompletionItemKind.File,
  date: 21 satisfies typeof CompletionItemKind.Constant,
  enum: 20 satisfies typeof CompletionItemKind.EnumMember,
  reference: 18 satisfies typeof CompletionItemKind.Reference,
  text: 1 satisfies typeof CompletionItemKind.Text,
} as const;
export const SYMBOL_KIND = {
  file: 1 satisfies typeof SymbolKind.File,
  module: 2 satisfies typeof SymbolKind.Module,
  namespace: 3 satisfies typeof SymbolKind.Namespace,
  object: 19 satisfies typeof SymbolKind.Object,
  array: 18 satisfies typeof SymbolKind.Array,
  string: 15 satisfies typeof SymbolKind.String,
  event: 24 satisfies typeof SymbolKind.Event,
  key: 20 satisfies typeof SymbolKind.Key,
} as const;
export const SNIPPET_FORMAT = 2 satisfies typeof InsertTextFormat.Snippet;
export const ADJUST_INDENTATION = 2 satisfies typeof InsertTextMode.adjustIndentation;
export const AS_IS = 1 satisfies typeof InsertTextMode.asIs;
