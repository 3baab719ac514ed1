/** The cases of the rule missing-element: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable, criterion } from '../helpers.js';
import { ok34_06 } from './cases.js';

ruleTable('missing-element', [
  // the parse of a broken file is partial: what it lost may hold the elements (the yaml-syntax error says what is wrong)
  { name: 'a broken file (elements: [ { never closed): none said missing', files: { 'criteres/c.yaml': 'criterion: 3.4-05\nelements: [ {\n' } },
  {
    name: 'a broken file after some elements: the others not said missing',
    files: { 'criteres/c.yaml': criterion('3.4-06', '  ee02:\n    status: a-evaluer\n  ee03: [\n') },
  },
  { name: 'every element present', files: { 'criteres/c.yaml': ok34_06 } },
  { name: 'an uncatalogued criterion is not checked', files: { 'criteres/c.yaml': 'criterion: 3.3-03\nelements: {}\n' } },
  { name: 'elements unknown (2.3-11): none is missing, even with no element at all', files: { 'criteres/c.yaml': 'criterion: 2.3-11\nelements: {}\n' } },
  { name: 'elements unknown, no elements key', files: { 'criteres/c.yaml': 'criterion: 2.4-02\n' } },
  {
    name: 'missing ones, listed on the elements key',
    files: { 'criteres/c.yaml': criterion('3.4-06', '  ee02:\n    status: a-evaluer\n') },
    errors: [
      {
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 9,
        messageId: 'missing',
        message: 'Éléments du critère 3.4-06 absents : ee01, ee03, ee04. Ajoutez-les (au moins avec « status: a-evaluer »).',
      },
    ],
  },
  {
    name: 'no elements key: on the criterion key',
    files: { 'criteres/c.yaml': 'criterion: 3.1-09\n' },
    errors: [{ line: 1, column: 1, endLine: 1, endColumn: 10, messageId: 'missing', message: /absents : ee01, ee02, ee03\./ }],
  },
]);
