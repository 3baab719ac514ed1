/** Human output, grouped by file (as ESLint's stylish); colour only when asked for by the caller. */
import pc from 'picocolors';
import type { Formatter } from './common.js';
import { location } from './common.js';

export const formatStylish: Formatter = ({ result, color, prefix = '' }) => {
  const c = pc.createColors(color);
  const fr = result.lang === 'fr';
  const lines: string[] = [];
  let current = '';
  const sev = (s: string) => (s === 'error' ? c.red(fr ? 'erreur' : 'error') : s === 'warning' ? c.yellow(fr ? 'avert.' : 'warning') : c.blue('info'));
  const rows = result.findings;
  const width = Math.max(0, ...rows.map(f => { const l = location(f); return `${l.line}:${l.column}`.length; }));
  for (const f of rows) {
    if (f.file !== current) {
      if (current) lines.push('');
      lines.push(c.underline(prefix + f.file));
      current = f.file;
    }
    const l = location(f);
    const where = `${l.line}:${l.column}`.padEnd(width);
    const label = f.waived ? c.dim(fr ? 'dérogé' : 'waived') : sev(f.severity);
    const waiver = f.waived ? c.dim(fr ? ` (dérogation : ${f.waived.reason}${f.waived.until ? `, jusqu'au ${f.waived.until}` : ''})` : ` (waived: ${f.waived.reason}${f.waived.until ? `, until ${f.waived.until}` : ''})`) : '';
    lines.push(`  ${c.dim(where)}  ${label.padEnd(color ? 0 : 6)}  ${f.message}${waiver}  ${c.dim(f.code)}`);
  }
  const s = result.summary;
  if (rows.length) lines.push('');
  const problems = s.errors + s.warnings;
  const text = fr
    ? `${problems ? '✖' : '✔'} ${s.errors} erreur${s.errors > 1 ? 's' : ''}, ${s.warnings} avertissement${s.warnings > 1 ? 's' : ''}, ${s.infos} info${s.infos > 1 ? 's' : ''}, ${s.waived} dérogé${s.waived > 1 ? 's' : ''} — ${s.files} fichier${s.files > 1 ? 's' : ''}, manuel ${result.catalogue?.id ?? '?'}, au ${result.asOf}`
    : `${problems ? '✖' : '✔'} ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info, ${s.waived} waived — ${s.files} file${s.files === 1 ? '' : 's'}, manual ${result.catalogue?.id ?? '?'}, as of ${result.asOf}`;
  lines.push(s.errors ? c.red(c.bold(text)) : s.warnings ? c.yellow(c.bold(text)) : c.green(c.bold(text)));
  return lines.join('\n') + '\n';
};
