/**
 * Text edits on a dossier file, as the quick fixes of the rules propose them: computed on the
 * text the findings were computed on, with the indentation of the surrounding YAML.
 */
import type { Node } from 'yaml';
import type { CriterionEntry, ElementEntry } from './model.js';
import { quoted, yamlBlock } from './text/yaml.js';
import { nodeRange, positionAt, type Position, type Range, type YamlSource, splitLines } from './yamlSource.js';

/** An edit of a file of the dossier, as a rule's fix makes it (the language service turns it into LSP's). */
export interface FileEdit {
  /** relative to the dossier root */
  file: string;
  range: Range;
  newText: string;
  /** the same edit as a snippet (the cursor on the placeholder to type over), for editors that take one; its snippetText() is newText */
  snippet?: string;
}
/** An edit of the file the finding is in (the file is filled in by the caller). */
export type LocalEdit = Omit<FileEdit, 'file'>;

export function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function sameStart(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character;
}

export function lineIndent(src: YamlSource, node: Node): number {
  const line = splitLines(src.text)[nodeRange(src, node).start.line] ?? '';
  return line.length - line.trimStart().length;
}

/** An insertion at the start of the line after the one where `node` ends. */
export function insertAfterLineOf(src: YamlSource, node: Node, text: string, end = node.range![1]): LocalEdit {
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

/** The missing elements, each `status: a-evaluer`, at the end of `elements:` (created when absent). */
export function addElements(src: YamlSource, entry: CriterionEntry, missing: string[]): LocalEdit | undefined {
  const pair = entry.elementsPair;
  const first = entry.elements[0];
  const indent = first ? nodeRange(src, first.keyNode).start.character : (pair ? nodeRange(src, pair.key).start.character : 0) + 2;
  const elements = Object.fromEntries(missing.map(ee => [ee, { status: 'a-evaluer' }]));
  const block = yamlBlock(elements, indent);
  const value = pair?.value as Node | null | undefined;
  if (!pair) {
    const eof = positionAt(src, src.text.length);
    return { range: { start: eof, end: eof }, newText: `${src.text.endsWith('\n') || !src.text ? '' : '\n'}${yamlBlock({ elements })}` };
  }
  if (value?.range && (value as { flow?: boolean }).flow) {
    // `elements: {}` becomes a block map
    return { range: nodeRange(src, value), newText: `\n${block.replace(/\n$/, '')}` };
  }
  // after the last line of the map (or of the `elements:` key when it is empty)
  return insertAfterLineOf(src, (value?.range ? value : pair.key) as Node, block);
}

/** An action `{ title, due, done: false }` at the end of the element's `actions:` (created when absent). */
export function addAction(src: YamlSource, element: ElementEntry, title: string, due: string): LocalEdit | undefined {
  const value = element.valueNode;
  if (!value?.range) return undefined;
  const keyIndent = nodeRange(src, element.keyNode).start.character;
  const childIndent = element.status ? lineIndent(src, element.status.node) : keyIndent + 2;
  // the title double-quoted, whatever it says (a colon, a `#`, a line break stay text)
  const action = { title: quoted(title), due, done: false };
  if (element.actions.length) {
    const last = element.actions.at(-1)!;
    return insertAfterLineOf(src, last.node, yamlBlock([action], nodeRange(src, last.node).start.character - 2));
  }
  return insertAfterLineOf(src, value, yamlBlock({ actions: [action] }, childIndent));
}
