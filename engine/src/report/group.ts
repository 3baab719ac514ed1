/**
 * `report --all`: the index of a group of establishments (the sites of a GHT), one row per site
 * with its figures — declared and proven readiness, errors, warnings, overdue actions — and a
 * link to the site's own report. Self-contained HTML like the report.
 */
import type { CheckResult } from '../check.js';
import { readinessJson } from '../proof.js';
import { html, trusted, type Html } from '../text/html.js';
import type { Lang } from '../types.js';
import { count, formatNumber, t, words } from '../l10n/index.js';
import { buildReportModel } from './model.js';

export interface GroupRow {
  /** the site's folder, relative to the group's folder */
  site: string;
  name?: string;
  finess?: string;
  declaredPercent: number;
  provenPercent: number;
  headline: string | null;
  errors: number;
  warnings: number;
  overdueActions: number;
  /** the site's report, relative to the index */
  href: string;
}

export function groupRow(site: string, result: CheckResult, href: string): GroupRow {
  const m = buildReportModel(result);
  const r = readinessJson(result);
  return {
    site,
    name: m.establishment?.name,
    finess: m.establishment?.finess,
    declaredPercent: r.declaredPercent,
    provenPercent: r.provenPercent,
    headline: r.headline,
    errors: result.summary.errors,
    warnings: result.summary.warnings,
    overdueActions: m.actions.filter(a => a.overdue).length,
    href,
  };
}

export function renderGroupIndexHtml(rows: GroupRow[], lang: Lang, asOf: string): string {
  const w = words(lang, 'group');
  const pct = (n: number) => t(lang, 'proof.percent', { p: formatNumber(lang, n) });
  const css = trusted(
    'body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1180px;padding:24px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #c8c8c8;padding:4px 6px;text-align:left}th{background:#f4f4f4}td.num{text-align:right}.bad{color:#a4161a;font-weight:600}',
  );
  const body: Html[] = rows.map(
    r =>
      html`<tr class="site" data-site="${r.site}"><th scope="row">${r.name ?? r.site}${r.finess ? html`<br><small>FINESS ${r.finess}</small>` : ''}</th><td><code>${r.site}</code></td><td class="num" data-readiness="declared">${pct(r.declaredPercent)}</td><td class="num" data-readiness="proven">${pct(r.provenPercent)}</td><td>${r.headline ?? '—'}</td><td class="num${r.errors ? ' bad' : ''}" data-count="errors">${r.errors}</td><td class="num" data-count="warnings">${r.warnings}</td><td class="num" data-count="overdue">${r.overdueActions}</td><td><a href="${r.href}">${w.open}</a></td></tr>`,
  );
  return (
    html`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';"><title>${w.title}</title><style>${css}</style></head><body><h1>${w.title}</h1><p>${w.asOf} <time datetime="${asOf}">${asOf}</time> · ${count(lang, 'count.site', rows.length)}</p><table id="sites"><thead><tr><th scope="col">${w.site}</th><th scope="col">${w.folder}</th><th scope="col">${w.declared}</th><th scope="col">${w.proven}</th><th scope="col">${w.gap}</th><th scope="col">${w.errors}</th><th scope="col">${w.warnings}</th><th scope="col">${w.overdue}</th><th scope="col">${w.report}</th></tr></thead><tbody>${body}</tbody></table></body></html>`
      .markup + '\n'
  );
}
