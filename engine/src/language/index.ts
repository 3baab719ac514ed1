/** The editor features of the engine, one file each (as vscode-json-languageservice does). */
export { getCodeActions } from './codeActions.js';
export { findCodeLenses } from './codeLens.js';
export { doComplete } from './completion.js';
export { findDefinition } from './definition.js';
export { describeCode, doHover } from './hover.js';
export { findDocumentSymbols } from './symbols.js';
export type * from './types.js';
export { yamlContextAt } from './yamlContext.js';
export { escapeSnippet, indentContinuation, placeholder, snippetText } from './snippet.js';
export { countdownShort, logLine, statusTexts, statusWord, type StatusTexts } from './status.js';
