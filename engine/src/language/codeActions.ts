/**
 * Quick fixes for findings: each rule proposes those of its own findings (`fix` in its module,
 * engine/src/rules/); this asks the rule of every finding under the range, fills in the titles
 * in the user's language and the file of each edit, and answers in LSP's CodeAction. A fix that
 * throws proposes nothing.
 */
import * as path from 'node:path';
import { overlaps, type FileEdit } from '../edits.js';
import { RULES_BY_CODE } from '../rules/index.js';
import { FIX_MESSAGES } from '../rules/fixes.js';
import type { FixContext } from '../rules/rule.js';
import { format, type Finding } from '../types.js';
import type { Range } from '../yamlSource.js';
import { snippetText } from './snippet.js';
import { uriOf, type CodeAction, type Diagnostic, type LanguageContext, type SnippetTextEdit, type TextEdit, type WorkspaceEdit } from './types.js';

/**
 * The quick fixes of the findings under `range`, each with the `diagnostics` (of the request's
 * context) it fixes, for the richest client: files created with `documentChanges` (a `create`
 * then its text), an edit with a snippet as `documentChanges` with LSP 3.18 snippet edits (the
 * cursor on the placeholder to type over), any other as `changes` by URI. A client without
 * resource operations takes no action that creates a file; one without snippet edits takes the
 * `changes` of the same text (`snippetText` of each snippet is its edit's text).
 */
export function getCodeActions(ctx: LanguageContext, range: Range, findings: Finding[], diagnostics: Diagnostic[] = []): CodeAction[] {
  const { dossier } = ctx.result;
  const file = dossier.files.find(f => f.path === ctx.path);
  if (!file) return [];
  const entry = dossier.criteria.find(e => e.file === file);
  const out: CodeAction[] = [];
  for (const f of findings) {
    if (f.file !== ctx.path || !overlaps(f.range, range)) continue;
    const rule = RULES_BY_CODE.get(f.code);
    if (!rule?.fix) continue;
    const element = entry && f.element ? entry.elements.find(e => e.code === f.element) : undefined;
    const words = (id: string) =>
      (rule.messages[ctx.lang] as Record<string, string | undefined>)[id] ?? (FIX_MESSAGES[ctx.lang] as Record<string, string | undefined>)[id];
    const fixCtx: FixContext = {
      result: ctx.result,
      lang: ctx.lang,
      file,
      src: file.source,
      entry,
      element,
      t: m => {
        const template = words(m.messageId);
        if (template === undefined) throw new Error(`unknown message id "${m.messageId}"`);
        return format(template, m.params);
      },
    };
    let fixes: ReturnType<NonNullable<typeof rule.fix>>;
    try {
      fixes = rule.fix(f, fixCtx);
    } catch {
      continue; // a broken fix must not cost the other findings their fixes
    }
    for (const fix of fixes) {
      const template = words(fix.messageId);
      if (template === undefined) continue;
      const edits = [...fix.edits.map(e => ({ file: ctx.path, ...e })), ...(fix.otherEdits ?? [])];
      out.push({
        title: format(template, fix.params),
        kind: 'quickfix',
        ...(fix.isPreferred ? { isPreferred: true } : {}),
        diagnostics: diagnostics.filter(d => d.code === f.code),
        edit: fix.createFiles?.length ? createEdit(ctx, fix.createFiles) : workspaceEdit(ctx, edits),
      });
    }
  }
  return out;
}

const fileUri = (ctx: LanguageContext, file: string) => uriOf(ctx, path.join(ctx.result.root, ...file.split('/')));

/** New files: each created (never over an existing one), then its text inserted. */
function createEdit(ctx: LanguageContext, files: { file: string; text: string }[]): WorkspaceEdit {
  const start = { line: 0, character: 0 };
  return {
    documentChanges: files.flatMap(f => {
      const uri = fileUri(ctx, f.file);
      return [
        { kind: 'create' as const, uri, options: { overwrite: false, ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: f.text }] },
      ];
    }),
  };
}

function workspaceEdit(ctx: LanguageContext, edits: FileEdit[]): WorkspaceEdit {
  // a snippet that would insert another text than the edit's is not offered (the plain edit is)
  const snippetOf = (e: FileEdit) => (e.snippet !== undefined && snippetText(e.snippet) === e.newText ? e.snippet : undefined);
  if (edits.some(e => snippetOf(e) !== undefined)) {
    const byUri = new Map<string, (TextEdit | SnippetTextEdit)[]>();
    for (const e of edits) {
      const uri = fileUri(ctx, e.file);
      if (!byUri.has(uri)) byUri.set(uri, []);
      const snippet = snippetOf(e);
      byUri.get(uri)!.push(snippet !== undefined ? { range: e.range, snippet: { kind: 'snippet', value: snippet } } : { range: e.range, newText: e.newText });
    }
    return { documentChanges: [...byUri].map(([uri, list]) => ({ textDocument: { uri, version: ctx.version?.(uri) ?? null }, edits: list })) };
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const e of edits) (changes[fileUri(ctx, e.file)] ??= []).push({ range: e.range, newText: e.newText });
  return { changes };
}
