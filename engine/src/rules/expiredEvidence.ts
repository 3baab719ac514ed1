import { defineRule, evidenceOf, kindTitle, reviewFix } from './rule.js';

export default defineRule({
  code: 'expired-evidence',
  defaultSeverity: 'warning',
  standalone: true,
  description: { fr: "La date `expires` d'une preuve est passée.", en: 'An evidence `expires` date is past.' },
  messages: {
    fr: { expired: "« {title} » a expiré le {expires} : renouvelez-le et mettez à jour sa date d'expiration." },
    en: { expired: '"{title}" expired on {expires}: renew it and update its expiry date.' },
  },
  fix: reviewFix,
  check(ctx) {
    for (const site of evidenceOf(ctx)) {
      const exp = site.evidence.expires;
      if (!exp || exp.value >= ctx.asOf) continue;
      ctx.report({
        file: site.file,
        node: exp.node,
        messageId: 'expired',
        criterion: site.criterion,
        element: site.element,
        params: { title: kindTitle(ctx, site.evidence), expires: exp.value },
      });
    }
  },
});
