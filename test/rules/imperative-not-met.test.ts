/** The cases of the rule imperative-not-met: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable, criterion } from '../helpers.js';
import { IMPERATIVE } from './cases.js';

ruleTable('imperative-not-met', [
  {
    name: 'a non-conforme element of a standard criterion',
    files: {
      'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`,
      'criteres/c.yaml': criterion('1.1-02', '  ee01:\n    status: non-conforme\n'),
    },
  },
  {
    name: 'partiel on an impératif criterion',
    files: {
      'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`,
      'criteres/c.yaml': criterion('1.1-01', '  ee01:\n    status: partiel\n    evidence:\n      - title: x\n'),
    },
  },
  {
    name: 'non-conforme on an impératif criterion',
    files: {
      'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`,
      'criteres/c.yaml': criterion('1.1-01', '  ee01:\n    status: non-conforme\n'),
    },
    errors: [
      {
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 25,
        messageId: 'notMet',
        severity: 'error',
        message: /^1\.1-01-ee01 est non conforme alors que le critère 1\.1-01 est impératif/,
      },
    ],
  },
  {
    name: 'the bundled manual: 2.4-02 is impératif, its elements unknown',
    files: { 'criteres/c.yaml': criterion('2.4-02', '  ee03:\n    status: non-conforme\n') },
    errors: [
      {
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 25,
        messageId: 'notMet',
        severity: 'error',
        message: /^2\.4-02-ee03 est non conforme alors que le critère 2\.4-02 est impératif/,
      },
    ],
  },
  {
    name: 'the bundled manual: a level the table leaves empty is not impératif (2.3-14)',
    files: { 'criteres/c.yaml': criterion('2.3-14', '  ee01:\n    status: non-conforme\n') },
  },
]);
