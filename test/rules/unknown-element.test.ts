/** The cases of the rule unknown-element: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable, criterion } from '../helpers.js';

ruleTable('unknown-element', [
  {
    name: 'known elements, also in the reference form',
    files: { 'criteres/c.yaml': criterion('3.4-06', '  Crit.3.4-06-ee01-ASY:\n    status: a-evaluer\n  ee02:\n    status: a-evaluer\n') },
  },
  { name: 'any well-formed ee of an uncatalogued criterion', files: { 'criteres/c.yaml': criterion('3.3-03', '  ee09:\n    status: a-evaluer\n') } },
  {
    name: 'any well-formed ee of a criterion whose elements are unknown',
    files: {
      'criteres/c.yaml': criterion('2.4-02', '  ee01:\n    status: a-evaluer\n  ee17:\n    status: a-evaluer\n  Crit.2.4-02-ee03-PT:\n    status: a-evaluer\n'),
    },
  },
  {
    name: 'elements unknown: a malformed code still is one',
    files: { 'criteres/c.yaml': criterion('2.4-02', '  e1:\n    status: a-evaluer\n') },
    errors: [
      {
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 5,
        messageId: 'malformed',
        message: "« e1 » n'est pas un code d'élément : attendu ee01, ee02 … ou Crit.2.4-02-ee01-ASY. Vouliez-vous dire ee01 ?",
      },
    ],
  },
  { name: 'beyond ee05 of 3.1-07, whose list is partial', files: { 'criteres/c.yaml': criterion('3.1-07', '  ee06:\n    status: a-evaluer\n') } },
  {
    name: 'an ee the criterion does not have',
    files: { 'criteres/c.yaml': criterion('3.4-06', '  ee05:\n    status: a-evaluer\n') },
    errors: [
      {
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 7,
        messageId: 'notInCriterion',
        message: "Le critère 3.4-06 n'a pas d'élément ee05 (éléments : ee01, ee02, ee03, ee04). Vouliez-vous dire ee01 ?",
      },
    ],
  },
  {
    name: 'a malformed code',
    files: { 'criteres/c.yaml': criterion('3.4-06', '  EE3:\n    status: a-evaluer\n') },
    errors: [
      {
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 6,
        messageId: 'malformed',
        message: "« EE3 » n'est pas un code d'élément : attendu ee01, ee02 … ou Crit.3.4-06-ee01-ASY. Vouliez-vous dire ee03 ?",
      },
    ],
  },
  {
    name: 'a reference to another criterion',
    files: { 'criteres/c.yaml': criterion('3.4-06', '  Crit.3.4-05-ee01-ASY:\n    status: a-evaluer\n') },
    errors: [
      {
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 23,
        messageId: 'otherCriterion',
        message: 'Cette clé renvoie au critère 3.4-05, pas à 3.4-06 : écrivez « ee01 ».',
      },
    ],
  },
]);
