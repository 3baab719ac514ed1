/** The cases of the rule calista-missing: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M } from './cases.js';

ruleTable('calista-missing', [
  { name: 'before the deadline (2027-01-15): nothing yet', files: {}, options: { asOf: '2027-01-14' } },
  {
    name: 'a broken dossier.yaml: the list may be in what the parse lost',
    files: { 'dossier.yaml': M('calista:\n  - kind: paqss\n    uploaded: [ {\n') },
    options: { asOf: '2027-01-15' },
  },
  { name: 'no visit date: no deadline', files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n' }, options: { asOf: '2027-01-15' } },
  {
    name: 'from the deadline on, each kind not listed',
    files: {
      'dossier.yaml': M(
        'calista:\n' +
          ['schema-directeur-si', 'rapport-cdu', 'paqss', 'pca-pra', 'charte-informatique', 'charte-prestataires']
            .map(k => `  - kind: ${k}\n    uploaded: 2027-01-02\n`)
            .join(''),
      ),
    },
    options: { asOf: '2027-01-15' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 8,
        messageId: 'missing',
        message:
          'Document CALISTA absent : « Cartographie des applicatifs » (cartographie-applicative) doit être déposé dans CALISTA au plus tard le 2027-01-15, 2 mois avant la visite du 2027-03-15. Listez-le sous « calista: » avec sa date de dépôt.',
      },
      {
        file: 'dossier.yaml',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 8,
        messageId: 'missing',
        message: /« Plan Blanc \(avec un volet cyber\) » \(plan-blanc\)/,
      },
    ],
  },
]);
