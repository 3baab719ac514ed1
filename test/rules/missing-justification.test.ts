/** The cases of the rule missing-justification: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { el } from './cases.js';

ruleTable('missing-justification', [
  { name: 'with a justification', files: { 'criteres/c.yaml': el('    status: non-applicable\n    justification: Pas de maternité.\n') } },
  {
    name: 'a broken file: the justification may be in what the parse lost',
    files: { 'criteres/c.yaml': el('    status: non-applicable\n    comment: [ {\n') },
  },
  {
    name: 'a broken file still shows a placeholder it did read',
    files: {
      'criteres/c.yaml': el('    status: non-applicable\n    justification: "<à compléter : pourquoi cet élément ne s\'applique pas>"\n    comment: [ {\n'),
    },
    errors: [{ line: 4, column: 13, endLine: 4, endColumn: 27, messageId: 'stillPlaceholder', message: /encore à compléter/ }],
  },
  {
    name: 'without',
    files: { 'criteres/c.yaml': el('    status: non-applicable\n') },
    errors: [
      { line: 4, column: 13, endLine: 4, endColumn: 27, messageId: 'none', message: /^L'élément 3\.2-01-ee01 est « non-applicable » sans justification/ },
    ],
  },
  {
    name: 'blank',
    files: { 'criteres/c.yaml': el('    status: non-applicable\n    justification: "  "\n') },
    errors: [{ line: 4, column: 13, endLine: 4, endColumn: 27, messageId: 'none' }],
  },
  {
    name: "the quick fix's placeholder left as is",
    files: { 'criteres/c.yaml': el('    status: non-applicable\n    justification: "<à compléter : pourquoi cet élément ne s\'applique pas>"\n') },
    errors: [
      {
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 27,
        messageId: 'stillPlaceholder',
        message:
          /^L'élément 3\.2-01-ee01 est « non-applicable » mais sa justification est encore à compléter \(<à compléter : pourquoi cet élément ne s'applique pas>\) : écrivez pourquoi/,
      },
    ],
  },
  {
    name: 'a text that only holds angle brackets inside',
    files: { 'criteres/c.yaml': el('    status: non-applicable\n    justification: Pas de <maternité> ici.\n') },
  },
]);
