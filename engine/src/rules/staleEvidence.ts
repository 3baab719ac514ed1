import { addDuration, formatDuration } from '../dates.js';
import { defineRule, evidenceOf, freshnessOf, kindTitle, reviewFix, type RuleFinding } from './rule.js';

export default defineRule({
  code: 'stale-evidence',
  defaultSeverity: 'warning',
  description: {
    fr: "La `date` d'une preuve plus l'âge maximal de son type est dépassée à la date d'évaluation (erreur quand le manuel lui-même fixe cet âge, ex. cartographie des DMN).",
    en: "An evidence `date` plus its kind's maximum age is past at the as-of date (an error where the manual itself sets the age, e.g. the DMN cartography).",
  },
  messages: {
    fr: {
      manual:
        "« {title} » date du {date} : elle a plus de {age} au {asOf} (périmée depuis le {staleSince}). Le manuel l'exige : {quote}. Mettez le document à jour et changez sa date.",
      practice:
        "« {title} » date du {date} : elle a plus de {age} au {asOf} (périmée depuis le {staleSince}), la périodicité d'usage pour « {kind} ». Renouvelez-le.",
      dossier:
        "« {title} » date du {date} : elle a plus de {age} au {asOf} (périmée depuis le {staleSince}), l'âge maximal que ce dossier fixe pour « {kind} » (dossier.yaml, freshness). Renouvelez-le.",
    },
    en: {
      manual:
        '"{title}" is dated {date}: it is more than {age} old on {asOf} (stale since {staleSince}). The manual requires it: {quote}. Update the document and its date.',
      practice: '"{title}" is dated {date}: it is more than {age} old on {asOf} (stale since {staleSince}), the usual period for "{kind}". Renew it.',
      dossier:
        '"{title}" is dated {date}: it is more than {age} old on {asOf} (stale since {staleSince}), the maximum age this dossier sets for "{kind}" (dossier.yaml, freshness). Renew it.',
    },
  },
  fix: (f: RuleFinding<{ validThrough: string; kind: string }>, ctx) => reviewFix(f, ctx),
  check(ctx) {
    for (const site of evidenceOf(ctx)) {
      const { evidence } = site;
      if (!evidence.date || !evidence.kind) continue;
      const fresh = freshnessOf(ctx, evidence.kind.value);
      if (!fresh) continue;
      const validThrough = addDuration(evidence.date.value, fresh.duration);
      if (ctx.asOf <= validThrough) continue;
      ctx.report({
        file: site.file,
        node: evidence.date.node,
        messageId: fresh.basis,
        criterion: site.criterion,
        element: site.element,
        severity: fresh.basis === 'manual' ? 'error' : undefined,
        params: {
          title: kindTitle(ctx, evidence),
          date: evidence.date.value,
          age: formatDuration(fresh.duration, ctx.lang),
          asOf: ctx.asOf,
          staleSince: addDuration(validThrough, { amount: 1, unit: 'day', text: '' }),
          quote: fresh.quote ?? '',
          kind: evidence.kind.value,
        },
        data: { validThrough, kind: evidence.kind.value },
      });
    }
  },
});
