/** The cases of the rule provider-hds-expired: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { provider } from './cases.js';

ruleTable('provider-hds-expired', [
  { name: 'valid through the visit day', files: { 'dossier.yaml': provider('    hds:\n      certificate: HDS-01\n      valid_until: 2027-03-15\n') } },
  { name: 'no certificate recorded', files: { 'dossier.yaml': provider('') } },
  {
    name: 'expires the day before the visit: warning',
    files: { 'dossier.yaml': provider('    hds:\n      certificate: HDS-01\n      valid_until: 2027-03-14\n') },
    errors: [
      {
        file: 'dossier.yaml',
        line: 12,
        column: 20,
        endLine: 12,
        endColumn: 30,
        messageId: 'beforeVisit',
        severity: 'warning',
        message: 'Le certificat HDS de « Hébergeur HDS » (HDS-01) expire le 2027-03-14, avant la visite du 2027-03-15 : demandez le certificat renouvelé.',
      },
    ],
  },
  {
    name: 'valid through the as-of date: warning only',
    files: { 'dossier.yaml': provider('    hds:\n      valid_until: 2026-11-23\n') },
    errors: [{ file: 'dossier.yaml', line: 11, column: 20, endLine: 11, endColumn: 30, messageId: 'beforeVisit', severity: 'warning' }],
  },
  {
    name: 'expired the day before as-of: error',
    files: { 'dossier.yaml': provider('    hds:\n      valid_until: 2026-11-22\n') },
    errors: [
      {
        file: 'dossier.yaml',
        line: 11,
        column: 20,
        endLine: 11,
        endColumn: 30,
        messageId: 'expired',
        severity: 'error',
        message: 'Le certificat HDS de « Hébergeur HDS » a expiré le 2026-11-22 : demandez le certificat renouvelé.',
      },
    ],
  },
]);
