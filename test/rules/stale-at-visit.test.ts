/** The cases of the rule stale-at-visit: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { ev } from './cases.js';

ruleTable('stale-at-visit', [
  { name: 'valid through the visit', files: { 'criteres/c.yaml': ev('        kind: cartographie-dmn\n        date: 2026-06-01\n') } },
  {
    name: 'stale before the visit (2027-03-15)',
    files: { 'criteres/c.yaml': ev('        kind: cartographie-dmn\n        date: 2026-03-01\n') },
    errors: [
      {
        line: 8,
        column: 15,
        endLine: 8,
        endColumn: 25,
        messageId: 'stale',
        severity: 'info',
        message: "« Doc » sera périmée le 2027-03-02, avant la visite du 2027-03-15 : renouvelez-la d'ici le 2027-03-01.",
      },
    ],
  },
  {
    name: 'expiring before the visit',
    files: { 'criteres/c.yaml': ev('        expires: 2027-01-31\n') },
    errors: [
      {
        line: 7,
        column: 18,
        endLine: 7,
        endColumn: 28,
        messageId: 'expires',
        message: '« Doc » expire le 2027-01-31, avant la visite du 2027-03-15 : renouvelez-la.',
      },
    ],
  },
  {
    name: 'already stale: stale-evidence says it, not this rule',
    files: { 'criteres/c.yaml': ev('        kind: cartographie-dmn\n        date: 2025-01-01\n') },
  },
]);
