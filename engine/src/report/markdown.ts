/** A short Markdown summary of a check, to fit a pull-request comment (`check --format markdown`). */
import type { CheckResult } from '../check.js';
import { buildReportModel, readiness } from './model.js';

const MAX_ROWS = 50;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdownSummary(result: CheckResult): string {
  const m = buildReportModel(result);
  const fr = m.lang === 'fr';
  const s = m.summary;
  const lines: string[] = [];
  lines.push(`### has-dossier — ${m.establishment?.name ?? ''} (${m.manual.id}, ${fr ? 'au' : 'as of'} ${m.asOf})`, '');
  const ready = `${Math.round(readiness(m.totals) * 100)} % (${m.totals.conforme + m.totals['non-applicable']}/${m.totals.total})`;
  lines.push(fr
    ? `${s.errors ? '❌' : '✅'} **${s.errors}** erreur${s.errors > 1 ? 's' : ''} · ⚠️ **${s.warnings}** avertissement${s.warnings > 1 ? 's' : ''} · ℹ️ ${s.infos} info${s.infos > 1 ? 's' : ''} · ${s.waived} dérogé${s.waived > 1 ? 's' : ''} — éléments prêts : ${ready}`
    : `${s.errors ? '❌' : '✅'} **${s.errors}** error${s.errors === 1 ? '' : 's'} · ⚠️ **${s.warnings}** warning${s.warnings === 1 ? '' : 's'} · ℹ️ ${s.infos} info · ${s.waived} waived — elements ready: ${ready}`);
  if (m.visitStart) {
    const listed = m.calista.filter(c => c.listed).length;
    lines.push('', fr
      ? `Visite : ${m.visitStart} · CALISTA : ${listed}/${m.calista.length} documents listés, au plus tard le ${m.calistaDeadline}`
      : `Visit: ${m.visitStart} · CALISTA: ${listed}/${m.calista.length} documents listed, by ${m.calistaDeadline}`);
  }
  const rows = m.gaps.filter(g => !g.waived && g.severity !== 'info');
  if (rows.length) {
    lines.push('', fr ? '| Sévérité | Règle | Où | Message |' : '| Severity | Rule | Where | Message |', '|---|---|---|---|');
    const SEV = fr ? { error: 'erreur', warning: 'avertissement', info: 'info' } : { error: 'error', warning: 'warning', info: 'info' };
    for (const g of rows.slice(0, MAX_ROWS)) lines.push(`| ${SEV[g.severity]} | \`${g.code}\` | \`${cell(g.file)}:${g.line}\` | ${cell(g.message)} |`);
    if (rows.length > MAX_ROWS) lines.push('', fr ? `… et ${rows.length - MAX_ROWS} de plus.` : `… and ${rows.length - MAX_ROWS} more.`);
  }
  return lines.join('\n') + '\n';
}
