/**
 * `has-dossier visit`: the expert visitors' checklist as text or JSON. Exit 0 when every document
 * is there and valid on the visit day and every provider's certificate holds; 1 otherwise.
 */
import {
  countdownText,
  cycleText,
  documentsCountText,
  invalidText,
  l10n,
  terminalData,
  terminalText,
  visitWords,
  type Lang,
  type VisitChecklist,
} from '../../engine/src/index.js';

const { colon, semicolon } = l10n;

export interface VisitOutcome {
  ready: boolean;
  missing: number;
  invalid: number;
  providerProblems: number;
}

export function visitOutcome(v: VisitChecklist): VisitOutcome {
  const missing = v.documents.filter(d => d.missing).length;
  const invalid = v.documents.filter(d => !d.missing && !d.provided.some(p => p.valid)).length;
  const providerProblems = v.providers.filter(p => p.validNow === false || p.validOnVisit === false).length;
  return { ready: missing + invalid + providerProblems === 0, missing, invalid, providerProblems };
}

export function renderVisitText(checklist: VisitChecklist, lang: Lang, establishment: string | undefined, color: boolean, asOf?: string): string {
  // what the dossier and the catalogue say is printed, never obeyed by the terminal
  const v = terminalData(checklist);
  const name = establishment === undefined ? undefined : terminalText(establishment);
  const w = visitWords(lang);
  const c = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const ok = c(32, '✓'),
    bad = c(31, '✗'),
    warn = c(33, '!');
  const out: string[] = [];
  out.push(`${w.visit}${name ? ` — ${name}` : ''}`);
  // a "ready by" date already past reads as late
  const readyLate = v.readyBy !== undefined && asOf !== undefined && v.readyBy < asOf && (v.daysLeft ?? 0) >= 0;
  const ready = !v.readyBy ? '' : readyLate ? ` · ${c(31, `${w.lateBefore} ${v.readyBy}${colon(lang)} ${w.late}`)}` : ` · ${w.readyBy} ${v.readyBy}`;
  out.push(`  ${countdownText(v, lang)}${ready}`);
  out.push(`  ${cycleText(v, lang)}`);
  out.push('');
  // the header counts what is valid on the visit day, not only what is there
  out.push(`${w.documents} (${documentsCountText(v, lang)})`);
  for (const d of v.documents) {
    const mark = d.missing ? bad : d.provided.some(p => p.valid) ? ok : warn;
    const criteria = d.criteria.length ? ` — ${d.criteria.join(', ')}${d.criteriaNote ? ` (${w.interpretation})` : ''}` : '';
    out.push(`  ${mark} ${d.kind.title} [${d.kind.id}]${criteria}`);
    if (!d.provided.length) out.push(`      ${w.missing}`);
    // an evidence without `kind:` that names it: what to write for it to count
    for (const u of d.untyped) out.push(`      ${l10n.t(lang, 'visit.untyped', { title: u.title, kind: d.kind.id })}  ${c(2, `${u.declaredIn}:${u.line}`)}`);
    for (const p of d.provided) {
      const what = p.provider ? `${p.provider}${colon(lang)} ${p.file ?? p.title}` : (p.file ?? p.url ?? p.title);
      out.push(`      ${what}${p.date ? ` (${p.date})` : ''} — ${p.valid ? w.valid : invalidText(p, lang)}  ${c(2, `${p.declaredIn}:${p.line}`)}`);
    }
    if (d.providersWithout?.length) out.push(`      ${w.pcaPra} ${w.missing}${colon(lang)} ${d.providersWithout.join(', ')}`);
  }
  out.push('');
  out.push(w.providers);
  if (!v.providers.length) out.push(`  ${w.noProvider}`);
  for (const p of v.providers) {
    const state = !p.validUntil
      ? `${w.hds}${colon(lang)} ${w.none}`
      : `${w.hds} ${p.certificate ?? ''} → ${p.validUntil}${colon(lang)} ${p.validNow === false ? w.hdsExpired : p.validOnVisit === false ? w.hdsExpiresBefore : w.hdsValid}`;
    const mark = p.validNow === false ? bad : p.validOnVisit === false || !p.pcaPra ? warn : ok;
    out.push(`  ${mark} ${p.name}${p.service ? ` — ${p.service}` : ''}`);
    out.push(`      ${state}${semicolon(lang)} ${w.pcaPra}${colon(lang)} ${p.pcaPra ?? w.missing}  ${c(2, `dossier.yaml:${p.line}`)}`);
  }
  if (v.governance) {
    out.push('');
    out.push(`${w.governance} — ${v.governance.title ?? ''}${v.governance.duration ? ` (${v.governance.duration})` : ''}`);
    for (const s of v.governance.seats) {
      out.push(
        `  ${s.holder ? ok : s.uncertain ? ' ' : warn} ${s.title}${s.uncertain ? ` (${w.uncertain})` : ''}${colon(lang)} ${s.holder ?? (s.declared ? w.notNamed : w.notDeclared)}`,
      );
    }
  }
  return out.join('\n') + '\n';
}
