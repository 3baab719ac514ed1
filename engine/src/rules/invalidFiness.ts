import { checkFiness } from '../finess.js';
import { defineRule } from './rule.js';

export default defineRule({
  code: 'invalid-finess',
  defaultSeverity: 'error',
  standalone: true,
  description: {
    fr: "Le numéro FINESS n'a pas le bon format (9 caractères) ou sa clé de contrôle (Luhn) est fausse.",
    en: 'The FINESS number fails its format (9 characters) or its check key (Luhn).',
  },
  messages: {
    fr: {
      format: 'Numéro FINESS « {value} » mal formé : 9 chiffres attendus (ou 2A/2B suivis de 7 chiffres pour la Corse).',
      checksum: 'Numéro FINESS « {value} » invalide : sa clé de contrôle est fausse. Vérifiez-le dans le répertoire FINESS.',
    },
    en: {
      format: 'FINESS number "{value}" is malformed: 9 digits expected (or 2A/2B followed by 7 digits for Corsica).',
      checksum: 'FINESS number "{value}" is invalid: its check key is wrong. Check it in the FINESS directory.',
    },
  },
  check(ctx) {
    const f = ctx.dossier.manifest?.finess;
    if (!f) return;
    const problem = checkFiness(f.value.trim());
    if (problem) ctx.report({ file: ctx.dossier.manifest!.file, node: f.node, messageId: problem, params: { value: f.value } });
  },
});
