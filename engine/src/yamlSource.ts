/** A YAML file parsed with exact source ranges (0-based lines and UTF-16 columns, as LSP counts). */
import * as yaml from 'yaml';
import { parseDocument, visit, YAMLParseError, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

// yaml is a CommonJS module: a bundle reads each of its exports through a getter at every use, and
// these are called for every node of a file (getPair, scalarText, the rules): read once here
const { isAlias, isMap, isPair, isScalar, isSeq } = yaml;
import { CHECK_PARSER, differenceFromYaml, FAST_PATH, fastToJs, parseFast } from './fastYaml.js';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export interface SyntaxProblem {
  /** yaml's own message (English), kept for --debug and the tests; users read the yaml-syntax rule's words */
  message: string;
  range: Range;
  /** yaml's error code (BAD_INDENT, MISSING_CHAR, DUPLICATE_KEY …), TOO_DEEP or ALIAS_COUNT */
  code: string;
}

export interface YamlSource {
  text: string;
  /** the parsed document: its root node (null when empty), built by the fast path or by `yaml` */
  doc: { contents: Node | null };
  /** offset of the start of each line (computed from the text: yaml's own LineCounter stops counting after some errors) */
  lineStarts: number[];
  syntaxErrors: SyntaxProblem[];
  /** toJS() of the document, or undefined when it could not be built (alias bomb …) */
  value: unknown;
}

// a stack overflow in the parser means nesting deeper than anyone writes by hand
const TOO_DEEP = 'Nesting too deep to be read (a generated or corrupted file?)';

/** Aliases allowed before a document counts as an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

/**
 * A lone CR is a line break, as YAML and LSP say: it is read as a LF (same length, so every
 * offset, line and column stays the editor's). `yaml` alone would read `a: 1\rb: 2` as one line.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** The lines of a text, as the editor counts them (CRLF, LF or a lone CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Line `i` of a text as splitLines counts them, or undefined past the last: read from the start up
 * to that line only, and kept, so that the lines above it cost nothing more (a hover at the top of
 * a 4 MB file reads one line, not 80,000).
 */
export function lineReader(text: string): (i: number) => string | undefined {
  const starts = [0];
  const ends: number[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let last = false; // the last line is read
  return i => {
    while (ends.length <= i && !last) {
      lineBreak.lastIndex = starts[ends.length];
      const m = lineBreak.exec(text);
      ends.push(m ? m.index : text.length);
      if (m) starts.push(m.index + m[0].length);
      else last = true;
    }
    return i >= 0 && i < ends.length ? text.slice(starts[i], ends[i]) : undefined;
  };
}

export function parseYaml(raw: string): YamlSource {
  const text = withLineFeeds(raw);
  // most files: js-yaml's event parser, turned into the nodes yaml would build (fastYaml.ts),
  // unless HAS_DOSSIER_FAST_YAML=0
  const fast = FAST_PATH ? parseFast(text) : undefined;
  if (fast && CHECK_PARSER) {
    // HAS_DOSSIER_CHECK_PARSER=1: read by both, which must agree (the test suite runs so)
    const diff = differenceFromYaml(slowForComparison(text), fast);
    if (diff) throw new Error(`HAS_DOSSIER_CHECK_PARSER: the fast YAML path differs from yaml: ${diff}\n--- text ---\n${text}`);
  }
  if (fast) return { text, doc: fast, lineStarts: lineStartsOf(text), syntaxErrors: [], value: fastToJs(fast.contents) };
  return parseYamlSlowly(text);
}

/** What differenceFromYaml compares the fast path with: `yaml`'s reading of the same text. */
export function slowForComparison(text: string): { contents: unknown; errors: unknown[]; value: unknown } {
  const slow = parseYamlSlowly(text);
  return { contents: slow.doc.contents, errors: slow.syntaxErrors, value: slow.value };
}

/** A date tagged `!!timestamp` is read as the text written (dates are 'YYYY-MM-DD' text everywhere), not as a JavaScript Date. */
const TIMESTAMP_AS_TEXT = { tag: 'tag:yaml.org,2002:timestamp', default: false, identify: () => false, resolve: (text: string) => text } as const;

/** `yaml` itself: every file the fast path does not take, and all the error messages. */
export function parseYamlSlowly(raw: string): YamlSource {
  const text = withLineFeeds(raw);
  // logLevel error: the library's own warnings (e.g. collection keys) would go to the user's stderr
  // uniqueKeys off: `yaml` compares each key with every key before it in its map (25,000 keys take
  // seconds); duplicateKeyErrors finds the same duplicates with one set per map. No stack trace is
  // captured for the library's errors (a hostile file can give one per line), only their positions are read.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      prettyErrors: false,
      uniqueKeys: false,
      strict: true,
      keepSourceTokens: false,
      logLevel: 'error',
      customTags: [TIMESTAMP_AS_TEXT],
    });
    addDuplicateKeyErrors(doc);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const src: YamlSource = { text, doc, lineStarts: lineStartsOf(text), syntaxErrors: [], value: undefined };
  for (const e of doc.errors) {
    const [from, to] = e.pos;
    const deep = /Maximum call stack/.test(e.message);
    src.syntaxErrors.push({
      message: deep ? TOO_DEEP : firstLine(e.message),
      code: deep ? 'TOO_DEEP' : e.code,
      range: rangeFromOffsets(src, from, Math.max(to, from + 1)),
    });
  }
  try {
    src.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    // an alias (`ee02: *s`) reads as what its anchor holds, for the model as for the value
    // (bounded: toJS has just expanded every alias within MAX_ALIAS_COUNT)
    if (!doc.errors.length && text.includes('*')) {
      visit(doc, {
        Alias: (_, node) => {
          const target = node.resolve(doc);
          return target && !isAlias(target) ? target : undefined;
        },
      });
    }
  } catch (e) {
    const deep = e instanceof RangeError;
    src.syntaxErrors.push({
      message: deep ? TOO_DEEP : firstLine((e as Error).message),
      code: deep ? 'TOO_DEEP' : 'ALIAS_COUNT',
      range: rangeFromOffsets(src, 0, Math.min(text.length, lineEnd(text, 0))),
    });
  }
  return src;
}

/**
 * The errors `yaml` gives with `uniqueKeys: true` (« Map keys must be unique » at the second key,
 * when two scalar keys of one map have the same value), found in linear time, each inserted among
 * the library's errors before the first that starts after it.
 */
function addDuplicateKeyErrors(doc: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value) && key.range) found.push(new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          seen.add(key.value);
        }
        stack.push(pair.value, key);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.value, node.key); // `[a: 1]`: a pair in a flow sequence
    }
  }
  if (!found.length) return;
  found.sort((a, b) => a.pos[0] - b.pos[0]);
  const merged: YAMLParseError[] = [];
  let next = 0;
  for (const e of doc.errors) {
    while (next < found.length && found[next].pos[0] < e.pos[0]) merged.push(found[next++]);
    merged.push(e);
  }
  while (next < found.length) merged.push(found[next++]);
  doc.errors.length = 0;
  for (const e of merged) doc.errors.push(e);
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

type Positioned = { lineStarts: number[]; text: string };

/** Line and UTF-16 column of an offset; a `\r` before a line break belongs to no column. */
export function positionAt(src: Positioned, offset: number): Position {
  const o = Math.max(0, Math.min(offset, src.text.length));
  const starts = src.lineStarts;
  let lo = 0,
    hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  const lineEndOffset = lo + 1 < starts.length ? starts[lo + 1] - 1 : src.text.length;
  const contentEnd = lineEndOffset > starts[lo] && src.text[lineEndOffset - 1] === '\r' ? lineEndOffset - 1 : lineEndOffset;
  return { line: lo, character: Math.min(o, contentEnd) - starts[lo] };
}

export function offsetAt(src: Positioned, pos: Position): number {
  const starts = src.lineStarts;
  if (pos.line >= starts.length) return src.text.length;
  return Math.min(starts[Math.max(0, pos.line)] + pos.character, src.text.length);
}

export function rangeFromOffsets(src: Positioned, from: number, to: number): Range {
  return { start: positionAt(src, from), end: positionAt(src, to) };
}

/** The range of a node's value (without trailing comments), or of the first line of the file. */
export function nodeRange(src: YamlSource, node: Node | null | undefined): Range {
  if (node?.range) return rangeFromOffsets(src, node.range[0], node.range[1]);
  return rangeFromOffsets(src, 0, lineEnd(src.text, 0));
}

/** For a map, its first line only: a diagnostic about a whole map points at where it starts. */
export function headRange(src: YamlSource, node: Node | null | undefined): Range {
  if (!node?.range) return nodeRange(src, node);
  const from = node.range[0];
  return rangeFromOffsets(src, from, Math.min(node.range[1], lineEnd(src.text, from)));
}

export function getPair(map: unknown, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  for (const item of (map as YAMLMap<unknown, unknown>).items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item as Pair<Node, Node | null>;
  }
  return undefined;
}

export function getNode(map: unknown, key: string): Node | null | undefined {
  return getPair(map, key)?.value;
}

/** The value of a scalar node as a string (numbers and booleans as written), or undefined. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return node.source ?? String(v);
  return undefined;
}

/** Node at a path of keys and indexes (as in an ajv instancePath). */
export function nodeAtPath(doc: { contents: unknown }, segments: string[]): { node: Node | null | undefined; pair?: Pair<Node, Node | null> } {
  let node: unknown = doc.contents;
  let pair: Pair<Node, Node | null> | undefined;
  for (const seg of segments) {
    if (isMap(node)) {
      pair = getPair(node, seg);
      if (!pair) return { node: node as Node, pair: undefined };
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return { node: node as Node };
      pair = undefined;
      node = item;
    } else {
      return { node: node as Node | null, pair };
    }
  }
  return { node: node as Node | null, pair };
}

export { isMap, isSeq, isScalar, isPair };
