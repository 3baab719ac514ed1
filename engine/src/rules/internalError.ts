import { defineRule } from './rule.js';

/**
 * Reported by the check itself (../check.ts) when a rule throws: the rule's other findings may be
 * missing, every other rule's are there. A defect of has-dossier, never of the dossier.
 */
export default defineRule({
  code: 'internal-error',
  defaultSeverity: 'error',
  standalone: true,
  description: {
    fr: "Une règle de has-dossier a échoué sur un fichier (un défaut de l'outil, pas du dossier) : ses signalements peuvent manquer, ceux des autres règles sont là.",
    en: "A has-dossier rule failed on a file (a defect of the tool, not of the dossier): its findings may be missing, the other rules' findings are there.",
  },
  messages: {
    fr: {
      failed:
        "La règle {rule} a échoué sur {file} ({error}) : ses signalements peuvent manquer, ceux des autres règles sont là. C'est un défaut de has-dossier : signalez-le.",
    },
    en: {
      failed:
        "Rule {rule} failed on {file} ({error}): its findings may be missing; the other rules' findings are there. This is a has-dossier defect: please report it.",
    },
  },
  check() {
    /* see ../check.ts */
  },
});
