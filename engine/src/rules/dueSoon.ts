import { addDuration, beyondCalendar, daysBetween } from '../dates.js';
import { count } from '../l10n/index.js';
import { isDone, paqssSettings, validUntil } from '../paqss.js';
import { defineRule, elementsOf, evidenceOf, kindTitle } from './rule.js';

export default defineRule({
  code: 'due-soon',
  defaultSeverity: 'info',
  description: {
    fr: "Une action ouverte arrive à échéance dans les 30 jours, ou un document cesse d'être valide dans les 60 jours (fenêtres `paqss.actions_due_soon` et `paqss.documents_due_soon` de dossier.yaml).",
    en: 'An open action falls due within 30 days, or a document stops being valid within 60 days (windows `paqss.actions_due_soon` and `paqss.documents_due_soon` of dossier.yaml).',
  },
  messages: {
    fr: {
      action: "L'action « {title} » arrive à échéance le {due} (dans {days}).",
      document: "« {title} » cesse d'être valide le {until} (dans {days}) : préparez son renouvellement.",
      hds: 'Le certificat HDS de « {provider} » prend fin le {until} (dans {days}) : demandez son renouvellement.',
    },
    en: {
      action: 'Action "{title}" falls due on {due} (in {days}).',
      document: '"{title}" stops being valid on {until} (in {days}): prepare its renewal.',
      hds: 'The HDS certificate of "{provider}" ends on {until} (in {days}): ask for its renewal.',
    },
  },
  check(ctx) {
    const settings = paqssSettings(ctx.dossier.manifest);
    const actionsBy = addDuration(ctx.asOf, settings.actionsDueSoon);
    const documentsBy = addDuration(ctx.asOf, settings.documentsDueSoon);
    const inDays = (n: number) => count(ctx.lang, 'count.day', n);
    for (const { entry, element } of elementsOf(ctx)) {
      for (const a of element.actions) {
        const due = a.due?.value;
        if (!due || isDone(a) || due < ctx.asOf || due > actionsBy) continue;
        const days = daysBetween(ctx.asOf, due);
        ctx.report({
          file: entry.file,
          node: a.due!.node,
          messageId: 'action',
          criterion: entry.id,
          element: element.code,
          params: { title: a.title ?? '?', due, days: inDays(days) },
          data: { due },
        });
      }
    }
    for (const site of evidenceOf(ctx)) {
      const until = validUntil(ctx, site.evidence);
      if (!until || until.date < ctx.asOf || until.date > documentsBy || beyondCalendar(until.date)) continue;
      const days = daysBetween(ctx.asOf, until.date);
      const node = until.by === 'expires' ? site.evidence.expires!.node : site.evidence.date!.node;
      ctx.report({
        file: site.file,
        node,
        messageId: 'document',
        criterion: site.criterion,
        element: site.element,
        params: { title: kindTitle(ctx, site.evidence), until: until.date, days: inDays(days) },
        data: { until: until.date },
      });
    }
    const m = ctx.dossier.manifest;
    for (const p of m?.providers ?? []) {
      const until = p.hdsValidUntil?.value;
      if (!until || until < ctx.asOf || until > documentsBy) continue;
      const days = daysBetween(ctx.asOf, until);
      ctx.report({
        file: m!.file,
        node: p.hdsValidUntil!.node,
        messageId: 'hds',
        params: { provider: p.name ?? '?', until, days: inDays(days) },
        data: { until },
      });
    }
  },
});
