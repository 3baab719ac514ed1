/** The cases of the rule missing-evidence: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable, criterion } from '../helpers.js';
import { el, ev } from './cases.js';

ruleTable('missing-evidence', [
  { name: 'conforme with evidence', files: { 'criteres/c.yaml': ev('') } },
  { name: 'a broken file: its evidence list may be in what the parse lost', files: { 'criteres/c.yaml': el('    status: conforme\n    comment: [ {\n') } },
  { name: 'non-conforme needs none', files: { 'criteres/c.yaml': el('    status: non-conforme\n') } },
  {
    name: 'conforme without evidence',
    files: { 'criteres/c.yaml': el('    status: conforme\n') },
    errors: [{ line: 4, column: 13, endLine: 4, endColumn: 21, messageId: 'none', message: /^L'élément 3\.2-01-ee01 est déclaré « conforme » sans preuve/ }],
  },
  {
    name: 'partiel with an empty list, naming the evidence expected',
    files: { 'criteres/c.yaml': criterion('3.4-05', '  ee01:\n    status: partiel\n    evidence: []\n') },
    errors: [{ line: 4, column: 13, endLine: 4, endColumn: 20, messageId: 'none', message: /Preuve attendue : cartographie-dmn\.$/ }],
  },
]);
