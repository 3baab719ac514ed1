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
import { isMap, isPair, isScalar, isSeq, type Range, splitLines } from './yamlSource.js';

export interface Waiver {
  file: string;
  range: Range;
  codes: string[];
  until?: string;
  reason?: string;
  /** lines (0-based, inclusive) of the node the waiver stands before */
  firstLine: number;
  lastLine: number;
  problem?: 'noReason' | 'expired' | 'badDate' | 'malformed';
  unknownCodes: string[];
  used: boolean;
}

const MARK = /^(\s*)#\s*has-dossier-ignore\b(.*)$/;
/** `- title: X  # has-dossier-ignore …`: a waiver at the end of a line covers the node that starts on that line. */
const END_MARK = /^(.*?\S)[ \t]+#\s*has-dossier-ignore\b(.*)$/;
/** The text before an end-of-line comment holds no open quote (so its # starts a comment, not text of a value). */
const quotesClosed = (s: string) => (s.match(/"/g)?.length ?? 0) % 2 === 0 && (s.replace(/\w'\w/g, '').match(/'/g)?.length ?? 0) % 2 === 0;
const BODY = /^\s+([a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*)*)(?:\s+until\s+([^\s:]+))?\s*(?::(.*))?$/;

const indentOf = (line: string) => line.length - line.trimStart().length;
const isBlankOrComment = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

/** Waiver comments by parsed file and as-of date (a file the parse cache kept is not scanned again). */
const waiverCache = new WeakMap<object, { asOf: CivilDate; waivers: Waiver[] }>();

export function parseWaivers(file: DossierFile, asOf: CivilDate): Waiver[] {
  const hit = waiverCache.get(file.source);
  // `used` is set per check: reset in place (a check runs to its end before the next one starts;
  // copying 150,000 waivers on every keystroke cost more than scanning them)
  if (hit && hit.asOf === asOf) { for (const w of hit.waivers) w.used = false; return hit.waivers; }
  const waivers = scanWaivers(file, asOf);
  waiverCache.set(file.source, { asOf, waivers });
  return waivers;
}

function scanWaivers(file: DossierFile, asOf: CivilDate): Waiver[] {
  const text = file.source.text;
  if (!text.includes('has-dossier-ignore')) return [];
  const lines = splitLines(text);
  const n = lines.length;
  // A waiver is a comment: text inside a block or quoted scalar that looks like one is not.
  const inScalar = scalarLines(file, n);
  // Everything below is linear in the number of lines, however many waivers there are.
  const content = new Uint8Array(n);
  for (let i = 0; i < n; i++) content[i] = isBlankOrComment(lines[i]) ? 0 : 1;
  const nextContent = new Int32Array(n + 1);
  nextContent[n] = n;
  for (let i = n - 1; i >= 0; i--) nextContent[i] = content[i] ? i : nextContent[i + 1];
  const prevContent = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) { if (content[i]) last = i; prevContent[i] = last; }
  // the last line of the block a content line opens: up to the next content line indented no deeper
  const blockEnd = new Int32Array(n);
  const stack: number[] = [];
  const lastContent = n ? prevContent[n - 1] : -1;
  for (let j = n - 1; j >= 0; j--) {
    if (!content[j]) continue;
    const base = indentOf(lines[j]);
    while (stack.length && indentOf(lines[stack[stack.length - 1]]) > base) stack.pop();
    blockEnd[j] = stack.length ? Math.max(j, prevContent[stack[stack.length - 1] - 1]) : Math.max(j, lastContent);
    stack.push(j);
  }
  const out: Waiver[] = [];
  for (let i = 0; i < n; i++) {
    if (inScalar[i]) continue;
    const m = MARK.exec(lines[i]);
    let body: string, at: number, j: number;
    if (m) {
      body = m[2];
      at = m[1].length;
      j = nextContent[i + 1 <= n ? i + 1 : n];
    } else {
      // at the end of a line: it covers the node that starts on this line
      const e = lines[i].includes('has-dossier-ignore') ? END_MARK.exec(lines[i]) : null;
      if (!e || !quotesClosed(e[1])) continue;
      body = e[2];
      at = lines[i].indexOf('#', e[1].length);
      j = i;
    }
    const k = j < n ? blockEnd[j] : j;
    const w: Waiver = {
      file: file.path, range: { start: { line: i, character: at }, end: { line: i, character: lines[i].length } },
      codes: [], firstLine: j, lastLine: k, unknownCodes: [], used: false,
    };
    const parsed = BODY.exec(body);
    if (!parsed) {
      w.problem = 'malformed';
    } else {
      w.codes = parsed[1].split(',').map(s => s.trim());
      w.unknownCodes = w.codes.filter(c => !(RULE_CODES as readonly string[]).includes(c));
      w.until = parsed[2];
      w.reason = parsed[3]?.trim() || undefined;
      const until = w.until !== undefined ? parseCivilDate(w.until) : undefined;
      if (w.until !== undefined && !until) w.problem = 'badDate';
      else if (!w.reason) w.problem = 'noReason';
      else if (until !== undefined && until < asOf) w.problem = 'expired';
    }
    out.push(w);
  }
  return out;
}

/** Lines that lie inside a scalar spanning several lines (block scalars, multi-line quoted or plain ones), from the parsed nodes. */
function scalarLines(file: DossierFile, n: number): Uint8Array {
  const marks = new Uint8Array(n);
  const starts = file.source.lineStarts;
  const lineOf = (offset: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const todo: unknown[] = [file.source.doc.contents];
  while (todo.length) {
    const node = todo.pop();
    if (isScalar(node)) {
      const r = node.range;
      if (!r) continue;
      const first = lineOf(r[0]), last = lineOf(Math.max(r[0], r[1] - 1));
      // the scalar's own first line holds its key or indicator: only the lines after it are text
      for (let l = first + 1; l <= last && l < n; l++) marks[l] = 1;
    } else if (isMap(node) || isSeq(node)) {
      for (const it of node.items) {
        if (isPair(it)) { todo.push(it.key, it.value); } else todo.push(it);
      }
    }
  }
  return marks;
}

/** Waiver findings of one file past the cap: how many, and where the first one is. */
export interface WaiverOverflow { count: number; range: Range }

interface Group { firstLine: number; lastLine: number; waivers: Waiver[]; parent?: Group; byCode?: Map<string, Waiver[]>; resolved: Map<string, Waiver | null> }

/** Marks the findings that valid waivers cover and returns the `waiver` findings to add. Linear in findings + waivers + lines. */
export function applyWaivers(
  waivers: Waiver[], findings: Finding[],
  message: (messageId: string, params: Record<string, unknown>) => string,
  /**
   * past `cap` waiver findings in one file, none is made: they are counted in `overflow` (by file,
   * with the range of the first one), which the check adds to its summary and to its « and N more »
   */
  lazy?: { cap: number; overflow: Map<string, WaiverOverflow> },
): Finding[] {
  // Waivers before the same node cover the same lines; nodes nest or are disjoint.
  const byFile = new Map<string, { groups: Group[]; inner: (Group | undefined)[] }>();
  const groupsOf = new Map<string, Map<number, Group>>();
  for (const w of waivers) {
    let m = groupsOf.get(w.file);
    if (!m) groupsOf.set(w.file, m = new Map());
    let g = m.get(w.firstLine);
    if (!g) m.set(w.firstLine, g = { firstLine: w.firstLine, lastLine: w.lastLine, waivers: [], resolved: new Map() });
    g.waivers.push(w);
  }
  for (const [file, m] of groupsOf) {
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
    byFile.set(file, { groups, inner });
  }
  for (const f of findings) {
    if (f.code === 'waiver') continue;
    const at = byFile.get(f.file);
    if (!at) continue;
    let chosen: Waiver | undefined;
    for (let g = at.inner[f.range.start.line]; g; g = g.parent) {
      if (f.range.start.line < g.firstLine || f.range.start.line > g.lastLine) continue;
      let r = g.resolved.get(f.code);
      if (r === undefined) {
        if (!g.byCode) {
          g.byCode = new Map();
          for (const w of g.waivers) for (const c of w.codes) { const l = g.byCode.get(c); if (l) l.push(w); else g.byCode.set(c, [w]); }
        }
        r = null;
        for (const w of g.byCode.get(f.code) ?? []) { w.used = true; if (!w.problem) r = w; }
        g.resolved.set(f.code, r);
      }
      // the innermost valid waiver gives the reason (as the last one in file order did)
      if (r && !chosen) chosen = r;
    }
    if (chosen) f.waived = { reason: chosen.reason!, ...(chosen.until ? { until: chosen.until } : {}) };
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
  const perFile = new Map<string, number>();
  const add = (w: Waiver, messageId: string, params: Record<string, unknown> = {}) => {
    const n = (perFile.get(w.file) ?? 0) + 1;
    perFile.set(w.file, n);
    if (lazy && n > lazy.cap) {
      // in file order, so past the cap every later one is past it too (150,000 waivers: no finding each)
      const o = lazy.overflow.get(w.file);
      if (o) o.count++;
      else lazy.overflow.set(w.file, { count: 1, range: w.range });
      return;
    }
    out.push({ file: w.file, range: w.range, code: 'waiver' as RuleCode, severity: 'warning', messageId, message: message(messageId, params), data: { waiver: messageId } });
  };
  for (const w of waivers) {
    for (const code of w.unknownCodes) add(w, 'unknownCode', { code, get hint() { return hintFor(code); } });
    if (w.problem) add(w, w.problem, { codes: w.codes.join(', ') || '<code>', until: w.until });
    else if (!w.used && w.unknownCodes.length < w.codes.length) {
      // where a waiver of these codes would belong: the line of such a finding in this file
      const target = w.codes.map(c => firstOf().get(`${w.file}\u0000${c}`)).filter(f => f !== undefined).sort((x, y) => x.range.start.line - y.range.start.line)[0];
      if (target) add(w, 'unusedElsewhere', { codes: w.codes.join(', '), code: target.code, line: target.range.start.line + 1 });
      else add(w, 'unused', { codes: w.codes.join(', ') });
    }
  }
  return out;
}

function hintFor(code: string): string {
  const near = closest(code, [...RULE_CODES]);
  return near ? ` (${near} ?)` : '';
}
