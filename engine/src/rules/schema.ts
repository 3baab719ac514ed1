import { STRUCTURE_MESSAGES, structureParams, validateStructure } from '../validation.js';
import { defineRule, replaceFix } from './rule.js';

export default defineRule({
  code: 'schema',
  defaultSeverity: 'error',
  description: {
    fr: 'Une clé, un type, une valeur énumérée ou un format est faux (le message dit ce qui est permis).',
    en: 'A key, type, enum or format is wrong (the message lists what is allowed).',
  },
  messages: STRUCTURE_MESSAGES,
  fix: replaceFix,
  check(ctx) {
    for (const file of ctx.dossier.files) {
      if (file.source.syntaxErrors.length) continue; // a broken file would only add noise after its yaml-syntax errors
      for (const p of validateStructure(ctx.catalogue, file.kind, file.source)) {
        const suggestion = p.params.suggestion;
        const { path: _path, ...problem } = p;
        ctx.report({
          ...problem,
          params: structureParams(ctx.lang, p),
          file,
          data: typeof suggestion === 'string' && suggestion ? { replacement: suggestion } : undefined,
        } as Parameters<typeof ctx.report>[0]);
      }
    }
  },
});
