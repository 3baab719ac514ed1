import { addDuration, formatDuration } from '../dates.js';
import { paqssSettings } from '../paqss.js';
import { defineRule } from './rule.js';

export default defineRule({
  code: 'review-overdue',
  defaultSeverity: 'info',
  standalone: true,
  description: {
    fr: "La date `reviewed:` d'un critère est plus ancienne que la période de revue (12 mois par défaut, `paqss.review_period` dans dossier.yaml).",
    en: "A criterion's `reviewed:` date is older than the review period (12 months by default, `paqss.review_period` in dossier.yaml).",
  },
  messages: {
    fr: {
      old: "Le critère {criterion} a été revu le {reviewed}, il y a plus de {period} : revoyez l'auto-évaluation et mettez « reviewed: » à jour (revue due depuis le {dueSince}).",
    },
    en: {
      old: 'Criterion {criterion} was reviewed on {reviewed}, more than {period} ago: review the self-evaluation and update "reviewed:" (review due since {dueSince}).',
    },
  },
  check(ctx) {
    const { reviewPeriod } = paqssSettings(ctx.dossier.manifest);
    for (const entry of ctx.dossier.criteria) {
      const r = entry.reviewed;
      if (!r) continue;
      const until = addDuration(r.value, reviewPeriod);
      if (ctx.asOf <= until) continue;
      ctx.report({
        file: entry.file,
        node: r.node,
        messageId: 'old',
        criterion: entry.id,
        params: {
          criterion: entry.id ?? entry.text ?? '?',
          reviewed: r.value,
          period: formatDuration(reviewPeriod, ctx.lang),
          dueSince: addDuration(until, { amount: 1, unit: 'day', text: '' }),
        },
      });
    }
  },
});
