/** Human output, grouped by file (as ESLint's stylish); colour only when asked for by the caller. */
import pc from 'picocolors';
import type { Formatter } from './common.js';
import { location } from './common.js';
import { l10n, terminalText as plain } from '../../../engine/src/index.js';

export const formatStylish: Formatter = ({ result, color, prefix = '' }) => {
  const c = pc.createColors(color);
  const lang = result.lang;
  const say = (id: l10n.MessageId, params?: l10n.Params) => l10n.t(lang, id, params);
  const lines: string[] = [];
  let current = '';
  const sev = (s: string) => (s === 'error' ? c.red(say('summary.stylishError')) : s === 'warning' ? c.yellow(say('summary.stylishWarning')) : c.blue(say('summary.stylishInfo')));
  const rows = result.findings;
  const width = Math.max(0, ...rows.map(f => { const l = location(f); return `${l.line}:${l.column}`.length; }));
  for (const f of rows) {
    if (f.file !== current) {
      if (current) lines.push('');
      lines.push(c.underline(plain(prefix + f.file)));
      current = f.file;
    }
    const l = location(f);
    const where = `${l.line}:${l.column}`.padEnd(width);
    const label = f.waived ? c.dim(say('summary.stylishWaived')) : sev(f.severity);
    const waiver = f.waived ? c.dim(f.waived.until ? say('summary.waiverUntil', { reason: plain(f.waived.reason), until: plain(f.waived.until) }) : say('summary.waiver', { reason: plain(f.waived.reason) })) : '';
    lines.push(`  ${c.dim(where)}  ${label.padEnd(color ? 0 : 6)}  ${plain(f.message)}${waiver}  ${c.dim(f.code)}`);
  }
  const s = result.summary;
  if (rows.length) lines.push('');
  const problems = s.errors + s.warnings;
  const n = (id: l10n.MessageId, k: number) => l10n.count(lang, id, k);
  const text = `${problems ? '✖' : '✔'} ${say('summary.stylish', {
    errors: n('count.error', s.errors), warnings: n('count.warning', s.warnings), infos: n('count.info', s.infos), waived: n('count.waived', s.waived),
    files: n('count.file', s.files), manual: plain(result.catalogue?.id ?? '?'), asOf: result.asOf,
  })}`;
  lines.push(s.errors ? c.red(c.bold(text)) : s.warnings ? c.yellow(c.bold(text)) : c.green(c.bold(text)));
  return lines.join('\n') + '\n';
};
