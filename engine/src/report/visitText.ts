/**
 * Words of the visit checklist, shared by the HTML report, the `visit` command and the editor's
 * status bar: the countdown, the certification cycle, and why a document is not valid.
 */
import type { Lang } from '../types.js';
import type { Catalogue } from '../catalogue.js';
import { daysBetween, type CivilDate } from '../dates.js';
import type { Manifest } from '../model.js';
import { DECISION_LABELS, isInWindow, visitWindow, type ProvidedDocument, type VisitChecklist } from '../visit.js';

export const VISIT_WORDS = {
  fr: {
    heading: 'Visite : documents demandés par les experts-visiteurs', visit: 'Visite de certification', daysLeft: 'jours avant la visite',
    today: 'la visite commence aujourd\'hui', past: 'visite commencée ou passée', noVisit: 'date de visite non renseignée (visit.start)',
    readyBy: 'documents prêts avant le', lastDecision: 'Dernière décision', validUntil: 'valable jusqu\'au', window: 'prochaine visite entre le', and: 'et le',
    inWindow: 'visite dans la fenêtre', outOfWindow: 'visite HORS de la fenêtre', noDecision: 'dernière décision non renseignée (certification:)',
    documents: 'Documents mis à disposition pendant la visite', provided: 'fournis', document: 'Document', criteria: 'Critères', evidence: 'Preuve',
    state: 'Le jour de la visite', valid: 'valide', missing: 'absent', interpretation: 'rattachement fait par has-dossier',
    providers: 'Hébergeurs et fournisseurs d\'applications', provider: 'Fournisseur', service: 'Service', hds: 'Certificat HDS', pcaPra: 'PCA / PRA',
    hdsValid: 'valide à la visite', hdsExpiresBefore: 'expire avant la visite', hdsExpired: 'expiré', none: 'aucun', noProvider: 'aucun fournisseur déclaré (providers:)',
    governance: 'Participants', role: 'Rôle', holder: 'Qui', notNamed: 'non nommé', uncertain: 'présence incertaine : « ? » dans la source', notDeclared: 'rôle non déclaré (roles:)',
    stale: (d: string) => `périmé depuis le ${d}`, expired: (d: string) => `expiré le ${d}`, fileMissing: 'fichier introuvable', noFile: 'ni fichier ni lien',
    dayCount: (n: number) => `J-${n}`,
  },
  en: {
    heading: 'Visit: documents the expert visitors ask for', visit: 'Certification visit', daysLeft: 'days before the visit',
    today: 'the visit starts today', past: 'visit started or past', noVisit: 'visit date not given (visit.start)',
    readyBy: 'documents ready by', lastDecision: 'Last decision', validUntil: 'valid through', window: 'next visit between', and: 'and',
    inWindow: 'visit within the window', outOfWindow: 'visit OUTSIDE the window', noDecision: 'last decision not given (certification:)',
    documents: 'Documents made available during the visit', provided: 'provided', document: 'Document', criteria: 'Criteria', evidence: 'Evidence',
    state: 'On the visit day', valid: 'valid', missing: 'missing', interpretation: 'tie made by has-dossier',
    providers: 'Hosting providers and application suppliers', provider: 'Provider', service: 'Service', hds: 'HDS certificate', pcaPra: 'PCA/PRA',
    hdsValid: 'valid at the visit', hdsExpiresBefore: 'expires before the visit', hdsExpired: 'expired', none: 'none', noProvider: 'no provider declared (providers:)',
    governance: 'Participants', role: 'Role', holder: 'Who', notNamed: 'not named', uncertain: 'attendance uncertain: "?" in the source', notDeclared: 'role not declared (roles:)',
    stale: (d: string) => `stale since ${d}`, expired: (d: string) => `expired on ${d}`, fileMissing: 'file not found', noFile: 'neither file nor link',
    dayCount: (n: number) => `D-${n}`,
  },
};

/** "2027-03-15 — 112 jours avant la visite" */
export function countdownText(v: VisitChecklist, lang: Lang): string {
  const w = VISIT_WORDS[lang];
  if (!v.visitStart || v.daysLeft === undefined) return w.noVisit;
  if (v.daysLeft > 0) return `${v.visitStart} — ${v.daysLeft} ${w.daysLeft}`;
  return `${v.visitStart} — ${v.daysLeft === 0 ? w.today : w.past}`;
}

/** "Dernière décision : Certifié le 2023-06-20, valable jusqu'au 2027-06-19 — visite dans la fenêtre" */
export function cycleText(v: VisitChecklist, lang: Lang): string {
  const w = VISIT_WORDS[lang];
  const c = v.window;
  if (!c) return w.noDecision;
  const on = lang === 'fr' ? 'le' : 'on';
  const span = c.validUntil ? `${w.validUntil} ${c.validUntil}` : `${w.window} ${c.from} ${w.and} ${c.to}`;
  const fit = c.visitInWindow === undefined ? '' : ` — ${c.visitInWindow ? w.inWindow : w.outOfWindow}`;
  return `${w.lastDecision}${lang === 'fr' ? ' :' : ':'} ${DECISION_LABELS[c.decision][lang]} ${on} ${c.decided}, ${span}${fit}`;
}

export function invalidText(d: ProvidedDocument, lang: Lang): string {
  const w = VISIT_WORDS[lang];
  const why = d.invalidBecause;
  if (!why) return w.valid;
  switch (why.reason) {
    case 'stale': return w.stale(why.since);
    case 'expired': return w.expired(why.on);
    case 'file-missing': return w.fileMissing;
    default: return w.noFile;
  }
}

/** The countdown and the cycle without the checklist (cheap enough for every keystroke: the editor's status bar). */
export function visitSummary(manifest: Manifest | undefined, catalogue: Catalogue | undefined, asOf: CivilDate, lang: Lang): { start?: CivilDate; daysLeft?: number; countdown: string; cycle: string } {
  const start = manifest?.visitStart?.value;
  const w = catalogue ? visitWindow(manifest, catalogue) : undefined;
  const v = {
    asOf, visitStart: start, daysLeft: start ? daysBetween(asOf, start) : undefined,
    window: w ? { ...w, visitInWindow: start ? isInWindow(w, start) : undefined } : undefined,
  } as VisitChecklist;
  return { start, daysLeft: v.daysLeft, countdown: countdownText(v, lang), cycle: cycleText(v, lang) };
}
