/**
 * The self-contained HTML report: no network, no external font or script; inline CSS and SVG.
 * Readable without colour (every state has a label and a pattern) and printable on A4.
 */
import type { Lang } from '../types.js';
import { ELEMENT_STATE_TERMS, ELEMENT_STATES, SEVERITY_TERMS } from '../format/vocabulary.js';
import { html, joinHtml, trusted, type Html, type HtmlValue } from '../text/html.js';
import { colon, count, formatNumber, semicolon, t as say, words, type MessageId } from '../l10n/index.js';
import { countdownText, cycleText, documentsCountText, invalidText, visitWords } from './visitText.js';
import { proofReasonText } from '../proof.js';
import { provenReadiness, readiness, type ElementState, type ReportCriterion, type ReportModel } from './model.js';

/** Each element state: its letter in the report's cells, and its words (the format's). */
const stateLabels = (lang: Lang) =>
  Object.fromEntries(ELEMENT_STATES.map(s => [s, [ELEMENT_STATE_TERMS[s].letter, ELEMENT_STATE_TERMS[s].label[lang]]])) as Record<
    ElementState,
    [string, string]
  >;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function days(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

/** A heat class from the share of settled elements; any non-conforme element makes it "bad". */
function heat(c: ReportCriterion['counts']): string {
  if (!c.total || c.missing === c.total) return 'heat-none';
  if (c['non-conforme'] > 0) return 'heat-bad';
  const r = readiness(c);
  return r >= 0.9 ? 'heat-good' : r >= 0.6 ? 'heat-fair' : 'heat-weak';
}

const CSS = trusted(`
:root{--fg:#1b1b1b;--muted:#555;--line:#c8c8c8;--good:#1f7a3a;--good-bg:#d9f2e0;--fair:#7a5b00;--fair-bg:#fff1c2;--weak:#8a3b00;--weak-bg:#ffe0cc;--bad:#a4161a;--bad-bg:#fbd5d5;--none-bg:#eeeeee}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);margin:0 auto;max-width:1180px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid var(--fg);padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
.meta{color:var(--muted);margin:0 0 12px}.partial{border-left:4px solid var(--fair);background:var(--fair-bg);padding:6px 10px;margin:8px 0}
table{border-collapse:collapse;width:100%;margin:6px 0 14px}th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}th{background:#f4f4f4}
td.num{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:600;padding:4px 0}
.cards{display:flex;gap:10px;flex-wrap:wrap}.card{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:120px}.card b{display:block;font-size:20px}
.heat-good{background:var(--good-bg)}.heat-fair{background:var(--fair-bg)}.heat-weak{background:var(--weak-bg)}.heat-bad{background:var(--bad-bg)}
.heat-none{background:repeating-linear-gradient(45deg,var(--none-bg) 0 6px,#fff 6px 12px)}
.el{display:inline-block;min-width:2.6em;margin:1px;padding:0 3px;border:1px solid #888;border-radius:3px;font:12px/1.6 ui-monospace,Menlo,Consolas,monospace;text-align:center}
.el-conforme{background:var(--good-bg)}.el-partiel{background:var(--fair-bg)}.el-non-conforme{background:var(--bad-bg);border-style:double;border-width:3px}
.el-non-applicable{background:#e7e7f7}.el-a-evaluer{background:#fff;border-style:dashed}.el-missing{background:repeating-linear-gradient(45deg,var(--none-bg) 0 4px,#fff 4px 8px);border-style:dotted}
.sev-error{color:var(--bad);font-weight:600}.sev-warning{color:var(--weak);font-weight:600}.sev-info{color:var(--muted)}.waived{color:var(--muted);font-style:italic}
.st-stale,.st-expired,.st-file-missing,.st-future,.overdue,.late,.absent{color:var(--bad);font-weight:600}.st-stale-at-visit{color:var(--weak);font-weight:600}.st-valid,.ok{color:var(--good)}
.imp{font-weight:700}.proof-gap{border-left:4px solid var(--bad);background:var(--bad-bg);padding:6px 10px}.el.unproven{outline:2px dashed var(--bad);outline-offset:-1px}sup.unproven-mark{color:var(--bad);font-weight:700}ul.comments{margin:2px 0;padding-left:16px}p.comment{margin:2px 0}.legend span{margin-right:10px}a{color:#0b4f9c}
svg text{font:11px system-ui,sans-serif;fill:#1b1b1b}
.print-only{display:none}
td.path,td code,td a{overflow-wrap:anywhere}.timeline svg{display:block;margin:0 0 6px}th .short{display:none}td.num{white-space:nowrap}
@media print{
@page{size:A4;margin:10mm 9mm}
body{max-width:none;padding:0;font-size:8.5pt;line-height:1.25}
h1{font-size:14pt}h2{font-size:12pt;margin:0 0 4px;break-after:avoid}h3{font-size:10pt;margin:6px 0 3px;break-after:avoid}
main>section{break-before:page}main>section:first-child{break-before:auto}
/* the short parts after the gaps (timeline, action plan, CALISTA, visit) follow one another: a page each cost three mostly empty pages */
main>section[aria-labelledby=h-timeline],main>section[aria-labelledby=h-actions],main>section[aria-labelledby=h-calista],main>section[aria-labelledby=h-visit]{break-before:auto}
table.coverage{break-before:auto}h3.chapter{break-before:page}section#coverage-section h3.chapter:first-of-type{break-before:auto}
table{table-layout:fixed;width:100%;margin:2px 0 6px}th,td{padding:1px 3px}th{font-size:7.5pt}
table.coverage{font-size:7.5pt}table.coverage small{font-size:7pt}
table.coverage col.c-criterion{width:31%}table.coverage col.c-level{width:8%}table.coverage col.c-file{width:14%}table.coverage col.c-count{width:3.2%}table.coverage col.c-ready{width:5.5%}table.coverage col.c-elements{width:16.8%}
th .long{display:none}th .short{display:inline}
#actions col.a-due{width:10%}#actions col.a-title{width:48%}#actions col.a-crit{width:13%}#actions col.a-owner{width:17%}#actions col.a-state{width:12%}#actions,#gaps,#evidence,#calista,#visit-checklist{font-size:7.5pt}
.el{min-width:0;margin:0;padding:0 1px;font-size:6.5pt;line-height:1.3;border-width:1px}
#gaps col.g-sev{width:11%}#gaps col.g-code{width:16%}#gaps col.g-msg{width:55%}#gaps col.g-where{width:18%}
#open-elements col.o-sev{width:9%}#open-elements col.o-crit{width:16%}#open-elements col.o-state{width:8%}#open-elements col.o-plan{width:49%}#open-elements col.o-where{width:18%}#open-elements{font-size:7.5pt}
#evidence tr[data-state=valid],#evidence tr[data-state=no-maximum-age]{display:none}.print-only{display:block}
tr,.card,.timeline svg{break-inside:avoid}a{color:inherit;text-decoration:none}code{font-size:7pt}
.cards{gap:4px}.card{padding:3px 6px;min-width:80px}.card b{font-size:13pt}
}
`);

export interface HtmlOptions {
  /** how a dossier file is linked from the report (relative URL), e.g. from the report's folder */
  link(file: string, line: number): string;
  /** for an editor's webview: a script with this nonce posts {file, line} when a link is clicked */
  webviewNonce?: string;
}

export function renderReportHtml(m: ReportModel, o: HtmlOptions): string {
  const t = words(m.lang, 'report');
  const n = (id: MessageId, k: number) => html`<b>${formatNumber(m.lang, k)}</b>${say(m.lang, id, { n: k })}`;
  const states = stateLabels(m.lang);
  const out: string[] = [];
  const p = (s: Html) => out.push(s.markup);
  const pct = (x: number) => html`${Math.round(x * 100)}\u00a0%`;
  const link = (file: string, line: number, text?: HtmlValue) =>
    html`<a href="${o.link(file, line)}" data-file="${file}" data-line="${line}">${text ?? html`${file}:${line}`}</a>`;

  p(html`<!DOCTYPE html><html lang="${m.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  const script = o.webviewNonce ? html` script-src 'nonce-${o.webviewNonce}';` : '';
  p(html`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;${script}">`);
  p(html`<title>${t.title} — ${m.establishment?.name ?? ''}</title><style>${CSS}</style></head><body>`);
  p(
    html`<header><h1>${t.title}</h1><p class="meta">${m.establishment?.name ?? ''}${m.establishment?.finess ? html` — FINESS ${m.establishment.finess}` : ''}</p>`,
  );
  p(html`<p class="meta">${t.asOf} <time datetime="${m.asOf}">${m.asOf}</time> · ${t.manual} ${m.manual.id} — ${m.manual.title}</p>`);
  if (m.visitStart) {
    const d = days(m.asOf, m.visitStart);
    p(
      html`<p class="meta" id="countdown">${t.visit}${colon(m.lang)} <time datetime="${m.visitStart}">${m.visitStart}</time> — ${d >= 0 ? html`<b>${d}</b> ${t.daysLeft}` : t.visitPast}</p>`,
    );
  } else p(html`<p class="meta">${t.visit}${colon(m.lang)} ${t.noVisit}</p>`);
  p(html`<p class="meta" id="cycle">${cycleText(m.visit, m.lang)}</p>`);
  if (!m.manual.complete) p(html`<p class="partial" role="note"><b>${t.partial}.</b> ${m.manual.completeness ?? ''}</p>`);
  p(html`</header><main>`);

  const s = m.summary;
  p(html`<section aria-labelledby="h-summary"><h2 id="h-summary">${t.summary}</h2><div class="cards">`);
  const r = m.readiness;
  p(html`<div class="card" id="ready-declared"><b>${pct(readiness(m.totals))}</b>${t.declared} (${r.declared}/${r.total})</div>`);
  p(html`<div class="card" id="ready-proven"><b>${pct(provenReadiness(m.totals))}</b>${t.proven} (${r.proven}/${r.total})</div>`);
  if (m.visitStart && m.visitStart > m.asOf)
    p(html`<div class="card" id="ready-visit"><b>${pct(r.total ? r.provenAtVisit / r.total : 0)}</b>${t.provenAtVisit} (${r.provenAtVisit}/${r.total})</div>`);
  p(html`<div class="card sev-error">${n('count.error', s.errors)}</div><div class="card sev-warning">${n('count.warning', s.warnings)}</div>`);
  p(
    html`<div class="card">${n('count.info', s.infos)}</div><div class="card">${n('count.waived', s.waived)}</div><div class="card">${n('count.file', s.files)}</div></div>`,
  );
  if (m.proofGap) p(html`<p class="proof-gap" id="proof-gap" role="note"><b>${m.proofGap}</b></p>`);
  p(html`</section>`);

  p(html`<section id="coverage-section" aria-labelledby="h-coverage"><h2 id="h-coverage">${t.coverage}</h2>`);
  p(
    html`<p class="legend">${t.legend}${colon(m.lang)} ${(Object.keys(states) as ElementState[]).map(k => html`<span><span class="el el-${k}">${states[k][0]}</span> ${states[k][1]}</span>`)}</p>`,
  );
  for (const ch of m.chapters) {
    p(html`<h3 class="chapter">${t.chapter} ${ch.id} — ${ch.title ?? t.notSourced} <small>(${pct(readiness(ch.counts))})</small></h3>`);
    p(
      html`<table class="coverage" data-chapter="${ch.id}"><colgroup><col class="c-criterion"><col class="c-level"><col class="c-file">${ELEMENT_STATES.map(() => html`<col class="c-count">`)}<col class="c-ready"><col class="c-ready"><col class="c-elements"></colgroup><thead><tr><th scope="col">${t.criterion}</th><th scope="col">${t.level}</th><th scope="col">${t.file}</th>`,
    );
    for (const k of ELEMENT_STATES)
      p(html`<th scope="col" title="${states[k][1]}"><span class="long">${states[k][1]}</span><span class="short">${states[k][0]}</span></th>`);
    p(html`<th scope="col">${t.declared}</th><th scope="col">${t.proven}</th><th scope="col">${t.elements}</th></tr></thead><tbody>`);
    for (const ob of ch.objectives) {
      p(
        html`<tr class="objective"><th scope="rowgroup" colspan="12">${t.objective} ${ob.id} — ${ob.title ?? t.notSourced} <small>(${count(m.lang, 'count.criterion', ob.criteria.length)}, ${pct(readiness(ob.counts))})</small></th></tr>`,
      );
      for (const c of ob.criteria) {
        const level = c.level ? say(m.lang, `level.${c.level}`) : c.catalogued ? say(m.lang, 'level.undefined') : t.uncatalogued;
        p(
          html`<tr class="criterion ${heat(c.counts)}" data-criterion="${c.id}"><th scope="row"${c.level === 'imperatif' ? html` class="imp"` : ''}>${c.id}<br><small>${c.title ?? t.notSourced}</small></th><td class="level">${level}</td>`,
        );
        const also = (c.alsoIn ?? []).map(a => html`<br>${link(a.file, a.line, a.file)} <small class="absent">(${t.duplicate})</small>`);
        p(html`<td class="path">${c.file ? link(c.file, c.line ?? 1, c.file) : html`<span class="absent">${t.noFile}</span>`}${also}</td>`);
        for (const k of ELEMENT_STATES) p(html`<td class="num" data-count="${k}">${c.counts[k]}</td>`);
        p(
          html`<td class="num" data-total="${c.counts.total}" data-readiness="declared">${pct(readiness(c.counts))}</td><td class="num" data-readiness="proven">${pct(provenReadiness(c.counts))}</td><td>`,
        );
        for (const e of c.elements) {
          const why =
            e.proven === false
              ? ` — ${t.notProven}${colon(m.lang)} ${(e.reasons ?? []).map(x => proofReasonText(x, m.lang)).join(`${semicolon(m.lang)} `)}`
              : '';
          const title = `${e.id}${colon(m.lang)} ${states[e.state][1]}${why}${e.comment ? `\n${t.comment}${colon(m.lang)} ${e.comment}` : ''}`;
          p(
            html`<span class="el el-${e.state}${e.proven === false ? ' unproven' : ''}" data-element="${e.id}"${e.proven !== undefined ? html` data-proven="${String(e.proven)}"` : ''} title="${title}">${e.id.slice(2)}·${states[e.state][0]}</span>${e.proven === false ? html`<sup class="unproven-mark" title="${t.notProven}">!</sup>` : ''}`,
          );
        }
        if (c.comment) p(html`<p class="comment"><small>${t.comment}${colon(m.lang)} ${c.comment}</small></p>`);
        const comments = c.elements.filter(e => e.comment);
        if (comments.length) p(html`<ul class="comments">${comments.map(e => html`<li><small>${e.id}${colon(m.lang)} ${e.comment}</small></li>`)}</ul>`);
        p(html`</td></tr>`);
      }
    }
    p(html`</tbody></table>`);
  }
  p(html`</section>`);

  p(html`<section aria-labelledby="h-gaps"><h2 id="h-gaps">${t.gaps} (${m.gaps.length})</h2>`);
  if (m.openElements.length) {
    p(html`<h3>${t.openElements} (${m.openElements.length})</h3>`);
    p(
      html`<table id="open-elements"><colgroup><col class="o-sev"><col class="o-crit"><col class="o-state"><col class="o-plan"><col class="o-where"></colgroup><thead><tr><th scope="col">${t.severity}</th><th scope="col">${t.criterion}</th><th scope="col">${t.state}</th><th scope="col">${t.actions}</th><th scope="col">${t.where}</th></tr></thead><tbody>`,
    );
    for (const e of m.openElements) {
      const acts = e.actions.length
        ? joinHtml(
            e.actions.map(
              a =>
                html`${a.title}${a.due ? html` — ${t.due} ${a.due}` : ''}${a.owner ? html` — ${a.owner}` : ''}${a.done !== false ? html` (${t.done})` : a.overdue ? html` <span class="overdue">(${t.overdue})</span>` : ''}`,
            ),
            html`<br>`,
          )
        : html`<span class="absent">${t.noAction}</span>`;
      p(
        html`<tr class="open-element" data-criterion="${e.criterion}" data-element="${e.element}"><td class="sev-${e.severity ?? 'info'}">${e.severity ? capital(SEVERITY_TERMS[e.severity].label[m.lang]) : '—'}</td><td${e.level === 'imperatif' ? html` class="imp"` : ''}>${e.criterion}-${e.element}${e.level ? html` <small>(${say(m.lang, `level.${e.level}`)})</small>` : ''}</td><td><span class="el el-${e.state}">${states[e.state][1]}</span></td><td>${acts}</td><td>${link(e.file, e.line, html`${e.file}:${e.line}`)}</td></tr>`,
      );
    }
    p(html`</tbody></table>`);
    if (m.gaps.length) p(html`<h3>${t.otherGaps} (${m.gaps.length})</h3>`);
  }
  if (!m.gaps.length) p(html`<p>${t.none}</p>`);
  else {
    p(
      html`<table id="gaps"><colgroup><col class="g-sev"><col class="g-code"><col class="g-msg"><col class="g-where"></colgroup><thead><tr><th scope="col">${t.severity}</th><th scope="col">${t.code}</th><th scope="col">${t.message}</th><th scope="col">${t.where}</th></tr></thead><tbody>`,
    );
    for (const g of m.gaps) {
      p(
        html`<tr class="gap${g.waived ? ' waived' : ''}" data-code="${g.code}"><td class="sev-${g.severity}">${capital(SEVERITY_TERMS[g.severity].label[m.lang])}${g.waived ? html` (${say(m.lang, 'count.waived', { n: 1 })})` : ''}</td><td><code>${g.code}</code></td>`,
      );
      p(
        html`<td>${g.message}${g.waived ? html`<br><small>${g.waived.reason}${g.waived.until ? html` — ${g.waived.until}` : ''}</small>` : ''}</td><td>${link(g.file, g.line, html`${g.file}:${g.line}`)}</td></tr>`,
      );
    }
    p(html`</tbody></table>`);
  }
  p(html`</section>`);

  p(html`<section aria-labelledby="h-timeline"><h2 id="h-timeline">${t.timeline}</h2>`);
  p(timelineSvg(m));
  const ev = words(m.lang, 'evidence');
  p(html`<p class="print-only meta">${t.printNote}</p>`);
  p(
    html`<table id="evidence"><thead><tr><th scope="col">${t.document}</th><th scope="col">${t.criterion}</th><th scope="col">${t.dated}</th><th scope="col">${t.validThrough}</th><th scope="col">${t.state}</th></tr></thead><tbody>`,
  );
  for (const e of m.evidence) {
    p(
      html`<tr data-state="${e.state}"><td>${link(e.source, e.line, e.title)}${e.kind ? html` <small><code>${e.kind}</code></small>` : ''}</td><td>${e.criterion ? html`${e.criterion}${e.element ? html`-${e.element}` : ''}` : 'CALISTA'}</td>`,
    );
    p(html`<td>${e.date ?? '—'}</td><td>${e.validThrough ?? e.expires ?? '—'}</td><td class="st-${e.state}">${ev[e.state]}</td></tr>`);
  }
  p(html`</tbody></table></section>`);

  p(html`<section aria-labelledby="h-actions"><h2 id="h-actions">${t.actions}</h2>`);
  if (!m.actions.length) p(html`<p>${t.none}</p>`);
  else {
    p(
      html`<table id="actions"><colgroup><col class="a-due"><col class="a-title"><col class="a-crit"><col class="a-owner"><col class="a-state"></colgroup><thead><tr><th scope="col">${t.due}</th><th scope="col">Action</th><th scope="col">${t.criterion}</th><th scope="col">${t.owner}</th><th scope="col">${t.state}</th></tr></thead><tbody>`,
    );
    for (const a of m.actions) {
      const state =
        a.done !== false
          ? html`<span class="ok">${t.done}${typeof a.done === 'string' ? html` ${a.done}` : ''}</span>`
          : a.overdue
            ? html`<span class="overdue">⚠ ${t.overdue}</span>`
            : t.todo;
      p(
        html`<tr${a.overdue ? html` class="overdue-row"` : ''}><td>${a.due ?? '—'}</td><td>${link(a.file, a.line, a.title)}</td><td>${html`${a.criterion ?? ''}${a.element ? html`-${a.element}` : ''}`}</td><td>${a.owner ?? ''}</td><td>${state}</td></tr>`,
      );
    }
    p(html`</tbody></table>`);
  }
  p(html`</section>`);

  p(
    html`<section aria-labelledby="h-calista"><h2 id="h-calista">${t.calista}${m.calistaDeadline ? html` — ${t.deadline} <time datetime="${m.calistaDeadline}">${m.calistaDeadline}</time>` : ''}</h2>`,
  );
  p(
    html`<table id="calista"><thead><tr><th scope="col">${t.document}</th><th scope="col">${t.listed}</th><th scope="col">${t.uploaded}</th><th scope="col">${t.state}</th></tr></thead><tbody>`,
  );
  for (const c of m.calista) {
    const state = !c.listed
      ? html`<span class="absent">✗ ${t.missingDoc}</span>`
      : c.late
        ? html`<span class="late">⚠ ${t.late}</span>`
        : html`<span class="ok">✓ ${t.onTime}</span>`;
    p(
      html`<tr data-kind="${c.kind}"><td>${c.title} <small><code>${c.kind}</code></small></td><td>${c.listed ? '✓' : '✗'}</td><td>${c.uploaded ?? '—'}</td><td>${state}</td></tr>`,
    );
  }
  p(html`</tbody></table></section>`);
  p(visitSection(m, link));
  if (o.webviewNonce) {
    p(
      html`<script nonce="${o.webviewNonce}">const vscode = acquireVsCodeApi(); document.addEventListener('click', e => { const a = e.target.closest('a[data-file]'); if (!a) return; e.preventDefault(); vscode.postMessage({ file: a.dataset.file, line: Number(a.dataset.line) }); });</script>`,
    );
  }
  p(html`</main><footer><p class="meta">${t.generated} — ${m.manual.id}, ${t.asOf.toLowerCase()} ${m.asOf}</p></footer></body></html>`);
  return out.join('\n');
}

/** The expert visitors' checklist: documents with the evidence that provides each, providers, governance audit. */
function visitSection(m: ReportModel, link: (file: string, line: number, text?: HtmlValue) => Html): Html {
  const w = visitWords(m.lang);
  const v = m.visit;
  const out: string[] = [];
  const p = (s: Html) => out.push(s.markup);
  // a ready-by date already past reads as late
  const readyLate = v.readyBy !== undefined && v.readyBy < m.asOf && (v.daysLeft ?? 0) >= 0;
  p(html`<section aria-labelledby="h-visit"><h2 id="h-visit">${w.heading}</h2>`);
  p(
    html`<p id="visit-countdown">${w.visit}${colon(m.lang)} ${countdownText(v, m.lang)}${v.readyBy ? (readyLate ? html` · <span class="late">${w.lateBefore} <time datetime="${v.readyBy}">${v.readyBy}</time>${colon(m.lang)} ${w.late}</span>` : html` · ${w.readyBy} <time datetime="${v.readyBy}">${v.readyBy}</time>`) : ''}</p>`,
  );
  p(html`<h3>${w.documents} <small>(${documentsCountText(v, m.lang)})</small></h3>`);
  p(
    html`<table id="visit-checklist"><thead><tr><th scope="col">${w.document}</th><th scope="col">${w.criteria}</th><th scope="col">${w.evidence}</th><th scope="col">${w.state}</th></tr></thead><tbody>`,
  );
  for (const d of v.documents) {
    const criteria = html`${d.criteria.join(', ') || '—'}${d.criteriaNote ? html` <small title="${d.criteriaNote}">(${w.interpretation})</small>` : ''}`;
    const state = d.missing ? 'missing' : d.provided.some(x => x.valid) ? 'valid' : 'invalid';
    p(html`<tr data-kind="${d.kind.id}" data-state="${state}"><td>${d.kind.title} <small><code>${d.kind.id}</code></small></td><td>${criteria}</td><td>`);
    if (!d.provided.length) p(html`<span class="absent">✗ ${w.missing}</span>`);
    p(
      joinHtml(
        d.provided.map(
          x =>
            html`${link(x.declaredIn, x.line, x.provider ? html`${x.provider} — ${x.file ?? x.title}` : (x.file ?? x.url ?? x.title))}${x.date ? html` <small>(${x.date})</small>` : ''}`,
        ),
        html`<br>`,
      ),
    );
    if (d.providersWithout?.length) p(html`<br><span class="absent">✗ ${w.pcaPra}${colon(m.lang)} ${d.providersWithout.join(', ')}</span>`);
    p(html`</td><td>`);
    p(
      d.provided.length
        ? joinHtml(
            d.provided.map(x => (x.valid ? html`<span class="ok">✓ ${w.valid}</span>` : html`<span class="late">⚠ ${invalidText(x, m.lang)}</span>`)),
            html`<br>`,
          )
        : html`—`,
    );
    p(html`</td></tr>`);
  }
  p(html`</tbody></table>`);
  p(html`<h3>${w.providers}</h3>`);
  if (!v.providers.length) p(html`<p>${w.noProvider}</p>`);
  else {
    p(
      html`<table id="providers"><thead><tr><th scope="col">${w.provider}</th><th scope="col">${w.service}</th><th scope="col">${w.hds}</th><th scope="col">${w.pcaPra}</th></tr></thead><tbody>`,
    );
    for (const pr of v.providers) {
      const hds = !pr.validUntil
        ? w.none
        : html`${pr.certificate ?? ''} → <time datetime="${pr.validUntil}">${pr.validUntil}</time> ${
            pr.validNow === false
              ? html`<span class="absent">✗ ${w.hdsExpired}</span>`
              : pr.validOnVisit === false
                ? html`<span class="late">⚠ ${w.hdsExpiresBefore}</span>`
                : html`<span class="ok">✓ ${w.hdsValid}</span>`
          }`;
      p(
        html`<tr data-provider="${pr.name}"><td>${link('dossier.yaml', pr.line, pr.name)}</td><td>${pr.service ?? ''}</td><td>${hds}</td><td>${pr.pcaPra ? pr.pcaPra : html`<span class="absent">✗ ${w.missing}</span>`}</td></tr>`,
      );
    }
    p(html`</tbody></table>`);
  }
  if (v.governance) {
    p(html`<h3>${w.governance} — ${v.governance.title ?? ''}${v.governance.duration ? html` (${v.governance.duration})` : ''}</h3>`);
    p(html`<table id="governance"><thead><tr><th scope="col">${w.role}</th><th scope="col">${w.holder}</th></tr></thead><tbody>`);
    for (const s of v.governance.seats) {
      p(
        html`<tr data-role="${s.role}"><td>${s.title}${s.uncertain ? html` <small>(${w.uncertain})</small>` : ''}</td><td>${s.holder ? s.holder : html`<span class="${s.uncertain ? '' : 'late'}">${s.declared ? w.notNamed : w.notDeclared}</span>`}</td></tr>`,
      );
    }
    p(html`</tbody></table>`);
  }
  p(html`</section>`);
  return trusted(out.join('\n'));
}

/** Ticks of a date axis between two days: months, quarters or years, whichever gives 4–14 ticks. */
function axisTicks(min: number, max: number): { at: number; label: string }[] {
  const start = new Date(min),
    end = new Date(max);
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
  const step = [1, 2, 3, 6, 12, 24, 60].find(s => months / s <= 14) ?? 120;
  const ticks: { at: number; label: string }[] = [];
  let y = start.getUTCFullYear(),
    mo = start.getUTCMonth() + 1;
  mo = Math.ceil(mo / step) * step; // aligned: Jan/Apr/Jul/Oct for quarters …
  for (;;) {
    while (mo >= 12) {
      mo -= 12;
      y++;
    }
    const at = Date.UTC(y, mo, 1);
    if (at > max) break;
    if (at >= min) ticks.push({ at, label: step >= 12 ? String(y) : `${y}-${String(mo + 1).padStart(2, '0')}` });
    mo += step;
  }
  return ticks;
}

/** Rows per timeline chart: each chart has its own date axis, so that a printed page never cuts one. */
const TIMELINE_ROWS = 45;

/**
 * One bar per dated evidence, from its date to its end of validity, with as-of and visit marks
 * and a date axis; a missing file is drawn as missing, a date in the future is flagged. Charts
 * of TIMELINE_ROWS rows, on one time scale.
 */
function timelineSvg(m: ReportModel): Html {
  // on the time line: what has a validity window, and what is flagged (missing file, future date …);
  // a dated document with neither a maximum age nor an expiry is in the table only
  const rows = m.evidence.filter(e => e.date && (e.validThrough || e.expires || e.state !== 'no-maximum-age'));
  const t = words(m.lang, 'report');
  const omitted = m.evidence.filter(e => e.date).length - rows.length;
  const note = omitted ? html`<p class="meta">${say(m.lang, 'report.notCharted', { n: omitted })}</p>` : html``;
  if (!rows.length) return note;
  const label = words(m.lang, 'evidence');
  const ends = rows.map(e => e.validThrough ?? e.expires ?? e.date!);
  const dates = [...rows.map(e => e.date!), ...ends, m.asOf, ...(m.visitStart ? [m.visitStart] : [])].sort();
  const min = Date.parse(dates[0]),
    max = Date.parse(dates.at(-1)!) + 86_400_000 * 15;
  const W = 1100,
    left = 300,
    rowH = 15,
    top = 40,
    axisH = 16;
  const x = (d: string | number) => left + (((typeof d === 'number' ? d : Date.parse(d)) - min) / (max - min)) * (W - left - 10);
  const charts: Html[] = [];
  for (let from = 0; from < rows.length; from += TIMELINE_ROWS) {
    const chunk = rows.slice(from, from + TIMELINE_ROWS);
    const H = top + chunk.length * rowH + axisH + 4;
    const bottom = top + chunk.length * rowH;
    const out = [
      html`<svg role="img" aria-labelledby="tl-title-${from}" viewBox="0 0 ${W} ${H}" width="100%"><title id="tl-title-${from}">${t.timeline}${rows.length > TIMELINE_ROWS ? ` (${from + 1}–${from + chunk.length})` : ''}</title>`,
    ];
    out.push(
      html`<defs><pattern id="hatch-${from}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#a4161a"/></pattern></defs>`,
    );
    // the date axis: a tick and a label per month, quarter or year, with light grid lines
    out.push(html`<g class="axis"><line x1="${left}" x2="${W - 10}" y1="${bottom + 1}" y2="${bottom + 1}" stroke="#1b1b1b" stroke-width="0.8"/>`);
    for (const tick of axisTicks(min, max)) {
      out.push(
        html`<line x1="${x(tick.at)}" x2="${x(tick.at)}" y1="${top - 2}" y2="${bottom + 4}" stroke="#c8c8c8" stroke-width="0.5"/><text x="${x(tick.at)}" y="${bottom + axisH}" text-anchor="middle">${tick.label}</text>`,
      );
    }
    out.push(html`</g>`);
    chunk.forEach((e, i) => {
      const y = top + i * rowH;
      const end = e.validThrough ?? e.expires;
      const name = e.title.length > 44 ? e.title.slice(0, 43) + '…' : e.title;
      const flag = e.state === 'file-missing' ? ' ✗' : e.state === 'future' ? ' ⚠' : '';
      out.push(html`<text x="4" y="${y + 11}"${flag ? html` fill="#a4161a"` : ''}>${name}${flag}</text>`);
      const tip = html`${e.title}: ${e.date}${end ? html` → ${end}` : ''} (${label[e.state]})`;
      if (e.state === 'file-missing') {
        // not there: an outline only, whatever its dates say
        out.push(
          html`<rect class="tl-missing" x="${x(e.date!)}" y="${y + 3}" width="${Math.max(8, end ? x(end) - x(e.date!) : 8)}" height="${rowH - 6}" fill="#fff" stroke="#a4161a" stroke-width="1" stroke-dasharray="3 2"><title>${tip}</title></rect>`,
        );
      } else if (end) {
        const fill =
          e.state === 'stale' || e.state === 'expired'
            ? `url(#hatch-${from})`
            : e.state === 'stale-at-visit'
              ? '#e8a33d'
              : e.state === 'future'
                ? '#a4161a'
                : '#4c9a5f';
        out.push(
          html`<rect x="${x(e.date!)}" y="${y + 3}" width="${Math.max(2, x(end) - x(e.date!))}" height="${rowH - 6}" fill="${fill}" stroke="#1b1b1b" stroke-width="0.5"><title>${tip}</title></rect>`,
        );
      } else {
        out.push(
          html`<circle cx="${x(e.date!)}" cy="${y + rowH / 2}" r="4" fill="${e.state === 'future' ? '#a4161a' : '#777'}"><title>${tip}</title></circle>`,
        );
      }
    });
    // labels end at their line, on two heights, so that the as-of and visit labels never overlap
    const mark = (d: string, text: string, dash: string, y: number) =>
      out.push(
        html`<line x1="${x(d)}" x2="${x(d)}" y1="${y + 3}" y2="${bottom}" stroke="#1b1b1b" stroke-dasharray="${dash}"/><text x="${x(d) - 3}" y="${y}" text-anchor="end">${text} ${d}</text>`,
      );
    mark(m.asOf, t.asOf, '4 3', top - 22);
    if (m.visitStart) mark(m.visitStart, t.visit, '1 2', top - 8);
    out.push(html`</svg>`);
    charts.push(joinHtml(out, html``));
  }
  return html`<div class="timeline">${charts}</div>${note}`;
}
