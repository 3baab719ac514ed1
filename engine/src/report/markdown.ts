/** A short Markdown summary of a check, to fit a pull-request comment (`check --format markdown`). */
import type { CheckResult } from '../check.js';
import { codeSpan, escapeMarkdown } from '../text/markdown.js';
import { count, formatNumber, t, type MessageId } from '../l10n/index.js';
import { readinessText } from '../proof.js';
import { buildReportModel } from './model.js';

const MAX_ROWS = 50;
/** Text from the dossier or the catalogue in a pull-request comment: no link, image, HTML or mention. */
const text = (s: string) => escapeMarkdown(s, { mentions: true });

export function renderMarkdownSummary(result: CheckResult): string {
  const m = buildReportModel(result);
  const lang = m.lang;
  const s = m.summary;
  const bold = (id: MessageId, n: number) => `**${formatNumber(lang, n)}** ${t(lang, id, { n })}`;
  const lines: string[] = [];
  lines.push(t(lang, 'summary.markdownTitle', { name: text(m.establishment?.name ?? ''), manual: m.manual.id, asOf: m.asOf }), '');
  const ready = readinessText(m.readiness, lang, true);
  lines.push(
    `${s.errors ? '❌' : '✅'} ${t(lang, 'summary.markdown', {
      errors: bold('count.error', s.errors),
      warnings: bold('count.warning', s.warnings),
      infos: count(lang, 'count.info', s.infos),
      waived: count(lang, 'count.waived', s.waived),
      ready,
    })}`,
  );
  if (m.proofGap) lines.push('', `**${m.proofGap}**`);
  if (m.visitStart) {
    const listed = m.calista.filter(c => c.listed).length;
    // a deadline already past reads as late, not as "by"
    const past = m.calistaDeadline !== undefined && m.calistaDeadline < m.asOf;
    lines.push(
      '',
      t(lang, past ? 'summary.markdownVisitLate' : 'summary.markdownVisit', {
        visit: m.visitStart,
        listed,
        total: m.calista.length,
        deadline: m.calistaDeadline ?? '—',
      }),
    );
  }
  const rows = m.gaps.filter(g => !g.waived && g.severity !== 'info');
  if (rows.length) {
    lines.push('', t(lang, 'summary.markdownHead'), '|---|---|---|---|');
    for (const g of rows.slice(0, MAX_ROWS))
      lines.push(`| ${t(lang, `count.${g.severity}`, { n: 1 })} | ${codeSpan(g.code)} | ${codeSpan(`${g.file}:${g.line}`)} | ${text(g.message)} |`);
    if (rows.length > MAX_ROWS) lines.push('', t(lang, 'count.more', { n: formatNumber(lang, rows.length - MAX_ROWS) }));
  }
  return lines.join('\n') + '\n';
}
