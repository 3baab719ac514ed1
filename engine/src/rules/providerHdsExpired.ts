import { defineRule } from './rule.js';

export default defineRule({
  code: 'provider-hds-expired',
  defaultSeverity: 'error',
  description: {
    fr: "Le certificat HDS (hébergeur de données de santé) d'un fournisseur déclaré sous `providers:` est expiré à la date d'évaluation (erreur) ou le sera au premier jour de la visite (avertissement).",
    en: 'The HDS (health data hosting) certificate of a provider declared under `providers:` has expired at the as-of date (error) or will have by the first day of the visit (warning).',
  },
  messages: {
    fr: {
      expired: 'Le certificat HDS de « {provider} »{certificate} a expiré le {validUntil} : demandez le certificat renouvelé.',
      beforeVisit: 'Le certificat HDS de « {provider} »{certificate} expire le {validUntil}, avant la visite du {visit} : demandez le certificat renouvelé.',
    },
    en: {
      expired: 'The HDS certificate of "{provider}"{certificate} expired on {validUntil}: ask for the renewed certificate.',
      beforeVisit: 'The HDS certificate of "{provider}"{certificate} expires on {validUntil}, before the visit of {visit}: ask for the renewed certificate.',
    },
  },
  check(ctx) {
    const m = ctx.dossier.manifest;
    if (!m) return;
    const visit = m.visitStart?.value;
    for (const p of m.providers) {
      const until = p.hdsValidUntil;
      if (!until) continue;
      const params = { provider: p.name ?? '?', certificate: p.hdsCertificate ? ` (${p.hdsCertificate.value})` : '', validUntil: until.value, visit };
      // valid through its last day
      if (until.value < ctx.asOf) ctx.report({ file: m.file, node: until.node, messageId: 'expired', params });
      else if (visit && until.value < visit) ctx.report({ file: m.file, node: until.node, messageId: 'beforeVisit', severity: 'warning', params });
    }
  },
});
