import { matchScope } from '../scopes.js';
import { defineRule, didYouMean, replaceFix } from './rule.js';

export default defineRule({
  code: 'unknown-scope',
  defaultSeverity: 'error',
  description: {
    fr: "Une valeur de `scope:` ne nomme aucun champ d'application du catalogue (ni par son identifiant ni par son libellé, sans tenir compte de la casse, des accents et des espaces).",
    en: "`scope:` names no champ d'application of the catalogue (neither by id nor by label, ignoring case, accents and spaces).",
  },
  messages: {
    fr: {
      unknown: "« {value} » n'est pas un champ d'application du catalogue {manual}.{hint} Champs : {scopes}.",
    },
    en: {
      unknown: '"{value}" is not a champ d\'application of catalogue {manual}.{hint} Champs: {scopes}.',
    },
  },
  fix: replaceFix,
  check(ctx) {
    const m = ctx.dossier.manifest;
    if (!m) return;
    for (const s of m.scope) {
      if (typeof s.value !== 'string' || !s.value.trim()) continue; // the schema says it
      const r = matchScope(ctx.catalogue, s.value);
      if (r.ok) continue;
      const hint = didYouMean(ctx.lang, r.suggestion && `${r.suggestion.id} (${r.suggestion.label})`);
      ctx.report({
        file: m.file,
        node: s.node,
        messageId: 'unknown',
        params: { value: s.value, manual: ctx.catalogue.id, hint, scopes: ctx.catalogue.scopeIds.join(', ') },
        data: r.suggestion ? { replacement: r.suggestion.id } : undefined,
      });
    }
  },
});
