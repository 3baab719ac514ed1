/**
 * Words of the visit checklist, shared by the HTML report, the `visit` command and the editor's
 * status bar: the countdown, the certification cycle, and why a document is not valid.
 */
import type { Lang } from '../types.js';
import { colon, t, words } from '../l10n/index.js';
import type { Catalogue } from '../catalogue.js';
import { daysBetween, type CivilDate } from '../dates.js';
import type { Manifest } from '../model.js';
import { DECISION_LABELS, isInWindow, visitWindow, type ProvidedDocument, type VisitChecklist } from '../visit.js';

/** The visit checklist's words (`visit.` messages of the l10n module). */
export const visitWords = (lang: Lang) => words(lang, 'visit');

/** "2027-03-15 — 112 jours avant la visite" */
export function countdownText(v: VisitChecklist, lang: Lang): string {
  const w = visitWords(lang);
  if (!v.visitStart || v.daysLeft === undefined) return w.noVisit;
  if (v.daysLeft > 0) return `${v.visitStart} — ${v.daysLeft} ${w.daysLeft}`;
  return `${v.visitStart} — ${v.daysLeft === 0 ? w.today : w.past}`;
}

/** « 11/15 valides le jour de la visite, 13 fournis »: the header of the documents, counting what is valid on the visit day. */
export function documentsCountText(v: VisitChecklist, lang: Lang): string {
  const given = v.documents.filter(d => !d.missing).length;
  const valid = v.documents.filter(d => d.provided.some(p => p.valid)).length;
  return `${t(lang, 'visit.validOnDay', { n: valid, total: v.documents.length })}, ${t(lang, 'visit.providedCount', { n: given })}`;
}

/** "Dernière décision : Certifié le 2023-06-20, valable jusqu'au 2027-06-19 — visite dans la fenêtre" */
export function cycleText(v: VisitChecklist, lang: Lang): string {
  const w = visitWords(lang);
  const c = v.window;
  if (!c) return w.noDecision;
  const on = w.decidedOn;
  const span = c.validUntil ? `${w.validUntil} ${c.validUntil}` : `${w.window} ${c.from} ${w.and} ${c.to}`;
  const fit = c.visitInWindow === undefined ? '' : ` — ${c.visitInWindow ? w.inWindow : w.outOfWindow}`;
  return `${w.lastDecision}${colon(lang)} ${DECISION_LABELS[c.decision][lang]} ${on} ${c.decided}, ${span}${fit}`;
}

export function invalidText(d: ProvidedDocument, lang: Lang): string {
  const w = visitWords(lang);
  const why = d.invalidBecause;
  if (!why) return w.valid;
  switch (why.reason) {
    case 'stale':
      return t(lang, 'visit.stale', { date: why.since });
    case 'expired':
      return t(lang, 'visit.expired', { date: why.on });
    case 'file-missing':
      return w.fileMissing;
    default:
      return w.noFile;
  }
}

/** The countdown and the cycle without the checklist (cheap enough for every keystroke: the editor's status bar). */
export function visitSummary(
  manifest: Manifest | undefined,
  catalogue: Catalogue | undefined,
  asOf: CivilDate,
  lang: Lang,
): { start?: CivilDate; daysLeft?: number; countdown: string; cycle: string } {
  const start = manifest?.visitStart?.value;
  const w = catalogue ? visitWindow(manifest, catalogue) : undefined;
  const v = {
    asOf,
    visitStart: start,
    daysLeft: start ? daysBetween(asOf, start) : undefined,
    window: w ? { ...w, visitInWindow: start ? isInWindow(w, start) : undefined } : undefined,
  } as VisitChecklist;
  return { start, daysLeft: v.daysLeft, countdown: countdownText(v, lang), cycle: cycleText(v, lang) };
}
