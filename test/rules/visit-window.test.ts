/** The cases of the rule visit-window: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { cert } from './cases.js';

ruleTable('visit-window', [
  { name: 'no decision recorded', files: {} },
  { name: 'certified on 2023-03-16: valid through 2027-03-15, the visit day', files: { 'dossier.yaml': cert('certifie', '2023-03-16') } },
  {
    name: 'certified on 2023-03-15: valid through 2027-03-14, the day before the visit',
    files: { 'dossier.yaml': cert('certifie-mention', '2023-03-15') },
    errors: [
      {
        file: 'dossier.yaml',
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 20,
        messageId: 'expired',
        message:
          "La visite du 2027-03-15 tombe après la fin de validité de la certification (Certifié avec mention le 2023-03-15, valable jusqu'au 2027-03-14).",
      },
    ],
  },
  {
    name: 'a visit before the decision',
    files: { 'dossier.yaml': cert('certifie', '2027-03-15') },
    errors: [{ file: 'dossier.yaml', line: 6, column: 10, endLine: 6, endColumn: 20, messageId: 'beforeDecision', message: /précède la décision/ }],
  },
  { name: 'with conditions on 2026-09-15: window opens on the visit day', files: { 'dossier.yaml': cert('certifie-sous-conditions', '2026-09-15') } },
  {
    name: 'with conditions on 2026-09-16: the visit comes a day early',
    files: { 'dossier.yaml': cert('certifie-sous-conditions', '2026-09-16') },
    errors: [
      {
        file: 'dossier.yaml',
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 20,
        messageId: 'early',
        message:
          'La visite du 2027-03-15 tombe avant la fenêtre de la nouvelle visite (Certifié sous conditions le 2026-09-16 : visite entre le 2027-03-16 et le 2027-09-16).',
      },
    ],
  },
  { name: 'with conditions on 2026-03-15: window closes on the visit day', files: { 'dossier.yaml': cert('certifie-sous-conditions', '2026-03-15') } },
  {
    name: 'with conditions on 2026-03-14: a day late',
    files: { 'dossier.yaml': cert('certifie-sous-conditions', '2026-03-14') },
    errors: [
      {
        file: 'dossier.yaml',
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 20,
        messageId: 'late',
        message: /tombe après la fenêtre .* entre le 2026-09-14 et le 2027-03-14/,
      },
    ],
  },
  { name: 'not certified on 2025-03-15: 12 to 24 months, the last day', files: { 'dossier.yaml': cert('non-certifie', '2025-03-15') } },
  {
    name: 'not certified on 2026-03-16: less than 12 months',
    files: { 'dossier.yaml': cert('non-certifie', '2026-03-16') },
    errors: [
      {
        file: 'dossier.yaml',
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 20,
        messageId: 'early',
        message: /Non certifié le 2026-03-16 : visite entre le 2027-03-16 et le 2028-03-16/,
      },
    ],
  },
  {
    name: 'in English',
    files: { 'dossier.yaml': cert('non-certifie', '2026-03-16') },
    options: { lang: 'en' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 20,
        messageId: 'early',
        message: 'The visit of 2027-03-15 falls before the window of the new visit (Not certified on 2026-03-16: visit between 2027-03-16 and 2028-03-16).',
      },
    ],
  },
]);
