/** The cases of the rule unknown-criterion: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { IMPERATIVE } from './cases.js';

ruleTable('unknown-criterion', [
  { name: 'a catalogued criterion, also in the reference form', files: { 'criteres/c.yaml': 'criterion: Crit.3.4-06\nelements: {}\n' } },
  { name: 'a well-formed criterion of an existing objective (partial catalogue)', files: { 'criteres/c.yaml': 'criterion: 2.3-11\nelements: {}\n' } },
  {
    name: 'malformed, with a did-you-mean',
    files: { 'criteres/c.yaml': 'criterion: 3.4.05\nelements: {}\n' },
    errors: [
      {
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 18,
        messageId: 'malformedDidYouMean',
        message: "« 3.4.05 » n'est pas un code de critère : vouliez-vous dire « 3.4-05 » ?",
      },
    ],
  },
  {
    name: 'malformed, no guess',
    files: { 'criteres/c.yaml': 'criterion: DMN\nelements: {}\n' },
    errors: [{ line: 1, column: 12, endLine: 1, endColumn: 15, messageId: 'malformed', message: /attendu la forme 3\.4-05/ }],
  },
  {
    name: 'an objective the manual does not have',
    files: { 'criteres/c.yaml': 'criterion: 3.7-01\nelements: {}\n' },
    errors: [{ line: 1, column: 12, endLine: 1, endColumn: 18, messageId: 'noObjective', message: /n'a pas d'objectif 3\.7 \(objectifs : 1\.1, 1\.2/ }],
  },
  {
    name: 'absent from a complete catalogue',
    files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`, 'criteres/c.yaml': 'criterion: 1.1-03\nelements: {}\n' },
    errors: [
      {
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 18,
        messageId: 'notInManual',
        message: "Le critère 1.1-03 n'existe pas dans le manuel test-imperatif. Vouliez-vous dire 1.1-01 ?",
      },
    ],
  },
  {
    name: 'no value',
    files: { 'criteres/c.yaml': 'criterion:\nelements: {}\n' },
    errors: [{ line: 1, column: 1, endLine: 1, endColumn: 10, messageId: 'missing', message: /Clé « criterion » sans valeur/ }],
  },
]);
