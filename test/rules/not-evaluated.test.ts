/** The cases of the rule not-evaluated: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M, el } from './cases.js';

ruleTable('not-evaluated', [
  { name: 'evaluated', files: { 'criteres/c.yaml': el('    status: non-conforme\n') } },
  {
    name: 'a-evaluer, as info',
    files: { 'criteres/c.yaml': el('    status: a-evaluer\n') },
    errors: [{ line: 4, column: 13, endLine: 4, endColumn: 22, messageId: 'pending', severity: 'info', message: "L'élément 3.2-01-ee01 reste à évaluer." }],
  },
  { name: 'off in dossier.yaml', files: { 'dossier.yaml': M('rules:\n  not-evaluated: off\n'), 'criteres/c.yaml': el('    status: a-evaluer\n') } },
]);
