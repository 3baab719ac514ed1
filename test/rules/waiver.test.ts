/** The cases of the rule waiver: findings expected at their place (start and end, 1-based), with their message id. */
import { describe, it } from 'vitest';
import { expectRule, ruleTable } from '../helpers.js';
import { el, ev } from './cases.js';

ruleTable('waiver', [
  {
    name: 'a waiver with a reason that covers a finding',
    files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated: évaluation au comité de janvier\n    status: a-evaluer\n') },
  },
  {
    name: 'without a reason: a warning, and it does not apply',
    files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated\n    status: a-evaluer\n') },
    errors: [
      {
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 39,
        messageId: 'noReason',
        message: "Dérogation sans motif : écrivez « # has-dossier-ignore not-evaluated: <motif> ». Elle ne s'applique pas tant qu'elle n'a pas de motif.",
      },
    ],
  },
  {
    name: 'past its date',
    files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated until 2026-11-22: plus tard\n    status: a-evaluer\n') },
    errors: [{ line: 4, column: 5, endLine: 4, endColumn: 67, messageId: 'expired', message: /^Dérogation échue le 2026-11-22/ }],
  },
  {
    name: 'until the as-of date: still in force',
    files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated until 2026-11-23: plus tard\n    status: a-evaluer\n') },
  },
  {
    name: 'a bad date',
    files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated until 2026-13-01: plus tard\n    status: a-evaluer\n') },
    errors: [{ line: 4, column: 5, endLine: 4, endColumn: 67, messageId: 'badDate', message: /^Date de fin « 2026-13-01 » invalide/ }],
  },
  {
    name: 'an unknown code',
    files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluate, not-evaluated: plus tard\n    status: a-evaluer\n') },
    errors: [
      {
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 64,
        messageId: 'unknownCode',
        message: 'Code de règle inconnu dans la dérogation : « not-evaluate ». (not-evaluated ?)',
      },
    ],
  },
  {
    name: 'waiving nothing',
    files: { 'criteres/c.yaml': el('    # has-dossier-ignore overdue-action: rien\n    status: a-evaluer\n') },
    errors: [
      {
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 46,
        messageId: 'unused',
        message: 'Cette dérogation (overdue-action) ne couvre aucun signalement : retirez-la.',
      },
    ],
  },
  {
    name: "at the end of the line: covers that line's node",
    files: { 'criteres/c.yaml': el('    status: a-evaluer  # has-dossier-ignore not-evaluated: évaluation au comité de janvier\n') },
  },
  {
    name: 'at the end of a list item: covers the item',
    files: {
      'criteres/c.yaml': ev('        file: preuves/absent.pdf\n').replace(
        /(\n {6}- title: [^\n]*)/,
        '$1  # has-dossier-ignore evidence-not-found: en cours de signature',
      ),
    },
  },
  {
    name: 'a # inside a quoted value is not a waiver',
    files: { 'criteres/c.yaml': el('    status: a-evaluer\n    justification: "voir # has-dossier-ignore overdue-action: x"\n') },
  },
  {
    name: 'an end-of-line waiver that covers nothing is reported at its #',
    files: { 'criteres/c.yaml': el('    status: conforme  # has-dossier-ignore overdue-action: rien\n') },
    errors: [
      {
        line: 4,
        column: 23,
        endLine: 4,
        endColumn: 64,
        messageId: 'unused',
        message: 'Cette dérogation (overdue-action) ne couvre aucun signalement : retirez-la.',
      },
    ],
  },
  {
    name: 'waiving nothing here: says where it would belong',
    files: {
      'criteres/c.yaml': 'criterion: 3.4-05\n# has-dossier-ignore missing-element: le reste au comité\nowner: DSI\nelements:\n  ee01:\n    status: a-evaluer\n',
    },
    errors: [
      {
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 57,
        messageId: 'unusedElsewhere',
        message:
          "Cette dérogation (missing-element) ne couvre aucun signalement : le signalement missing-element de ce fichier est à la ligne 4 ; une dérogation se place sur la ligne juste avant le nœud qu'elle couvre (ou en fin de sa ligne).",
      },
    ],
  },
  {
    name: 'malformed',
    files: { 'criteres/c.yaml': el('    # has-dossier-ignore: pourquoi\n    status: a-evaluer\n') },
    errors: [{ line: 4, column: 5, endLine: 4, endColumn: 35, messageId: 'malformed', message: /^Dérogation mal écrite/ }],
  },
]);

describe('waived findings', () => {
  it('are kept, marked and counted apart', () => {
    expectRule('not-evaluated', {
      name: 'waived',
      files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated: comité de janvier\n    status: a-evaluer\n') },
      errors: [{ line: 5, column: 13, waived: true }],
    });
  });
});
