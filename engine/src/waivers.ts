/**
 * In-file waivers: `# has-dossier-ignore <code>[, <code>] [until YYYY-MM-DD]: <reason>` on the
 * line before a node waives the findings of those codes inside that node (the lines indented
 * under it). A waiver with no reason, a bad or past date does not apply; all of these, and a
 * waiver that covers nothing, are themselves `waiver` findings. Waived findings are kept, marked.
 */
import { closest } from 'fastest-levenshtein';
import { parseCivilDate, type CivilDate } from './dates.js';
import type { DossierFile } from './model.js';
import type { Finding, RuleCode } from './types.js';
import { RULE_CODES } from './rules/index.js';
import { isMap, isPair, isScalar, isSeq, type Range } from './yamlSource.js';

/**
 * The waivers of one file, in file order, one column per field (a hostile file holds 150,000 of
 * them: numbers in arrays, not an object each). Waiver `i` is the comment on `line[i]` from column
 * `at[i]` to `lineEnd[i]`, standing before the node on lines `firstLine[i]`…`lastLine[i]` (0-based,
 * inclusive); `body[i]` is what it says, shared by every waiver written the same way.
 */
export interface FileWaivers {
  file: string;
  line: number[];
  at: number[];
  lineEnd: number[];
  firstLine: number[];
  lastLine: number[];
  body: WaiverBody[];
  /** set during a check: the waiver names the code of a finding inside its node */
  used: Uint8Array;
}

export interface WaiverBody {
  codes: string[];
  until?: string;
  reason?: string;
  problem?: 'noReason' | 'expired' | 'badDate' | 'malformed';
  unknownCodes: string[];
}

const MARK = /^(\s*)#\s*has-dossier-ignore\b(.*)$/;
/** `- title: X  # has-dossier-ignore …`: a waiver at the end of a line covers the node that starts on that line. */
const END_MARK = /^(.*?\S)[ \t]+#\s*has-dossier-ignore\b(.*)$/;
/** The text before an end-of-line comment holds no open quote (so its # starts a comment, not text of a value). */
const quotesClosed = (s: string) => (s.match(/"/g)?.length ?? 0) % 2 === 0 && (s.replace(/\w'\w/g, '').match(/'/g)?.length ?? 0) % 2 === 0;
const BODY = /^\s+([a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*)*)(?:\s+until\s+([^\s:]+))?\s*(?::(.*))?$/;
const NEEDLE = 'has-dossier-ignore';

/** What `\s` and `trim()` take for white space (a line holds no line feed). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The range of waiver `i`: from its `#` to the end of its line. */
function waiverRange(fw: FileWaivers, i: number): Range {
  return { start: { line: fw.line[i], character: fw.at[i] }, end: { line: fw.line[i], character: fw.lineEnd[i] } };
}

/** Waiver comments by parsed file and as-of date (a file the parse cache kept is not scanned again). */
const waiverCache = new WeakMap<object, { asOf: CivilDate; waivers: FileWaivers }>();

export function parseWaivers(file: DossierFile, asOf: CivilDate): FileWaivers {
  const hit = waiverCache.get(file.source);
  // `used` is set per check: reset in place (a check runs to its end before the next one starts)
  if (hit && hit.asOf === asOf) {
    hit.waivers.used.fill(0);
    return hit.waivers;
  }
  const waivers = scanWaivers(file, asOf);
  waiverCache.set(file.source, { asOf, waivers });
  return waivers;
}

function scanWaivers(file: DossierFile, asOf: CivilDate): FileWaivers {
  const text = file.source.text;
  const out: FileWaivers = { file: file.path, line: [], at: [], lineEnd: [], firstLine: [], lastLine: [], body: [], used: new Uint8Array(0) };
  let hit = text.indexOf(NEEDLE);
  if (hit < 0) return out;
  const starts = file.source.lineStarts;
  const n = starts.length;
  // the end of line i (before its line break; the text has no lone CR)
  const endOf = (i: number) => {
    if (i + 1 >= n) return text.length;
    const lf = starts[i + 1] - 1;
    return lf > starts[i] && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
  };
  // A waiver is a comment: text inside a block or quoted scalar that looks like one is not.
  const inScalar = scalarLines(file, n);
  // Everything below is linear in the number of lines, however many waivers there are, and reads
  // the text in place: a line becomes a string only when it holds the mark.
  const content = new Uint8Array(n);
  const indent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const from = starts[i],
      to = i + 1 < n ? starts[i + 1] - 1 : text.length;
    let p = from;
    while (p < to && isSpace(text.charCodeAt(p))) p++;
    indent[i] = p - from;
    content[i] = p < to && text.charCodeAt(p) !== 35 ? 1 : 0;
  }
  const nextContent = new Int32Array(n + 1);
  nextContent[n] = n;
  for (let i = n - 1; i >= 0; i--) nextContent[i] = content[i] ? i : nextContent[i + 1];
  const prevContent = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    if (content[i]) last = i;
    prevContent[i] = last;
  }
  // the last line of the block a content line opens: up to the next content line indented no deeper
  const blockEnd = new Int32Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  const lastContent = n ? prevContent[n - 1] : -1;
  for (let j = n - 1; j >= 0; j--) {
    if (!content[j]) continue;
    const base = indent[j];
    while (top && indent[stack[top - 1]] > base) top--;
    blockEnd[j] = top ? Math.max(j, prevContent[stack[top - 1] - 1]) : Math.max(j, lastContent);
    stack[top++] = j;
  }
  const bodies = new Map<string, WaiverBody>();
  // the lines that hold the mark, in order
  for (let i = 0; hit >= 0;) {
    while (i + 1 < n && starts[i + 1] <= hit) i++;
    const next = i + 1 < n ? starts[i + 1] : text.length;
    hit = text.indexOf(NEEDLE, next);
    if (inScalar[i]) continue;
    const end = endOf(i);
    let body: string | undefined, at: number, j: number;
    // the usual waiver line, `  # has-dossier-ignore …`, read in place: what MARK matches
    const mark = markBody(text, starts[i] + indent[i], end);
    if (mark !== undefined) {
      body = text.slice(mark, end);
      at = indent[i];
      j = nextContent[i + 1 <= n ? i + 1 : n];
    } else {
      const line = text.slice(starts[i], end);
      const m = MARK.exec(line);
      if (m) {
        body = m[2];
        at = m[1].length;
        j = nextContent[i + 1 <= n ? i + 1 : n];
      } else {
        // at the end of a line: it covers the node that starts on this line
        const e = END_MARK.exec(line);
        if (!e || !quotesClosed(e[1])) continue;
        body = e[2];
        at = line.indexOf('#', e[1].length);
        j = i;
      }
    }
    const k = j < n ? blockEnd[j] : j;
    let parsed = bodies.get(body);
    if (!parsed) bodies.set(body, (parsed = parseBody(body, asOf)));
    out.line.push(i);
    out.at.push(at);
    out.lineEnd.push(end - starts[i]);
    out.firstLine.push(j);
    out.lastLine.push(k);
    out.body.push(parsed);
  }
  out.used = new Uint8Array(out.line.length);
  return out;
}

/**
 * Where the body of a waiver starts when the text from `from` (the first character of a line
 * that is not white space) to `end` (the end of that line) is `#`, white space, `has-dossier-ignore`
 * and a non-word character or the end: what MARK matches. Undefined when it is not, or when the
 * line holds a character `.` does not match (MARK then decides).
 */
function markBody(text: string, from: number, end: number): number | undefined {
  if (text.charCodeAt(from) !== 35) return undefined;
  let p = from + 1;
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  if (!text.startsWith(NEEDLE, p)) return undefined;
  const after = p + NEEDLE.length;
  if (after > end) return undefined;
  if (after < end && isWordChar(text.charCodeAt(after))) return undefined;
  for (let q = after; q < end; q++) {
    const c = text.charCodeAt(q);
    if (c === 0x2028 || c === 0x2029 || c === 13 || c === 10) return undefined;
  }
  return after;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** What follows `has-dossier-ignore`: the codes, the end date, the reason, and what is wrong with them. */
function parseBody(body: string, asOf: CivilDate): WaiverBody {
  const parsed = BODY.exec(body);
  if (!parsed) return { codes: [], unknownCodes: [], problem: 'malformed' };
  const codes = parsed[1].split(',').map(s => s.trim());
  const w: WaiverBody = {
    codes,
    unknownCodes: codes.filter(c => !(RULE_CODES as readonly string[]).includes(c)),
    until: parsed[2],
    reason: parsed[3]?.trim() || undefined,
  };
  const until = w.until !== undefined ? parseCivilDate(w.until) : undefined;
  if (w.until !== undefined && !until) w.problem = 'badDate';
  else if (!w.reason) w.problem = 'noReason';
  else if (until !== undefined && until < asOf) w.problem = 'expired';
  return w;
}

/** Lines that lie inside a scalar spanning several lines (block scalars, multi-line quoted or plain ones), from the parsed nodes. */
function scalarLines(file: DossierFile, n: number): Uint8Array {
  const marks = new Uint8Array(n);
  const starts = file.source.lineStarts;
  const lineOf = (offset: number) => {
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const todo: unknown[] = [file.source.doc.contents];
  while (todo.length) {
    const node = todo.pop();
    if (isScalar(node)) {
      const r = node.range;
      if (!r) continue;
      const first = lineOf(r[0]),
        last = lineOf(Math.max(r[0], r[1] - 1));
      // the scalar's own first line holds its key or indicator: only the lines after it are text
      for (let l = first + 1; l <= last && l < n; l++) marks[l] = 1;
    } else if (isMap(node) || isSeq(node)) {
      for (const it of node.items) {
        if (isPair(it)) {
          todo.push(it.key, it.value);
        } else todo.push(it);
      }
    }
  }
  return marks;
}

/** Waiver findings of one file past the cap: how many, and where the first one is. */
export interface WaiverOverflow {
  count: number;
  range: Range;
}

interface Group {
  firstLine: number;
  lastLine: number;
  waivers: number[];
  parent?: Group;
  byCode?: Map<string, number[]>;
  resolved: Map<string, number | null>;
}

/** Marks the findings that valid waivers cover and returns the `waiver` findings to add. Linear in findings + waivers + lines. */
export function applyWaivers(
  files: FileWaivers[],
  findings: Finding[],
  message: (messageId: string, params: Record<string, unknown>) => string,
  /**
   * past `cap` waiver findings in one file, none is made: they are counted in `overflow` (by file,
   * with the range of the first one), which the check adds to its summary and to its « and N more »
   */
  lazy?: { cap: number; overflow: Map<string, WaiverOverflow> },
): Finding[] {
  // Waivers before the same node cover the same lines; nodes nest or are disjoint.
  const byFile = new Map<string, { fw: FileWaivers; inner: (Group | undefined)[] }>();
  for (const fw of files) {
    const m = new Map<number, Group>();
    for (let w = 0; w < fw.line.length; w++) {
      // a waiver with a problem waives nothing, and whether it names a finding changes none of its own
      if (fw.body[w].problem) continue;
      let g = m.get(fw.firstLine[w]);
      if (!g) m.set(fw.firstLine[w], (g = { firstLine: fw.firstLine[w], lastLine: fw.lastLine[w], waivers: [], resolved: new Map() }));
      g.waivers.push(w);
    }
    if (!m.size) continue;
    const groups = [...m.values()].sort((a, b) => a.firstLine - b.firstLine || b.lastLine - a.lastLine);
    const maxLine = groups.reduce((x, g) => Math.max(x, g.lastLine), 0);
    const inner: (Group | undefined)[] = new Array(maxLine + 1);
    const stack: Group[] = [];
    let gi = 0;
    for (let line = 0; line <= maxLine; line++) {
      while (stack.length && stack[stack.length - 1].lastLine < line) stack.pop();
      while (gi < groups.length && groups[gi].firstLine <= line) {
        const g = groups[gi++];
        if (g.lastLine < line) continue;
        while (stack.length && stack[stack.length - 1].lastLine < g.firstLine) stack.pop();
        g.parent = stack[stack.length - 1];
        stack.push(g);
      }
      inner[line] = stack[stack.length - 1];
    }
    byFile.set(fw.file, { fw, inner });
  }
  for (const f of findings) {
    if (f.code === 'waiver') continue;
    const at = byFile.get(f.file);
    if (!at) continue;
    const fw = at.fw;
    let chosen: number | undefined;
    for (let g = at.inner[f.range.start.line]; g; g = g.parent) {
      if (f.range.start.line < g.firstLine || f.range.start.line > g.lastLine) continue;
      let r = g.resolved.get(f.code);
      if (r === undefined) {
        if (!g.byCode) {
          g.byCode = new Map();
          for (const w of g.waivers)
            for (const c of fw.body[w].codes) {
              const l = g.byCode.get(c);
              if (l) l.push(w);
              else g.byCode.set(c, [w]);
            }
        }
        r = null;
        for (const w of g.byCode.get(f.code) ?? []) {
          fw.used[w] = 1;
          r = w;
        }
        g.resolved.set(f.code, r);
      }
      // the innermost valid waiver gives the reason (as the last one in file order did)
      if (r !== null && chosen === undefined) chosen = r;
    }
    if (chosen !== undefined) {
      const b = fw.body[chosen];
      f.waived = { reason: b.reason!, ...(b.until ? { until: b.until } : {}) };
    }
  }
  const out: Finding[] = [];
  // the first finding of each file and code not waived, made once and only for a waiver that covers nothing
  let first: Map<string, Finding> | undefined;
  const firstOf = () => {
    if (first) return first;
    first = new Map();
    for (const f of findings) {
      if (f.code === 'waiver' || f.waived) continue;
      const key = `${f.file}\u0000${f.code}`;
      const had = first.get(key);
      if (!had || f.range.start.line < had.range.start.line) first.set(key, f);
    }
    return first;
  };
  for (const fw of files) {
    // in file order, so past the cap every later one is past it too
    let made = 0;
    let overflow: WaiverOverflow | undefined;
    let range: Range | undefined;
    let w = 0;
    const add = (messageId: string, params: Record<string, unknown> = {}) => {
      range ??= waiverRange(fw, w);
      if (lazy && made >= lazy.cap) {
        if (overflow) overflow.count++;
        else lazy.overflow.set(fw.file, (overflow = { count: 1, range }));
        return;
      }
      made++;
      out.push({
        file: fw.file,
        range,
        code: 'waiver' as RuleCode,
        severity: 'warning',
        messageId,
        message: message(messageId, params),
        data: { waiver: messageId },
      });
    };
    for (; w < fw.line.length; w++) {
      const b = fw.body[w];
      const unused = !b.problem && !fw.used[w] && b.unknownCodes.length < b.codes.length;
      const gives = b.unknownCodes.length + (b.problem || unused ? 1 : 0);
      if (!gives) continue;
      if (lazy && made >= lazy.cap && overflow) {
        // past the cap: counted, nothing made (150,000 waivers that each give a finding)
        overflow.count += gives;
        continue;
      }
      range = undefined;
      for (const code of b.unknownCodes)
        add('unknownCode', {
          code,
          get hint() {
            return hintFor(code);
          },
        });
      if (b.problem) add(b.problem, { codes: b.codes.join(', ') || '<code>', until: b.until });
      else if (unused) {
        // where a waiver of these codes would belong: the line of such a finding in this file
        const target = b.codes
          .map(c => firstOf().get(`${fw.file}\u0000${c}`))
          .filter(f => f !== undefined)
          .sort((x, y) => x.range.start.line - y.range.start.line)[0];
        if (target) add('unusedElsewhere', { codes: b.codes.join(', '), code: target.code, line: target.range.start.line + 1 });
        else add('unused', { codes: b.codes.join(', ') });
      }
    }
  }
  return out;
}

function hintFor(code: string): string {
  const near = closest(code, [...RULE_CODES]);
  return near ? ` (${near} ?)` : '';
}
