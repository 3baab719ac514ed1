import { DECISION_LABELS, isInWindow, visitWindow } from '../visit.js';
import { defineRule } from './rule.js';

export default defineRule({
  code: 'visit-window',
  defaultSeverity: 'warning',
  description: {
    fr: 'Le premier jour de la visite (`visit.start`) tombe hors de la fenêtre que donne la dernière décision (`certification:`) : certification valable 4 ans ; après « sous conditions », nouvelle visite sous 6 à 12 mois ; après « non certifié », sous 12 à 24 mois.',
    en: 'The first day of the visit (`visit.start`) falls outside the window set by the last decision (`certification:`): a certification is valid 4 years; after "with conditions" a new visit within 6 to 12 months; after "not certified" within 12 to 24 months.',
  },
  messages: {
    fr: {
      expired: "La visite du {visit} tombe après la fin de validité de la certification ({decision} le {decided}, valable jusqu'au {to}).",
      beforeDecision: 'La visite du {visit} précède la décision de certification du {decided}.',
      early: 'La visite du {visit} tombe avant la fenêtre de la nouvelle visite ({decision} le {decided} : visite entre le {from} et le {to}).',
      late: 'La visite du {visit} tombe après la fenêtre de la nouvelle visite ({decision} le {decided} : visite entre le {from} et le {to}).',
    },
    en: {
      expired: 'The visit of {visit} falls after the certification ends ({decision} on {decided}, valid through {to}).',
      beforeDecision: 'The visit of {visit} comes before the certification decision of {decided}.',
      early: 'The visit of {visit} falls before the window of the new visit ({decision} on {decided}: visit between {from} and {to}).',
      late: 'The visit of {visit} falls after the window of the new visit ({decision} on {decided}: visit between {from} and {to}).',
    },
  },
  check(ctx) {
    const m = ctx.dossier.manifest;
    const visit = m?.visitStart;
    const w = visitWindow(m, ctx.catalogue);
    if (!m || !visit || !w || isInWindow(w, visit.value)) return;
    const v = visit.value;
    const messageId = w.from === undefined ? (v <= w.decided ? 'beforeDecision' : 'expired') : v < w.from ? 'early' : 'late';
    ctx.report({
      file: m.file,
      node: visit.node,
      messageId,
      params: { visit: v, decision: DECISION_LABELS[w.decision][ctx.lang], decided: w.decided, from: w.from, to: w.to },
      data: { from: w.from, to: w.to },
    });
  },
});
