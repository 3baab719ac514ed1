/** The cases of the rule unknown-scope: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M } from './cases.js';

ruleTable('unknown-scope', [
  {
    name: 'ids and labels, any case, accents and spaces',
    files: { 'dossier.yaml': M('scope: [sante-mentale-psychiatrie, Maternité, SOINS CRITIQUES, samu smur, Soins médicaux et de réadaptation]\n') },
  },
  {
    name: 'a near miss, with a did-you-mean and its fix',
    files: { 'dossier.yaml': M('scope: [maternitee, psychiatrie-adulte]\n') },
    errors: [
      {
        file: 'dossier.yaml',
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 19,
        messageId: 'unknown',
        message:
          /^« maternitee » n'est pas un champ d'application du catalogue has-es-2025\. Vouliez-vous dire maternite \(Maternité\) \? Champs : tout-l-etablissement, /,
      },
      {
        file: 'dossier.yaml',
        line: 7,
        column: 21,
        endLine: 7,
        endColumn: 39,
        messageId: 'unknown',
        message: /^« psychiatrie-adulte » n'est pas un champ d'application du catalogue has-es-2025\. Champs : /,
      },
    ],
  },
  {
    name: 'a prefix of a label',
    files: { 'dossier.yaml': M('scope: [sante mentale]\n') },
    errors: [
      {
        file: 'dossier.yaml',
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 22,
        messageId: 'unknown',
        message: /Vouliez-vous dire sante-mentale-psychiatrie \(Santé mentale et psychiatrie\) \?/,
      },
    ],
  },
  {
    name: 'English',
    files: { 'dossier.yaml': M('scope: [urgence]\n') },
    options: { lang: 'en' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 16,
        messageId: 'unknown',
        message: /^"urgence" is not a champ d'application of catalogue has-es-2025\. Did you mean urgences \(Urgences\)\?/,
      },
    ],
  },
]);
