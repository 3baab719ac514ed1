/**
 * The fast path of parseYaml: js-yaml's event parser (a flat list of events with source offsets,
 * about ten times faster than building `yaml`'s concrete syntax tree) turned into the same nodes
 * `yaml` builds — YAMLMap, YAMLSeq, Pair, Scalar, with the same `range`s and the same values — so
 * that the rest of the engine cannot tell which parser read a file.
 *
 * It only takes what it is sure to reproduce exactly: plain, single-line quoted and block
 * (clip/strip) scalars, block mappings and sequences, flow sequences of scalars, comments where
 * yaml attributes them regularly. Anything else — a syntax error, anchors and aliases, tags, flow
 * mappings, document markers, duplicate keys … (each check below says why) — returns undefined
 * and the file is read by `yaml` itself, which also gives the error messages.
 * test/engine/fastYaml.test.ts compares both parsers on every YAML file of the repository and on
 * thousands of mutated variants; with HAS_DOSSIER_CHECK_PARSER=1 (the test suite) every parse is
 * made by both and compared.
 */
import {
  CHOMPING_KEEP as KEEP,
  COLLECTION_STYLE_BLOCK as BLOCK,
  EVENT_DOCUMENT as DOCUMENT,
  EVENT_MAPPING as MAPPING,
  EVENT_POP as POP,
  EVENT_SCALAR as SCALAR,
  EVENT_SEQUENCE as SEQUENCE,
  SCALAR_STYLE_DOUBLE_QUOTED as DOUBLE_QUOTED,
  SCALAR_STYLE_FOLDED_BLOCK as FOLDED,
  SCALAR_STYLE_LITERAL_BLOCK as LITERAL,
  SCALAR_STYLE_PLAIN as PLAIN,
  SCALAR_STYLE_SINGLE_QUOTED as SINGLE_QUOTED,
  getScalarValue,
  parseEvents,
  type Event,
  type ScalarEvent,
} from 'js-yaml';
import * as yaml from 'yaml';
import type { Node } from 'yaml';

// yaml is a CommonJS module: a bundle reads each of its exports through a getter at every use (an
// `instanceof Scalar` per node): the classes are read once here
const { Document, Pair, Scalar, YAMLMap, YAMLSeq } = yaml;
type Pair = yaml.Pair;
type Scalar = yaml.Scalar;
type YAMLMap<K = unknown, V = unknown> = yaml.YAMLMap<K, V>;
type YAMLSeq = yaml.YAMLSeq;

interface ScalarTag {
  default?: boolean | string;
  test?: RegExp;
  format?: string;
  resolve(str: string, onError: (msg: string) => void, options: object): unknown;
}
// the implicit tags of yaml's core schema, in its order: a plain scalar gets the value yaml would give it
const CORE_TAGS = (new Document().schema.tags as unknown as ScalarTag[]).filter(t => t.default === true && t.test);
const RESOLVE_OPTIONS = { intAsBigInt: false };

/*
 * yaml's nodes, made without running yaml's constructors: each gives its node its type with
 * Object.defineProperty (and a collection its schema), about a third of the time of building a
 * large file's tree. Here each node's prototype holds the type yaml's constructor would have
 * given it: the node is an instance of the same class, and yaml's isScalar/isMap/isPair/isSeq
 * read the same type. When a version of yaml keeps the type elsewhere, the constructors are used.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');
function typedPrototype<T extends object>(sample: T): T | undefined {
  const type = Object.getOwnPropertyDescriptor(sample, NODE_TYPE)?.value as unknown;
  return typeof type === 'symbol' ? (Object.create(Object.getPrototypeOf(sample) as object, { [NODE_TYPE]: { value: type } }) as T) : undefined;
}
const SCALAR_PROTO = typedPrototype(new Scalar(null));
const MAP_PROTO = typedPrototype(new YAMLMap());
const SEQ_PROTO = typedPrototype(new YAMLSeq());
const PAIR_PROTO = typedPrototype(new Pair(null));

function newScalar(value: unknown): Scalar {
  if (!SCALAR_PROTO) return new Scalar(value);
  const s = Object.create(SCALAR_PROTO) as Scalar;
  s.value = value;
  return s;
}
function newMap(): YAMLMap {
  if (!MAP_PROTO) return new YAMLMap();
  const m = Object.create(MAP_PROTO) as YAMLMap;
  m.items = [];
  return m;
}
function newSeq(): YAMLSeq {
  if (!SEQ_PROTO) return new YAMLSeq();
  const q = Object.create(SEQ_PROTO) as YAMLSeq;
  q.items = [];
  return q;
}
function newPair(key: Scalar, value: Node): Pair {
  if (!PAIR_PROTO) return new Pair(key, value);
  const p = Object.create(PAIR_PROTO) as Pair;
  p.key = key;
  p.value = value;
  return p;
}

/**
 * HAS_DOSSIER_CHECK_PARSER=1 (the test suite's mode): every text is parsed by both parsers, which
 * must agree, and a bug of the builder fails loudly instead of falling back quietly to yaml.
 */
export const CHECK_PARSER = typeof process !== 'undefined' && process.env.HAS_DOSSIER_CHECK_PARSER === '1';

/**
 * HAS_DOSSIER_FAST_YAML=0 turns the fast path off: every file is read by `yaml` alone (the
 * reference parser, slower: see the README, Speed). For a suspected parser difference, or
 * to compare timings; the results are the same by construction (see above).
 */
export const FAST_PATH = !(typeof process !== 'undefined' && process.env.HAS_DOSSIER_FAST_YAML === '0');

const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ \r\n]|$)/m;

/** Thrown inside the builder when the input is outside what the fast path reproduces. */
class NotHere extends Error {}
const notHere = (): never => {
  throw new NotHere();
};

export interface FastDocument {
  contents: Node | null;
}

/** /(?:^|\n) +$/.test(text), read from the end: the regular expression tries every line's indentation of the text. */
function endsWithSpacesLine(text: string): boolean {
  let i = text.length;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  return i < text.length && (i === 0 || text.charCodeAt(i - 1) === 10);
}

export function parseFast(text: string): FastDocument | undefined {
  // a BOM, a tab or a lone carriage return shifts yaml's ranges or errors in ways not worth reproducing: those files take the slow path
  if (text.charCodeAt(0) === 0xfeff || text.includes('\t') || /\r(?!\n)/.test(text)) return undefined;
  // document markers: js-yaml takes a leading `...` as nothing where yaml sees a second document
  if (DOCUMENT_MARKER.test(text)) return undefined;
  // a last line of spaces only: yaml stretches the last node over it in some cases, not in others
  if (endsWithSpacesLine(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: 100 });
  } catch {
    return undefined;
  }
  try {
    return new Builder(text, events).document();
  } catch (e) {
    if (e instanceof NotHere || !CHECK_PARSER) return undefined;
    throw e;
  }
}

class Builder {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly events: Event[],
  ) {}

  document(): FastDocument {
    const ev = this.events;
    if (ev.length === 0) return { contents: null };
    const doc = ev[this.i++];
    if (doc.type !== DOCUMENT || doc.explicitStart || doc.explicitEnd || doc.directives.length) notHere();
    let contents: Node | null = null;
    const first = ev[this.i];
    if (first.type === SCALAR && first.valueStart < 0) {
      if (first.anchorStart >= 0 || first.tagStart >= 0) notHere();
      this.i++;
    } else contents = this.node(-1, 0).node;
    if (ev[this.i++]?.type !== POP || this.i !== ev.length) notHere();
    return { contents };
  }

  /** The next node; `parentIndent` is the column of the collection holding it, `emptyAt` where an empty value sits. */
  private node(parentIndent: number, emptyAt: number): { node: Node; end: number } {
    const e = this.events[this.i++];
    if (e.type === SCALAR) return this.scalar(e, parentIndent, emptyAt);
    if (e.type !== MAPPING && e.type !== SEQUENCE) return notHere();
    if (e.anchorStart >= 0 || e.tagStart >= 0) notHere();
    if (e.type === MAPPING) return e.style === BLOCK ? this.blockMap(e.start, parentIndent) : notHere();
    return e.style === BLOCK ? this.blockSeq(e.start, parentIndent) : this.flowSeq(e.start, parentIndent);
  }

  private scalar(e: ScalarEvent, parentIndent: number, emptyAt: number): { node: Node; end: number } {
    if (e.anchorStart >= 0 || e.tagStart >= 0) notHere();
    const t = this.text;
    if (e.valueStart < 0) {
      // an empty value: yaml puts its null after the indicator and the spaces that follow it; when
      // comments follow, yaml's attribution of them is irregular: those files take the slow path
      let at = emptyAt;
      while (t.charCodeAt(at) === 32) at++;
      if (t[at] === '#' || this.commentAhead(at)) notHere();
      const s = newScalar(null);
      s.source = '';
      s.type = 'PLAIN';
      s.range = [at, at, at];
      return { node: s, end: at };
    }
    const value = getScalarValue(t, e);
    switch (e.style) {
      case PLAIN: {
        const s = plainScalar(value);
        const end = this.tail(e.valueEnd, parentIndent);
        s.range = [e.valueStart, e.valueEnd, end];
        return { node: s, end };
      }
      case SINGLE_QUOTED:
      case DOUBLE_QUOTED: {
        const s = this.quoted(e, value);
        const end = this.tail(e.valueEnd + 1, parentIndent);
        s.range![2] = end;
        return { node: s, end };
      }
      case LITERAL:
      case FOLDED: {
        if (e.chomping === KEEP) notHere();
        // the header (`|`, `>-`, `|2` …) ends the line before the content
        const headerEnd = t.lastIndexOf('\n', e.valueStart - 1);
        if (headerEnd < 0) notHere();
        const lineStart = t.lastIndexOf('\n', headerEnd - 1) + 1;
        const header = /(?:^|[ :-])([|>])[0-9+-]*[ ]*(?:#.*)?\r?$/.exec(t.slice(lineStart, headerEnd));
        // an explicit indentation indicator (`|2`): js-yaml and yaml count it from different places at the top level
        if (!header || /[0-9]/.test(header![0].replace(/#.*$/, ''))) notHere();
        const start = lineStart + header!.index + header![0].indexOf(header![1]);
        // the range ends after the line break of the last line that has content
        let last = e.valueEnd - 1;
        while (last >= e.valueStart && (t[last] === ' ' || t[last] === '\n' || t[last] === '\r')) last--;
        if (last < e.valueStart) notHere();
        const nl = t.indexOf('\n', last);
        const end = nl < 0 ? t.length : nl + 1;
        // trailing lines of spaces: yaml counts some in the range and not others
        if (t.slice(end, e.valueEnd).includes(' ')) notHere();
        const s = newScalar(value);
        s.source = value;
        s.type = e.style === LITERAL ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
        s.range = [start, end, end];
        return { node: s, end };
      }
      default:
        return notHere();
    }
  }

  /** A single-line quoted scalar (key or value), its range around the quotes. */
  private quoted(e: ScalarEvent, value: string): Scalar {
    const t = this.text;
    const q = e.style === SINGLE_QUOTED ? "'" : '"';
    if (t[e.valueStart - 1] !== q || t[e.valueEnd] !== q) notHere();
    // a quoted scalar over several lines: the parsers fold escaped line breaks differently
    if (t.slice(e.valueStart, e.valueEnd).includes('\n')) notHere();
    const s = newScalar(value);
    s.source = value;
    s.type = e.style === SINGLE_QUOTED ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
    s.range = [e.valueStart - 1, e.valueEnd + 1, e.valueEnd + 1];
    return s;
  }

  private blockMap(start: number, parentIndent: number): { node: Node; end: number } {
    const t = this.text;
    const indent = start - (t.lastIndexOf('\n', start - 1) + 1);
    const map = newMap();
    const keys = new Set<unknown>();
    let end = start;
    while (this.events[this.i].type !== POP) {
      const k = this.events[this.i++];
      if (k.type !== SCALAR || k.valueStart < 0 || k.anchorStart >= 0 || k.tagStart >= 0) return notHere();
      if (k.style !== PLAIN && k.style !== SINGLE_QUOTED && k.style !== DOUBLE_QUOTED) notHere();
      const raw = getScalarValue(t, k);
      let key: Scalar;
      if (k.style === PLAIN) {
        key = plainScalar(raw);
        key.range = [k.valueStart, k.valueEnd, k.valueEnd];
      } else {
        key = this.quoted(k, raw);
      }
      const keyEnd = key.range![1];
      // yaml reports duplicate keys (uniqueKeys): leave such a file to it
      if (keys.has(key.value)) notHere();
      keys.add(key.value);
      let colon = keyEnd;
      while (t.charCodeAt(colon) === 32) colon++;
      if (t[colon] !== ':') notHere();
      const value = this.node(indent, colon + 1);
      this.noCommentBefore(value.node, colon + 1);
      map.items.push(newPair(key, value.node));
      end = value.end;
    }
    this.i++;
    if (map.items.length === 0) notHere();
    map.range = [start, end, parentIndent < 0 ? end : this.collectionTail(end, indent)];
    return { node: map, end: map.range[2] };
  }

  private blockSeq(start: number, parentIndent: number): { node: Node; end: number } {
    const t = this.text;
    const indent = start - (t.lastIndexOf('\n', start - 1) + 1);
    const seq = newSeq();
    let end = start;
    let dash = start;
    while (this.events[this.i].type !== POP) {
      if (seq.items.length > 0) {
        // the next item's dash: after the previous item, past blank and comment lines
        dash = this.nextContent(end);
        if (t[dash] !== '-') notHere();
      }
      const item = this.node(indent, dash + 1);
      this.noCommentBefore(item.node, dash + 1);
      seq.items.push(item.node);
      end = item.end;
    }
    this.i++;
    if (seq.items.length === 0) notHere();
    // an empty last item (`-` alone): yaml ends the sequence after its line break or not, depending
    const lastItem = seq.items[seq.items.length - 1];
    if (lastItem instanceof Scalar && lastItem.value === null && lastItem.source === '') notHere();
    // a sequence as deep as its key (`key:\n- item`): where yaml puts the comments after it is not reproduced
    if (indent <= parentIndent && this.commentRun(end).maxIndent >= 0) notHere();
    seq.range = [start, end, indent <= parentIndent || parentIndent < 0 ? end : this.collectionTail(end, indent)];
    return { node: seq, end: seq.range[2] };
  }

  private flowSeq(start: number, parentIndent: number): { node: Node; end: number } {
    const t = this.text;
    const seq = newSeq();
    seq.flow = true;
    let after = start + 1;
    while (this.events[this.i].type !== POP) {
      const e = this.events[this.i++];
      if (e.type !== SCALAR || e.valueStart < 0) return notHere();
      const item = this.scalar(e, Number.MAX_SAFE_INTEGER, 0);
      const r = (item.node as Scalar).range!;
      (item.node as Scalar).range = [r[0], r[1], r[1]];
      seq.items.push(item.node);
      after = r[1];
    }
    this.i++;
    // the closing bracket: past spaces, line breaks, commas and comments
    let close = after;
    for (;;) {
      const c = t[close];
      if (c === ' ' || c === '\n' || c === '\r' || c === ',') close++;
      else if (c === '#') close = lineEndOf(t, close);
      else break;
    }
    if (t[close] !== ']') notHere();
    const end = this.tail(close + 1, parentIndent);
    seq.range = [start, close + 1, end];
    return { node: seq, end };
  }

  /**
   * Where yaml ends a scalar or flow node with its trailing trivia: spaces, a comment and the line
   * break on its line, then the comment lines indented deeper than its collection (with the blank
   * lines among them, not after them).
   */
  private tail(from: number, parentIndent: number): number {
    const t = this.text;
    let i = from;
    while (t.charCodeAt(i) === 32) i++;
    if (t[i] === '#') i = lineEndOf(t, i);
    if (t[i] === '\r' && t[i + 1] === '\n') i++;
    if (t[i] !== '\n') return i === from || i >= t.length ? i : from;
    return this.commentLines(i + 1, parentIndent + 1);
  }

  /**
   * After a collection's last value, yaml gives it the whole run of comment lines that follows
   * (with the blank lines among and after them, and the indentation of the next line) when one
   * of them is indented at least as deep as the collection; otherwise an outer collection may
   * take the run. The document's own collection never does: those are document comments.
   */
  private collectionTail(from: number, indent: number): number {
    const run = this.commentRun(from);
    if (run.maxIndent < indent) return from;
    const t = this.text;
    let j = run.end;
    while (t.charCodeAt(j) === 32) j++;
    return j >= t.length ? t.length : j;
  }

  /** The run of blank and comment lines from `from`: where it ends and the deepest comment's indentation (-1: none). */
  private commentRun(from: number): { end: number; maxIndent: number } {
    const t = this.text;
    let i = from;
    let maxIndent = -1;
    let end = from;
    while (i < t.length) {
      let j = i;
      while (t.charCodeAt(j) === 32) j++;
      const c = t[j];
      if (c === '#') {
        maxIndent = Math.max(maxIndent, j - i);
        const eol = lineEndOf(t, j);
        i = t[eol] === '\r' ? eol + 2 : eol + 1;
        end = Math.min(i, t.length);
      } else if (c === '\n' || (c === '\r' && t[j + 1] === '\n') || j >= t.length) {
        i = c === '\r' ? j + 2 : j + 1;
        if (maxIndent >= 0) end = Math.min(i, t.length);
      } else break;
    }
    return { end, maxIndent };
  }

  /** A scalar pushed below its key by a comment (`key:\n# c\n  value`): yaml may reject it, js-yaml does not. */
  private noCommentBefore(node: Node, from: number): void {
    if (!(node instanceof Scalar) || node.value === null || !node.range) return;
    if (this.text.slice(from, node.range[0]).includes('#')) notHere();
  }

  /** Whether the next line that is not blank is a comment line. */
  private commentAhead(from: number): boolean {
    const t = this.text;
    let i = from;
    while (i < t.length) {
      const c = t[i];
      if (c === ' ' || c === '\n' || c === '\r') i++;
      else return c === '#';
    }
    return false;
  }

  /**
   * A scalar's comment lines, one by one while indented ≥ minIndent, with the blank lines among
   * them (not after the last one: those belong to a collection, see commentRun).
   */
  private commentLines(from: number, minIndent: number): number {
    const t = this.text;
    let i = from;
    let end = from;
    for (;;) {
      if (i >= t.length) return end;
      let j = i;
      while (t.charCodeAt(j) === 32) j++;
      const c = t[j];
      if (c === '\n' || (c === '\r' && t[j + 1] === '\n') || j >= t.length) {
        i = c === '\r' ? j + 2 : j + 1;
        continue;
      }
      if (c === '#' && j - i >= minIndent) {
        const eol = lineEndOf(t, j);
        i = t[eol] === '\r' ? eol + 2 : eol + 1;
        end = Math.min(i, t.length);
        continue;
      }
      return end;
    }
  }

  /** The first character after `from` that is not a space, a line break or part of a comment. */
  private nextContent(from: number): number {
    const t = this.text;
    let i = from;
    for (;;) {
      const c = t[i];
      if (c === ' ' || c === '\n' || c === '\r') i++;
      else if (c === '#') i = lineEndOf(t, i);
      else return i;
    }
  }
}

function lineEndOf(t: string, from: number): number {
  const n = t.indexOf('\n', from);
  const e = n < 0 ? t.length : n;
  return e > from && t[e - 1] === '\r' ? e - 1 : e;
}

/** A plain scalar with the value and format yaml's core schema gives it. */
function plainScalar(source: string): Scalar {
  for (const tag of CORE_TAGS) {
    if (tag.test!.test(source)) {
      let failed = false;
      const value = tag.resolve(
        source,
        () => {
          failed = true;
        },
        RESOLVE_OPTIONS,
      );
      if (failed) notHere();
      // some tags (bool) resolve to a Scalar of their own, as in yaml's composeScalar
      const s = value instanceof Scalar ? value : newScalar(value);
      s.source = source;
      if (tag.format) s.format = tag.format;
      s.type = 'PLAIN';
      return s;
    }
  }
  const s = newScalar(source);
  s.source = source;
  s.type = 'PLAIN';
  return s;
}

/** The plain JavaScript value of a fast-path tree, as yaml's toJS() gives it. */
export function fastToJs(node: Node | null): unknown {
  if (node === null) return null;
  if (node instanceof Scalar) return node.value;
  if (node instanceof YAMLSeq) return node.items.map(n => fastToJs(n as Node));
  const out: Record<string, unknown> = {};
  for (const pair of (node as YAMLMap<Scalar, Node>).items) {
    const k = pair.key.value;
    const key = k === null ? '' : String(k);
    const value = fastToJs(pair.value);
    if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

/**
 * Where the fast path and `yaml` disagree on a text — nodes, ranges, scalar types, the plain
 * value — or undefined when they agree (or when the fast path declines it). `slow` is what
 * yamlSource's parseYamlSlowly gives. Used by the tests, and on every parse under CHECK_PARSER.
 */
export function differenceFromYaml(slow: { contents: unknown; errors: unknown[]; value: unknown }, fast: FastDocument | undefined): string | undefined {
  if (!fast) return undefined;
  if (slow.errors.length)
    return `the fast path accepts a text yaml rejects (${String((slow.errors[0] as { message?: string }).message ?? slow.errors[0]).split('\n')[0]})`;
  const a = JSON.stringify(fastToJs(fast.contents)),
    b = JSON.stringify(slow.value);
  return compareNodes(fast.contents, slow.contents, '$') ?? (a === b ? undefined : `values differ: ${a.slice(0, 200)} ≠ ${b.slice(0, 200)}`);
}

function compareNodes(a: unknown, b: unknown, at: string): string | undefined {
  if (a === null || b === null) return a === b ? undefined : `${at}: ${a === null ? 'empty' : 'node'} ≠ ${b === null ? 'empty' : 'node'}`;
  const kind = (n: unknown) =>
    n instanceof YAMLMap ? 'map' : n instanceof YAMLSeq ? 'seq' : n instanceof Scalar ? 'scalar' : n instanceof Pair ? 'pair' : typeof n;
  if (kind(a) !== kind(b)) return `${at}: ${kind(a)} ≠ ${kind(b)}`;
  const ra = (a as Node).range,
    rb = (b as Node).range;
  if (!ra || !rb || ra[0] !== rb[0] || ra[1] !== rb[1]) return `${at}: range ${JSON.stringify(ra)} ≠ ${JSON.stringify(rb)}`;
  if (a instanceof Scalar) {
    const sb = b as Scalar;
    if (!Object.is(a.value, sb.value)) return `${at}: value ${JSON.stringify(a.value)} ≠ ${JSON.stringify(sb.value)}`;
    if (a.type !== sb.type) return `${at}: type ${a.type} ≠ ${sb.type}`;
    if (typeof a.value !== 'string' && a.source !== sb.source) return `${at}: source ${a.source} ≠ ${sb.source}`;
    return undefined;
  }
  if (a instanceof YAMLSeq) {
    const ib = (b as YAMLSeq).items;
    if (Boolean(a.flow) !== Boolean((b as YAMLSeq).flow)) return `${at}: flow differs`;
    if (a.items.length !== ib.length) return `${at}: ${a.items.length} items ≠ ${ib.length}`;
    for (let i = 0; i < ib.length; i++) {
      const d = compareNodes(a.items[i], ib[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const pa = (a as YAMLMap).items as Pair[],
    pb = (b as YAMLMap).items as Pair[];
  if (pa.length !== pb.length) return `${at}: ${pa.length} pairs ≠ ${pb.length}`;
  for (let i = 0; i < pb.length; i++) {
    const name = `${at}.${String((pb[i].key as Scalar)?.value)}`;
    const d = compareNodes(pa[i].key, pb[i].key, `${name}(key)`) ?? compareNodes(pa[i].value, pb[i].value, name);
    if (d) return d;
  }
  return undefined;
}
