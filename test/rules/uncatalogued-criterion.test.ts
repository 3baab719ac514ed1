/** The cases of the rule uncatalogued-criterion: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { ok34_06 } from './cases.js';

ruleTable('uncatalogued-criterion', [
  { name: 'a catalogued criterion', files: { 'criteres/c.yaml': ok34_06 } },
  { name: 'a catalogued criterion whose elements are unknown', files: { 'criteres/c.yaml': 'criterion: 2.3-11\nelements: {}\n' } },
  {
    name: 'a criterion the partial catalogue lacks (3.3-03, in no source)',
    files: { 'criteres/c.yaml': 'criterion: 3.3-03\nelements: {}\n' },
    errors: [
      {
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 18,
        messageId: 'uncatalogued',
        severity: 'info',
        message: /^Le critère 3\.3-03 n'est pas dans le catalogue has-es-2025, qui est partiel/,
      },
    ],
  },
  {
    name: 'and 3.4-04',
    files: { 'criteres/c.yaml': 'criterion: 3.4-04\nelements: {}\n' },
    errors: [{ line: 1, column: 12, endLine: 1, endColumn: 18, messageId: 'uncatalogued', severity: 'info' }],
  },
]);
