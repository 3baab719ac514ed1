/** no-action-plan: an element non-conforme or partiel with no open action; an error on an impératif criterion. */
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { criterion, expectRule, REPO, type Case } from '../helpers.js';

const IMPERATIVE = path.join(REPO, 'test', 'fixtures', 'catalogue-imperatif.json');
const imperative = `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`;
const el = (body: string) => criterion('3.2-01', `  ee01:\n${body}`);

const cases: Case[] = [
  { name: 'conforme without actions', files: { 'criteres/c.yaml': el('    status: conforme\n    evidence:\n      - title: Doc\n') } },
  { name: 'a broken file: its actions may be in what the parse lost', files: { 'criteres/c.yaml': el('    status: non-conforme\n    comment: [ {\n') } },
  { name: 'a-evaluer without actions', files: { 'criteres/c.yaml': el('    status: a-evaluer\n') } },
  { name: 'non-applicable without actions', files: { 'criteres/c.yaml': el('    status: non-applicable\n    justification: Pas de bloc.\n') } },
  {
    name: 'partiel with an open action',
    files: { 'criteres/c.yaml': el('    status: partiel\n    actions:\n      - title: Former\n        due: 2027-01-10\n        owner: dsi\n') },
  },
  {
    name: 'non-conforme with one done action and one open',
    files: {
      'criteres/c.yaml': el('    status: non-conforme\n    actions:\n      - title: A\n        done: 2026-01-01\n      - title: B\n        done: false\n'),
    },
  },
  {
    name: 'non-conforme without any action: a warning at its status',
    files: { 'criteres/c.yaml': el('    status: non-conforme\n') },
    errors: [
      {
        line: 4,
        column: 13,
        severity: 'warning',
        message:
          "3.2-01-ee01 est non conforme sans action corrective : ajoutez sous « actions: » une action avec « title », « owner » et « due » (les experts-visiteurs demanderont le plan d'actions).",
      },
    ],
  },
  {
    name: 'partiel whose actions are all done',
    files: { 'criteres/c.yaml': el('    status: partiel\n    actions:\n      - title: A\n        done: true\n') },
    errors: [
      {
        line: 4,
        column: 13,
        severity: 'warning',
        message: '3.2-01-ee01 est encore partiel alors que toutes ses actions sont faites : ajoutez une nouvelle action ou mettez le statut à jour.',
      },
    ],
  },
  {
    name: 'non-conforme on an impératif criterion: an error',
    files: { 'dossier.yaml': imperative, 'criteres/c.yaml': criterion('1.1-01', '  ee01:\n    status: non-conforme\n') },
    errors: [{ line: 4, column: 13, severity: 'error' }],
  },
  {
    name: 'partiel on a standard criterion of the same catalogue: a warning',
    files: { 'dossier.yaml': imperative, 'criteres/c.yaml': criterion('1.1-02', '  ee01:\n    status: partiel\n') },
    errors: [{ line: 4, column: 13, severity: 'warning' }],
  },
  {
    name: 'English',
    files: { 'criteres/c.yaml': el('    status: partiel\n') },
    options: { lang: 'en' },
    errors: [
      {
        line: 4,
        column: 13,
        message:
          '3.2-01-ee01 is partial with no corrective action: add under "actions:" an action with "title", "owner" and "due" (the expert visitors will ask for the action plan).',
      },
    ],
  },
  {
    name: 'turned off in dossier.yaml',
    files: {
      'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\nrules:\n  no-action-plan: "off"\n',
      'criteres/c.yaml': el('    status: non-conforme\n'),
    },
  },
];

describe('no-action-plan', () => {
  for (const c of cases) it(c.name, () => expectRule('no-action-plan', c));
});
