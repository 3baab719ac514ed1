/** Human output, grouped by file (as ESLint's stylish), paths relative to the working directory; colour only when asked for by the caller. */
import pc from 'picocolors';
import type { Formatter } from './common.js';
import { location, relativeTo } from './common.js';
import { summaryText } from './summary.js';
import { l10n, terminalText as plain } from '../../../engine/src/index.js';

export const formatStylish: Formatter = ({ result, color, cwd }) => {
  const c = pc.createColors(color);
  const lang = result.lang;
  const say = (id: l10n.MessageId, params?: l10n.Params) => l10n.t(lang, id, params);
  const lines: string[] = [];
  let current = '';
  const sev = (s: string) =>
    s === 'error' ? c.red(say('summary.stylishError')) : s === 'warning' ? c.yellow(say('summary.stylishWarning')) : c.blue(say('summary.stylishInfo'));
  const rows = result.findings;
  const width = Math.max(
    0,
    ...rows.map(f => {
      const l = location(f);
      return `${l.line}:${l.column}`.length;
    }),
  );
  for (const f of rows) {
    if (f.file !== current) {
      if (current) lines.push('');
      lines.push(c.underline(plain(relativeTo(cwd, result, f.file))));
      current = f.file;
    }
    const l = location(f);
    const where = `${l.line}:${l.column}`.padEnd(width);
    const label = f.waived ? c.dim(say('summary.stylishWaived')) : sev(f.severity);
    const waiver = f.waived
      ? c.dim(
          f.waived.until
            ? say('summary.waiverUntil', { reason: plain(f.waived.reason), until: plain(f.waived.until) })
            : say('summary.waiver', { reason: plain(f.waived.reason) }),
        )
      : '';
    lines.push(`  ${c.dim(where)}  ${label.padEnd(color ? 0 : 6)}  ${plain(f.message)}${waiver}  ${c.dim(f.code)}`);
  }
  const s = result.summary;
  if (rows.length) lines.push('');
  const text = summaryText(s, result.lang, result.catalogue?.id ?? '?', result.asOf);
  lines.push(s.errors ? c.red(c.bold(text)) : s.warnings ? c.yellow(c.bold(text)) : c.green(c.bold(text)));
  return lines.join('\n') + '\n';
};
