/**
 * Results of the editor features, in plain shapes close to LSP's (so the server maps them
 * one to one) but with no LSP import: the engine stays editor-agnostic.
 */
import type { CheckResult } from '../check.js';
import type { CatalogueRegistry } from '../catalogueRegistry.js';
import type { Lang } from '../types.js';
import type { Range } from '../yamlSource.js';

export interface LanguageContext {
  /** the latest check of the dossier the file belongs to */
  result: CheckResult;
  registry: CatalogueRegistry;
  /** the file, relative to the dossier root with `/` */
  path: string;
  /** its current text (the open buffer) */
  text: string;
  lang: Lang;
}

export type CompletionKind = 'value' | 'property' | 'file' | 'date' | 'enum' | 'reference' | 'text';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** shown on every row: `detail` right after the label, `description` after it (LSP's labelDetails) */
  labelDetails?: { detail?: string; description?: string };
  /** Markdown */
  documentation?: string;
  /** text that replaces `range` (defaults to the label) */
  insertText?: string;
  /** insertText is a snippet (`${1:a-evaluer}`: where the user types next; lines after the first indented relative to the line, i.e. to the indentation before `range`'s start); snippetText() gives its plain text */
  snippet?: boolean;
  range: Range;
  sortText?: string;
  filterText?: string;
}

export interface Hover { contents: string; range: Range }

export type SymbolKind = 'file' | 'module' | 'namespace' | 'object' | 'array' | 'string' | 'event' | 'key';
export interface DocumentSymbol { name: string; detail?: string; kind: SymbolKind; range: Range; selectionRange: Range; children: DocumentSymbol[] }

export interface Location { /** absolute path */ file: string; range: Range }

export type { CodeAction, TextEdit } from '../edits.js';

export interface CodeLens { range: Range; title: string; /** the criterion the lens is over (none on `manual:`) */ criterion?: string }
