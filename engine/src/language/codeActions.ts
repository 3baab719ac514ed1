/**
 * Quick fixes for findings: add the missing elements, replace a near-miss code, insert a
 * justification placeholder, add a review action for a stale document, create a missing
 * criterion file. Edits are computed on the text the findings were computed on.
 */
import * as path from 'node:path';
import type { Node } from 'yaml';
import { addDuration } from '../dates.js';
import type { CriterionEntry, ElementEntry } from '../model.js';
import { criterionFileText } from '../scaffold.js';
import type { Finding } from '../types.js';
import { nodeRange, positionAt, type Position, type Range, type YamlSource } from '../yamlSource.js';
import type { CodeAction, LanguageContext, TextEdit } from './types.js';

const T = {
  fr: {
    addMissing: 'Ajouter les éléments manquants ({list})', replace: 'Remplacer par « {r} »',
    justify: 'Ajouter une justification', justification: "<à compléter : pourquoi cet élément ne s'applique pas>",
    review: 'Ajouter une action de mise à jour du document', reviewTitle: 'Mettre à jour « {t} »',
    create: 'Créer {f}',
  },
  en: {
    addMissing: 'Add the missing elements ({list})', replace: 'Replace with "{r}"',
    justify: 'Add a justification', justification: '<to complete: why this element does not apply>',
    review: 'Add an action to update the document', reviewTitle: 'Update "{t}"',
    create: 'Create {f}',
  },
};

const fill = (s: string, p: Record<string, string>) => s.replace(/\{(\w)\w*\}/g, (m, k: string) => p[k] ?? m);

export function getCodeActions(ctx: LanguageContext, range: Range, findings: Finding[]): CodeAction[] {
  const t = T[ctx.lang];
  const { dossier } = ctx.result;
  const file = dossier.files.find(f => f.path === ctx.path);
  if (!file) return [];
  const src = file.source;
  const entry = dossier.criteria.find(e => e.file === file);
  const out: CodeAction[] = [];
  for (const f of findings) {
    if (f.file !== ctx.path || !overlaps(f.range, range)) continue;
    const data = f.data ?? {};
    if (typeof data.replacement === 'string') {
      out.push({ title: fill(t.replace, { r: data.replacement }), kind: 'quickfix', fixes: f.code, isPreferred: true, edits: [{ file: ctx.path, range: f.range, newText: data.replacement }] });
    }
    if (f.code === 'missing-element' && entry && Array.isArray(data.missing)) {
      const edit = addElements(src, entry, data.missing as string[]);
      if (edit) out.push({ title: fill(t.addMissing, { l: (data.missing as string[]).join(', ') }), kind: 'quickfix', fixes: f.code, isPreferred: true, edits: [{ file: ctx.path, ...edit }] });
    }
    const element = entry && f.element ? entry.elements.find(e => e.code === f.element) : undefined;
    if (f.code === 'missing-justification' && element?.status) {
      const indent = ' '.repeat(lineIndent(src, element.status.node));
      out.push({ title: t.justify, kind: 'quickfix', fixes: f.code, isPreferred: true, edits: [{ file: ctx.path, ...insertAfterLineOf(src, element.status.node, `${indent}justification: ${JSON.stringify(t.justification)}\n`) }] });
    }
    if ((f.code === 'stale-evidence' || f.code === 'stale-at-visit' || f.code === 'expired-evidence') && element) {
      const ev = element.evidence.find(e => [e.date?.node, e.expires?.node].some(n => n && sameStart(nodeRange(src, n), f.range)));
      const due = typeof data.validThrough === 'string' && data.validThrough > ctx.result.asOf ? data.validThrough : addDuration(ctx.result.asOf, { amount: 1, unit: 'month', text: '' });
      const edit = addAction(src, element, fill(t.reviewTitle, { t: ev?.title ?? 'document' }), due);
      if (edit) out.push({ title: t.review, kind: 'quickfix', fixes: f.code, edits: [{ file: ctx.path, ...edit }] });
    }
    if (f.code === 'missing-criterion' && typeof data.criterion === 'string') {
      const cr = ctx.result.catalogue?.criteria.get(data.criterion);
      const target = `criteres/${data.criterion}.yaml`;
      if (cr && dossier.host.kind(path.join(dossier.root, 'criteres', `${data.criterion}.yaml`)) === undefined) {
        out.push({ title: fill(t.create, { f: target }), kind: 'quickfix', fixes: f.code, edits: [], createFiles: [{ file: target, text: criterionFileText(cr) }] });
      }
    }
  }
  return out;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameStart(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character;
}

function lineIndent(src: YamlSource, node: Node): number {
  const line = src.text.split(/\r?\n/)[nodeRange(src, node).start.line] ?? '';
  return line.length - line.trimStart().length;
}

/** An insertion at the start of the line after the one where `node` ends. */
function insertAfterLineOf(src: YamlSource, node: Node, text: string, end = node.range![1]): Omit<TextEdit, 'file'> {
  const p = positionAt(src, end);
  const lineCount = src.lineStarts.length;
  const lastLine = p.character === 0 && p.line > 0 ? p.line - 1 : p.line;
  if (lastLine + 1 >= lineCount) {
    const eol = positionAt(src, src.text.length);
    return { range: { start: eol, end: eol }, newText: (src.text.endsWith('\n') ? '' : '\n') + text };
  }
  const at = { line: lastLine + 1, character: 0 };
  return { range: { start: at, end: at }, newText: text };
}

function addElements(src: YamlSource, entry: CriterionEntry, missing: string[]): Omit<TextEdit, 'file'> | undefined {
  const pair = entry.elementsPair;
  const first = entry.elements[0];
  const indent = first ? nodeRange(src, first.keyNode).start.character : (pair ? nodeRange(src, pair.key).start.character : 0) + 2;
  const block = missing.map(ee => `${' '.repeat(indent)}${ee}:\n${' '.repeat(indent + 2)}status: a-evaluer\n`).join('');
  const value = pair?.value as Node | null | undefined;
  if (!pair) {
    const eof = positionAt(src, src.text.length);
    return { range: { start: eof, end: eof }, newText: `${src.text.endsWith('\n') || !src.text ? '' : '\n'}elements:\n${block}` };
  }
  if (value?.range && (value as { flow?: boolean }).flow) {
    // `elements: {}` becomes a block map
    return { range: nodeRange(src, value), newText: `\n${block.replace(/\n$/, '')}` };
  }
  // after the last line of the map (or of the `elements:` key when it is empty)
  return insertAfterLineOf(src, (value?.range ? value : pair.key) as Node, block);
}

function addAction(src: YamlSource, element: ElementEntry, title: string, due: string): Omit<TextEdit, 'file'> | undefined {
  const value = element.valueNode;
  if (!value?.range) return undefined;
  const keyIndent = nodeRange(src, element.keyNode).start.character;
  const childIndent = element.status ? lineIndent(src, element.status.node) : keyIndent + 2;
  const quoted = JSON.stringify(title);
  if (element.actions.length) {
    const last = element.actions.at(-1)!;
    const dash = ' '.repeat(nodeRange(src, last.node).start.character - 2);
    const item = `${dash}- title: ${quoted}\n${dash}  due: ${due}\n${dash}  done: false\n`;
    return insertAfterLineOf(src, last.node, item);
  }
  const pad = ' '.repeat(childIndent);
  return insertAfterLineOf(src, value, `${pad}actions:\n${pad}  - title: ${quoted}\n${pad}    due: ${due}\n${pad}    done: false\n`);
}
