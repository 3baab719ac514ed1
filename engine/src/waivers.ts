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
import type { Range } from './yamlSource.js';

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
const BODY = /^\s+([a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*)*)(?:\s+until\s+([^\s:]+))?\s*(?::(.*))?$/;

const indentOf = (line: string) => line.length - line.trimStart().length;
const isBlankOrComment = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

/** Waiver comments by parsed file and as-of date (a file the parse cache kept is not scanned again). */
const waiverCache = new WeakMap<object, { asOf: CivilDate; waivers: Waiver[] }>();

export function parseWaivers(file: DossierFile, asOf: CivilDate): Waiver[] {
  const hit = waiverCache.get(file.source);
  // fresh copies: `used` is set per check
  if (hit && hit.asOf === asOf) return hit.waivers.map(w => ({ ...w, used: false }));
  const waivers = scanWaivers(file, asOf);
  waiverCache.set(file.source, { asOf, waivers });
  return waivers.map(w => ({ ...w, used: false }));
}

function scanWaivers(file: DossierFile, asOf: CivilDate): Waiver[] {
  if (!file.source.text.includes('has-dossier-ignore')) return [];
  const lines = file.source.text.split(/\r?\n/);
  const out: Waiver[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = MARK.exec(lines[i]);
    if (!m) continue;
    let j = i + 1;
    while (j < lines.length && isBlankOrComment(lines[j])) j++;
    let k = j;
    if (j < lines.length) {
      const base = indentOf(lines[j]);
      for (let n = j + 1; n < lines.length; n++) {
        if (isBlankOrComment(lines[n])) continue;
        if (indentOf(lines[n]) <= base) break;
        k = n;
      }
    }
    const w: Waiver = {
      file: file.path, range: { start: { line: i, character: m[1].length }, end: { line: i, character: lines[i].length } },
      codes: [], firstLine: j, lastLine: k, unknownCodes: [], used: false,
    };
    const body = BODY.exec(m[2]);
    if (!body) {
      w.problem = 'malformed';
    } else {
      w.codes = body[1].split(',').map(s => s.trim());
      w.unknownCodes = w.codes.filter(c => !(RULE_CODES as readonly string[]).includes(c));
      w.until = body[2];
      w.reason = body[3]?.trim() || undefined;
      if (w.until !== undefined && !parseCivilDate(w.until)) w.problem = 'badDate';
      else if (!w.reason) w.problem = 'noReason';
      else if (w.until !== undefined && w.until < asOf) w.problem = 'expired';
    }
    out.push(w);
  }
  return out;
}

/** Marks the findings that valid waivers cover and returns the `waiver` findings to add. */
export function applyWaivers(
  waivers: Waiver[], findings: Finding[],
  message: (messageId: string, params: Record<string, unknown>) => string,
): Finding[] {
  for (const f of findings) {
    if (f.code === 'waiver') continue;
    for (const w of waivers) {
      if (w.file !== f.file || !w.codes.includes(f.code) || f.range.start.line < w.firstLine || f.range.start.line > w.lastLine) continue;
      w.used = true;
      if (!w.problem) f.waived = { reason: w.reason!, ...(w.until ? { until: w.until } : {}) };
    }
  }
  const out: Finding[] = [];
  const add = (w: Waiver, messageId: string, params: Record<string, unknown> = {}) =>
    out.push({ file: w.file, range: w.range, code: 'waiver' as RuleCode, severity: 'warning', messageId, message: message(messageId, params), data: { waiver: messageId } });
  for (const w of waivers) {
    for (const code of w.unknownCodes) add(w, 'unknownCode', { code, hint: hintFor(code) });
    if (w.problem) add(w, w.problem, { codes: w.codes.join(', ') || '<code>', until: w.until });
    else if (!w.used && w.unknownCodes.length < w.codes.length) add(w, 'unused', { codes: w.codes.join(', ') });
  }
  return out;
}

function hintFor(code: string): string {
  const near = closest(code, [...RULE_CODES]);
  return near ? ` (${near} ?)` : '';
}
