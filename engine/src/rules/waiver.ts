import { defineRule } from './rule.js';

/** The checks themselves run in ../waivers.ts, after every other rule (they need the findings). */
export default defineRule({
  code: 'waiver',
  defaultSeverity: 'warning',
  standalone: true,
  description: {
    fr: 'Une dérogation `# has-dossier-ignore` sans motif, échue, mal écrite ou qui ne couvre aucun signalement.',
    en: 'A `# has-dossier-ignore` waiver without a reason, past its date, malformed, or waiving nothing.',
  },
  messages: {
    fr: {
      noReason: "Dérogation sans motif : écrivez « # has-dossier-ignore {codes}: <motif> ». Elle ne s'applique pas tant qu'elle n'a pas de motif.",
      expired: "Dérogation échue le {until} : le signalement qu'elle couvrait est de nouveau actif. Traitez-le ou prolongez-la avec un motif.",
      badDate: "Date de fin « {until} » invalide : attendu « until AAAA-MM-JJ ». La dérogation ne s'applique pas.",
      unknownCode: 'Code de règle inconnu dans la dérogation : « {code} ».{hint}',
      unused: 'Cette dérogation ({codes}) ne couvre aucun signalement : retirez-la.',
      unusedElsewhere:
        "Cette dérogation ({codes}) ne couvre aucun signalement : le signalement {code} de ce fichier est à la ligne {line} ; une dérogation se place sur la ligne juste avant le nœud qu'elle couvre (ou en fin de sa ligne).",
      malformed: 'Dérogation mal écrite : attendu « # has-dossier-ignore <code>[, <code>] [until AAAA-MM-JJ]: <motif> ».',
    },
    en: {
      noReason: 'Waiver without a reason: write "# has-dossier-ignore {codes}: <reason>". It does not apply until it has a reason.',
      expired: 'Waiver ended on {until}: the finding it covered is active again. Deal with it, or extend the waiver with a reason.',
      badDate: 'End date "{until}" is invalid: expected "until YYYY-MM-DD". The waiver does not apply.',
      unknownCode: 'Unknown rule code in the waiver: "{code}".{hint}',
      unused: 'This waiver ({codes}) covers no finding: remove it.',
      unusedElsewhere:
        'This waiver ({codes}) covers no finding: the {code} finding of this file is on line {line}; a waiver goes on the line just before the node it covers (or at the end of its line).',
      malformed: 'Malformed waiver: expected "# has-dossier-ignore <code>[, <code>] [until YYYY-MM-DD]: <reason>".',
    },
  },
  check() {
    /* see ../waivers.ts */
  },
});
