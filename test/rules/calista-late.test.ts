/** The cases of the rule calista-late: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M } from './cases.js';

ruleTable('calista-late', [
  {
    name: 'uploaded on the deadline',
    files: { 'dossier.yaml': M('calista:\n  - kind: pca-pra\n    uploaded: 2027-01-15\n') },
    options: { asOf: '2027-02-01' },
  },
  {
    name: 'uploaded the day after',
    files: { 'dossier.yaml': M('calista:\n  - kind: pca-pra\n    uploaded: 2027-01-16\n') },
    options: { asOf: '2027-02-01' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 9,
        column: 15,
        endLine: 9,
        endColumn: 25,
        messageId: 'late',
        message: '« PCA / PRA » a été déposé dans CALISTA le 2027-01-16, après la limite du 2027-01-15 (2 mois avant la visite du 2027-03-15).',
      },
    ],
  },
]);
