import { addDuration, formatDuration } from '../dates.js';
import { topKeyNode } from '../model.js';
import { defineRule } from './rule.js';

export default defineRule({
  code: 'calista-missing',
  defaultSeverity: 'warning',
  absence: true,
  description: {
    fr: "À partir de deux mois avant la visite, un document à déposer dans CALISTA n'est pas listé dans `calista:`.",
    en: 'From two months before the visit on, a document to upload to CALISTA is not listed under `calista:`.',
  },
  messages: {
    fr: {
      missing:
        'Document CALISTA absent : « {title} » ({kind}) doit être déposé dans CALISTA au plus tard le {deadline}, {deadlineText} avant la visite du {visit}. Listez-le sous « calista: » avec sa date de dépôt.',
    },
    en: {
      missing:
        'CALISTA document missing: "{title}" ({kind}) must be uploaded to CALISTA by {deadline}, {deadlineText} before the visit of {visit}. List it under "calista:" with its upload date.',
    },
  },
  check(ctx) {
    const m = ctx.dossier.manifest;
    const visit = m?.visitStart?.value;
    if (!m || !visit) return;
    const deadline = addDuration(visit, ctx.catalogue.calistaDeadline, -1);
    if (ctx.asOf < deadline) return;
    const listed = new Set(m.calista.map(c => c.kind?.value));
    const anchor = m.calistaKeyNode ?? topKeyNode(m.file, 'visit') ?? m.visitStart!.node;
    for (const kind of ctx.catalogue.data.calista.documents) {
      if (listed.has(kind)) continue;
      ctx.report({
        file: m.file,
        node: anchor,
        messageId: 'missing',
        params: {
          kind,
          title: ctx.catalogue.evidenceKinds.get(kind)?.title ?? kind,
          deadline,
          deadlineText: formatDuration(ctx.catalogue.calistaDeadline, ctx.lang),
          visit,
        },
        data: { kind, deadline },
      });
    }
  },
});
