import { addDuration } from '../dates.js';
import { defineRule, evidenceOf, freshnessOf, kindTitle, reviewFix } from './rule.js';

export default defineRule({
  code: 'stale-at-visit',
  defaultSeverity: 'info',
  description: {
    fr: "Une preuve encore valide à la date d'évaluation sera périmée ou expirée le premier jour de la visite (`visit.start`) : renouvelez-la avant.",
    en: 'Evidence still valid at the as-of date will be stale or expired on the first day of the visit (`visit.start`): renew it before.',
  },
  messages: {
    fr: {
      stale: "« {title} » sera périmée le {staleOn}, avant la visite du {visit} : renouvelez-la d'ici le {validThrough}.",
      expires: '« {title} » expire le {expires}, avant la visite du {visit} : renouvelez-la.',
    },
    en: {
      stale: '"{title}" goes stale on {staleOn}, before the visit of {visit}: renew it by {validThrough}.',
      expires: '"{title}" expires on {expires}, before the visit of {visit}: renew it.',
    },
  },
  fix: reviewFix,
  check(ctx) {
    const visit = ctx.dossier.manifest?.visitStart?.value;
    if (!visit || visit <= ctx.asOf) return;
    for (const site of evidenceOf(ctx)) {
      const { evidence } = site;
      const title = kindTitle(ctx, evidence);
      const fresh = evidence.kind && evidence.date ? freshnessOf(ctx, evidence.kind.value) : undefined;
      if (fresh && evidence.date) {
        const validThrough = addDuration(evidence.date.value, fresh.duration);
        if (ctx.asOf <= validThrough && validThrough < visit) {
          ctx.report({
            file: site.file,
            node: evidence.date.node,
            messageId: 'stale',
            criterion: site.criterion,
            element: site.element,
            params: { title, visit, validThrough, staleOn: addDuration(validThrough, { amount: 1, unit: 'day', text: '' }) },
            data: { validThrough },
          });
        }
      }
      const exp = evidence.expires?.value;
      if (exp && exp >= ctx.asOf && exp < visit) {
        ctx.report({
          file: site.file,
          node: evidence.expires!.node,
          messageId: 'expires',
          criterion: site.criterion,
          element: site.element,
          params: { title, visit, expires: exp },
        });
      }
    }
  },
});
