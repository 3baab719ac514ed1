/** The cases of the rule overdue-action: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M, act } from './cases.js';

ruleTable('overdue-action', [
  { name: 'due on the as-of date is not overdue', files: { 'criteres/c.yaml': act('        due: 2026-11-23\n') } },
  {
    name: 'done (true or a date)',
    files: { 'criteres/c.yaml': act('        due: 2026-01-01\n        done: true\n      - title: B\n        due: 2026-01-01\n        done: 2026-02-01\n') },
  },
  {
    name: 'due the day before and not done',
    files: { 'criteres/c.yaml': act('        due: 2026-11-22\n        done: false\n') },
    errors: [
      {
        line: 9,
        column: 14,
        endLine: 9,
        endColumn: 24,
        messageId: 'overdue',
        severity: 'warning',
        message: 'Action en retard : « Faire » devait être faite le 2026-11-22. Faites-la et notez « done: <date> », ou replanifiez-la.',
      },
    ],
  },
  {
    name: 'made an error by dossier.yaml',
    files: { 'dossier.yaml': M('rules:\n  overdue-action: error\n'), 'criteres/c.yaml': act('        due: 2026-01-01\n') },
    errors: [{ line: 9, column: 14, endLine: 9, endColumn: 24, messageId: 'overdue', severity: 'error' }],
  },
]);
