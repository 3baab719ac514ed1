/**
 * Quick fixes for findings: each rule proposes those of its own findings (`fix` in its module,
 * engine/src/rules/); this asks the rule of every finding under the range, fills in the titles
 * in the user's language and the file of each edit. A fix that throws proposes nothing.
 */
import { overlaps, type CodeAction } from '../edits.js';
import { RULES_BY_CODE } from '../rules/index.js';
import { FIX_MESSAGES } from '../rules/fixes.js';
import type { FixContext } from '../rules/rule.js';
import { format, type Finding } from '../types.js';
import type { Range } from '../yamlSource.js';
import type { LanguageContext } from './types.js';

export function getCodeActions(ctx: LanguageContext, range: Range, findings: Finding[]): CodeAction[] {
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
    const words = (id: string) => (rule.messages[ctx.lang] as Record<string, string | undefined>)[id] ?? (FIX_MESSAGES[ctx.lang] as Record<string, string | undefined>)[id];
    const fixCtx: FixContext = {
      result: ctx.result, lang: ctx.lang, file, src: file.source, entry, element,
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
      out.push({
        title: format(template, fix.params), kind: 'quickfix', fixes: f.code, ...(fix.isPreferred ? { isPreferred: true } : {}),
        edits: [...fix.edits.map(e => ({ file: ctx.path, ...e })), ...(fix.otherEdits ?? [])],
        ...(fix.createFiles ? { createFiles: fix.createFiles } : {}),
      });
    }
  }
  return out;
}
