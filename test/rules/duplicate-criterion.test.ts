/** The cases of the rule duplicate-criterion: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';

ruleTable('duplicate-criterion', [
  { name: 'two different criteria', files: { 'criteres/a.yaml': 'criterion: 3.4-05\nelements: {}\n', 'criteres/b.yaml': 'criterion: 3.4-06\nelements: {}\n' } },
  {
    name: 'the same criterion twice, on both files',
    files: { 'criteres/a.yaml': 'criterion: 3.4-05\nelements: {}\n', 'criteres/b.yaml': 'criterion: Crit.3.4-05\nelements: {}\n' },
    errors: [
      {
        file: 'criteres/a.yaml',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 18,
        messageId: 'duplicate',
        message: 'Le critère 3.4-05 est aussi déclaré dans criteres/b.yaml : gardez un seul fichier par critère.',
      },
      {
        file: 'criteres/b.yaml',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 23,
        messageId: 'duplicate',
        message: 'Le critère 3.4-05 est aussi déclaré dans criteres/a.yaml : gardez un seul fichier par critère.',
      },
    ],
  },
]);
