import { formatDuration } from '../dates.js';
import { format } from '../types.js';
import { visitChecklist } from '../visit.js';
import { defineRule, PROVIDER_PCA_KIND } from './rule.js';

const DEADLINE = {
  fr: { soon: ' À préparer avant le {readyBy} ({readyBefore} avant la visite du {visit}).', late: ' La visite du {visit} est dans {days} jours.', lateOne: ' La visite du {visit} est demain.', today: " La visite commence aujourd'hui ({visit})." },
  en: { soon: ' To be ready by {readyBy} ({readyBefore} before the visit of {visit}).', late: ' The visit of {visit} is in {days} days.', lateOne: ' The visit of {visit} is tomorrow.', today: ' The visit starts today ({visit}).' },
};

export default defineRule({
  code: 'visit-document-missing',
  defaultSeverity: 'info',
  description: {
    fr: 'Un document mis à disposition des experts-visiteurs pendant la visite (liste de la fiche CCECQA) n\'est fourni par aucune preuve, ou un fournisseur déclaré n\'a pas de PCA / PRA ; avertissement dans les deux derniers mois avant la visite (`visit.documents_ready`).',
    en: 'A document made available to the expert visitors during the visit (the CCECQA list) is provided by no evidence, or a declared provider has no PCA/PRA; a warning in the last two months before the visit (`visit.documents_ready`).',
  },
  messages: {
    fr: {
      missing: 'Document de visite absent : « {title} » ({kind}) est demandé par les experts-visiteurs{criteria} ; aucune preuve de ce type dans le dossier.{deadline}',
      missingMany: '{n} documents de visite absents, demandés par les experts-visiteurs : {list}. Aucune preuve de ces types dans le dossier (`has-dossier visit` les détaille).{deadline}',
      provider: 'Le fournisseur « {provider} » n\'a pas de PCA / PRA (« pca_pra: ») : les experts-visiteurs demandent les PCA / PRA des fournisseurs d\'applications.{deadline}',
    },
    en: {
      missing: 'Visit document missing: "{title}" ({kind}) is asked for by the expert visitors{criteria}; no evidence of this kind in the dossier.{deadline}',
      missingMany: '{n} visit documents missing, asked for by the expert visitors: {list}. No evidence of these kinds in the dossier (`has-dossier visit` details them).{deadline}',
      provider: 'Provider "{provider}" has no PCA/PRA ("pca_pra:"): the expert visitors ask for the application suppliers\' PCA/PRA.{deadline}',
    },
  },
  check(ctx) {
    const m = ctx.dossier.manifest;
    if (!m) return;
    const list = visitChecklist(ctx, ctx.asOf, { presenceOnly: true });
    const upcoming = list.visitStart !== undefined && list.visitStart >= ctx.asOf;
    const late = upcoming && ctx.asOf >= list.readyBy!;
    const severity = late ? 'warning' as const : undefined;
    // never "in 0 day(s)": today, tomorrow, in N days
    const when = !late ? 'soon' : list.daysLeft === 0 ? 'today' : list.daysLeft === 1 ? 'lateOne' : 'late';
    const deadline = !upcoming ? '' : format(DEADLINE[ctx.lang][when], {
      readyBy: list.readyBy, readyBefore: formatDuration(list.readyBefore, ctx.lang), visit: list.visitStart, days: list.daysLeft,
    });
    const anchor = m.visitKeyNode ?? m.manual?.node ?? null;
    // the documents missing share one place (`visit:`): one finding lists them all, rather than a wall of findings on one line
    const missing = list.documents.filter(item => item.missing && !(item.kind.id === PROVIDER_PCA_KIND && item.providersWithout));
    if (missing.length > 1) {
      const q = ctx.lang === 'fr' ? (x: string) => `« ${x} »` : (x: string) => `"${x}"`;
      ctx.report({
        file: m.file, node: anchor, messageId: 'missingMany', severity,
        params: { n: missing.length, list: missing.map(item => `${q(item.kind.title)} (${item.kind.id})`).join(ctx.lang === 'fr' ? ' ; ' : '; '), deadline },
        data: { kind: missing[0].kind.id, kinds: missing.map(item => item.kind.id) },
      });
    }
    for (const item of list.documents) {
      if (!item.missing) continue;
      if (item.kind.id === PROVIDER_PCA_KIND && item.providersWithout) {
        for (const p of m.providers) {
          if (p.pcaPra) continue;
          ctx.report({ file: m.file, node: p.node, messageId: 'provider', severity, params: { provider: p.name ?? '?', deadline }, data: { kind: item.kind.id, provider: p.name } });
        }
        continue;
      }
      if (missing.length > 1) continue;
      const criteria = item.criteria.length ? (ctx.lang === 'fr' ? ` (critère ${item.criteria.join(', ')})` : ` (criterion ${item.criteria.join(', ')})`) : '';
      ctx.report({
        file: m.file, node: anchor, messageId: 'missing', severity,
        params: { title: item.kind.title, kind: item.kind.id, criteria, deadline }, data: { kind: item.kind.id },
      });
    }
  },
});
