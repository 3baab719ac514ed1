import { defineRule } from './rule.js';

export default defineRule({
  code: 'yaml-syntax',
  defaultSeverity: 'error',
  standalone: true,
  description: {
    fr: 'Le YAML ne se lit pas (chaque erreur à sa place).',
    en: 'The YAML does not parse (each error at its place).',
  },
  messages: {
    fr: { syntax: 'YAML invalide : {detail}' },
    en: { syntax: 'Invalid YAML: {detail}' },
  },
  check(ctx) {
    for (const file of ctx.dossier.files) {
      for (const e of file.source.syntaxErrors) ctx.report({ file, range: e.range, messageId: 'syntax', params: { detail: e.message } });
    }
  },
});
