/** The cases of the rule future-date: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M, act } from './cases.js';

ruleTable('future-date', [
  { name: 'past dates', files: { 'criteres/c.yaml': 'criterion: 3.2-01\nreviewed: 2026-11-23\nelements: {}\n' } },
  {
    name: 'a review date after as-of',
    files: { 'criteres/c.yaml': 'criterion: 3.2-01\nreviewed: 2026-11-24\nelements: {}\n' },
    errors: [
      {
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 21,
        messageId: 'future',
        message:
          "La date de revue 2026-11-24 est postérieure à la date d'évaluation (2026-11-23) : une date passée est attendue. Corrigez-la (ou vérifiez --as-of).",
      },
    ],
  },
  {
    name: 'an evidence date, a done date and an upload date',
    files: {
      'criteres/c.yaml': act('        done: 2026-12-01\n').replace('      - title: Doc\n', '      - title: Doc\n        date: 2027-01-01\n'),
      'dossier.yaml': M('calista:\n  - kind: pca-pra\n    uploaded: 2026-12-24\n'),
    },
    errors: [
      { line: 7, column: 15, endLine: 7, endColumn: 25, messageId: 'future', message: /^La date de la preuve 2027-01-01/ },
      { line: 10, column: 15, endLine: 10, endColumn: 25, messageId: 'future', message: /^La date de réalisation de l'action 2026-12-01/ },
      { file: 'dossier.yaml', line: 9, column: 15, endLine: 9, endColumn: 25, messageId: 'future', message: /^La date de dépôt dans CALISTA 2026-12-24/ },
    ],
  },
]);
