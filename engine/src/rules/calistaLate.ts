import { addDuration, formatDuration } from '../dates.js';
import { defineRule, kindTitle } from './rule.js';

export default defineRule({
  code: 'calista-late',
  defaultSeverity: 'warning',
  description: {
    fr: 'Un document CALISTA a été déposé (`uploaded`) après la limite de deux mois avant la visite.',
    en: 'A CALISTA document was `uploaded` after the deadline of two months before the visit.',
  },
  messages: {
    fr: { late: '« {title} » a été déposé dans CALISTA le {uploaded}, après la limite du {deadline} ({deadlineText} avant la visite du {visit}).' },
    en: { late: '"{title}" was uploaded to CALISTA on {uploaded}, after the deadline of {deadline} ({deadlineText} before the visit of {visit}).' },
  },
  check(ctx) {
    const m = ctx.dossier.manifest;
    const visit = m?.visitStart?.value;
    if (!m || !visit) return;
    const deadline = addDuration(visit, ctx.catalogue.calistaDeadline, -1);
    for (const c of m.calista) {
      if (c.uploaded && c.uploaded.value > deadline) {
        ctx.report({
          file: m.file,
          node: c.uploaded.node,
          messageId: 'late',
          params: {
            title: kindTitle(ctx, c),
            uploaded: c.uploaded.value,
            deadline,
            deadlineText: formatDuration(ctx.catalogue.calistaDeadline, ctx.lang),
            visit,
          },
        });
      }
    }
  },
});
