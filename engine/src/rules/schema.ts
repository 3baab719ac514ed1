import { STRUCTURE_MESSAGES, validateStructure } from '../validation.js';
import { defineRule } from './rule.js';

export default defineRule({
  code: 'schema',
  defaultSeverity: 'error',
  description: {
    fr: "Une clé, un type, une valeur énumérée ou un format est faux (le message dit ce qui est permis).",
    en: 'A key, type, enum or format is wrong (the message lists what is allowed).',
  },
  messages: STRUCTURE_MESSAGES,
  check(ctx) {
    for (const file of ctx.dossier.files) {
      if (file.source.syntaxErrors.length) continue; // a broken file would only add noise after its yaml-syntax errors
      for (const p of validateStructure(ctx.catalogue, file.kind, file.source)) {
        ctx.report({ file, range: p.range, messageId: p.messageId, params: p.params, data: p.params.suggestion ? { replacement: p.params.suggestion } : undefined });
      }
    }
  },
});
