import { describe, it } from 'vitest';
import { expectRule, type Case } from '../helpers.js';

const dmn = (date: string) => `criterion: 3.4-05
elements:
  ee01:
    status: conforme
    evidence:
      - title: Cartographie des DMN
        kind: cartographie-dmn
        date: ${date}
`;

const cases: Case[] = [
  { name: '12 months to the day: still valid', files: { 'criteres/c.yaml': dmn('2025-11-23') } },
  {
    name: 'one day past 12 months: stale, an error since the manual sets the age',
    files: { 'criteres/c.yaml': dmn('2025-11-23') },
    options: { asOf: '2026-11-24' },
    errors: [{ line: 8, column: 15, severity: 'error', message: /date du 2025-11-23 : elle a plus de 12 mois au 2026-11-24 \(périmée depuis le 2026-11-24\)/ }],
  },
  { name: '29 February + 12 months = 28 February: valid that day', files: { 'criteres/c.yaml': dmn('2024-02-29') }, options: { asOf: '2025-02-28' } },
  {
    name: '29 February + 12 months: stale on 1 March',
    files: { 'criteres/c.yaml': dmn('2024-02-29') },
    options: { asOf: '2025-03-01' },
    errors: [{ line: 8, column: 15, severity: 'error' }],
  },
  {
    name: 'the DMN cartography validated in COSSI on 2025-10-10 is stale on 2026-11-23',
    files: { 'criteres/c.yaml': dmn('2025-10-10') },
    errors: [{ line: 8, column: 15, severity: 'error' }],
  },
  {
    name: 'practice-based age (SILENE, monthly) is a warning',
    files: { 'criteres/c.yaml': dmn('2026-10-01').replace('cartographie-dmn', 'audit-silene') },
    errors: [{ line: 8, column: 15, severity: 'warning', message: /plus de 1 mois/ }],
  },
  { name: 'no kind: no maximum age', files: { 'criteres/c.yaml': dmn('2020-01-01').replace('        kind: cartographie-dmn\n', '') } },
  {
    name: 'freshness override from dossier.yaml (warning, the dossier sets it)',
    files: {
      'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\nfreshness:\n  audit-orad: 6 mois\n',
      'criteres/c.yaml': dmn('2026-01-01').replace('cartographie-dmn', 'audit-orad'),
    },
    errors: [{ line: 8, column: 15, severity: 'warning', message: /l'âge maximal que ce dossier fixe/ }],
  },
  {
    name: 'freshness "none" disables the age',
    files: {
      'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\nfreshness:\n  cartographie-dmn: none\n',
      'criteres/c.yaml': dmn('2020-01-01'),
    },
  },
  {
    name: 'English messages',
    files: { 'criteres/c.yaml': dmn('2025-10-10') },
    options: { lang: 'en' },
    errors: [{ line: 8, column: 15, message: /is dated 2025-10-10: it is more than 12 months old on 2026-11-23 \(stale since 2026-10-11\)/ }],
  },
];

describe('stale-evidence', () => {
  for (const c of cases) it(c.name, () => expectRule('stale-evidence', c));
});
