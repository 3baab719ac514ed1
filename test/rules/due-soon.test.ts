/** due-soon: open actions due within 30 days, documents that stop being valid within 60 days (both settable). */
import { describe, it } from 'vitest';
import { criterion, expectRule, MANIFEST, type Case } from '../helpers.js';

const act = (fields: string) => criterion('3.2-01', `  ee01:\n    status: partiel\n    actions:\n      - title: Former\n        owner: dsi\n${fields}`);
const doc = (fields: string) =>
  criterion('3.4-05', `  ee01:\n    status: conforme\n    evidence:\n      - title: Cartographie des DMN\n        kind: cartographie-dmn\n${fields}`);

const cases: Case[] = [
  { name: 'an action due in 31 days', files: { 'criteres/c.yaml': act('        due: 2026-12-24\n') } },
  { name: 'an action already overdue (overdue-action says it)', files: { 'criteres/c.yaml': act('        due: 2026-11-22\n') } },
  { name: 'an action due soon but done', files: { 'criteres/c.yaml': act('        due: 2026-11-30\n        done: 2026-11-20\n') } },
  {
    name: 'an action due in 30 days',
    files: { 'criteres/c.yaml': act('        due: 2026-12-23\n') },
    errors: [{ line: 8, column: 14, severity: 'info', message: "L'action « Former » arrive à échéance le 2026-12-23 (dans 30 jours)." }],
  },
  {
    name: 'an action due today',
    files: { 'criteres/c.yaml': act('        due: 2026-11-23\n') },
    errors: [{ line: 8, column: 14, message: "L'action « Former » arrive à échéance le 2026-11-23 (dans 0 jour)." }],
  },
  { name: 'a document valid for 61 more days', files: { 'criteres/c.yaml': doc('        date: 2026-01-23\n') } },
  {
    name: 'a document (12 months) valid for 60 more days: at its date',
    files: { 'criteres/c.yaml': doc('        date: 2026-01-22\n') },
    errors: [{ line: 8, column: 15, message: "« Cartographie des DMN » cesse d'être valide le 2027-01-22 (dans 60 jours) : préparez son renouvellement." }],
  },
  {
    name: 'an expires: date within 60 days, earlier than the age: at expires',
    files: { 'criteres/c.yaml': doc('        date: 2026-10-01\n        expires: 2026-12-01\n') },
    errors: [{ line: 9, column: 18, message: /cesse d'être valide le 2026-12-01 \(dans 8 jours\)/ }],
  },
  { name: 'a stale document is not due soon (stale-evidence says it)', files: { 'criteres/c.yaml': doc('        date: 2025-01-01\n') } },
  {
    name: 'windows set in dossier.yaml',
    files: {
      'dossier.yaml': MANIFEST + 'paqss:\n  actions_due_soon: 2 months\n  documents_due_soon: 10 days\n',
      'criteres/c.yaml': act('        due: 2027-01-20\n'),
      'criteres/d.yaml': doc('        date: 2026-01-22\n'),
    },
    errors: [{ line: 8, column: 14, message: /arrive à échéance le 2027-01-20 \(dans 58 jours\)/ }],
  },
  {
    name: "a provider's HDS certificate ending within 60 days",
    files: { 'dossier.yaml': MANIFEST + 'providers:\n  - name: Hébergeur\n    service: DPI\n    hds:\n      valid_until: 2027-01-10\n' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 11,
        column: 20,
        message: 'Le certificat HDS de « Hébergeur » prend fin le 2027-01-10 (dans 48 jours) : demandez son renouvellement.',
      },
    ],
  },
  {
    name: 'English',
    files: { 'criteres/c.yaml': act('        due: 2026-11-24\n') },
    options: { lang: 'en' },
    errors: [{ line: 8, column: 14, message: 'Action "Former" falls due on 2026-11-24 (in 1 day).' }],
  },
];

describe('due-soon', () => {
  for (const c of cases) it(c.name, () => expectRule('due-soon', c));
});
