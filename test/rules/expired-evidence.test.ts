/** The cases of the rule expired-evidence: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { ev } from './cases.js';

ruleTable('expired-evidence', [
  { name: 'expires on the as-of date: still valid', files: { 'criteres/c.yaml': ev('        expires: 2026-11-23\n') } },
  {
    name: 'expired the day before',
    files: { 'criteres/c.yaml': ev('        expires: 2026-11-22\n') },
    errors: [
      {
        line: 7,
        column: 18,
        endLine: 7,
        endColumn: 28,
        messageId: 'expired',
        message: "« Doc » a expiré le 2026-11-22 : renouvelez-le et mettez à jour sa date d'expiration.",
      },
    ],
  },
]);
