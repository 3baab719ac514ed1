/** The cases of the rule waiver: findings expected at their place (start and end, 1-based), with their message id. */
import { describe, it } from 'vitest';
import { expectRule, ruleTable } from '../helpers.js';
import { el } from './cases.js';

ruleTable('waiver', [
  { name: 'a waiver with a reason that covers a finding', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated: évaluation au comité de janvier\n    status: a-evaluer\n') } },
  { name: 'without a reason: a warning, and it does not apply', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, endLine: 4, endColumn: 39, messageId: 'noReason', message: "Dérogation sans motif : écrivez « # has-dossier-ignore not-evaluated: <motif> ». Elle ne s'applique pas tant qu'elle n'a pas de motif." }] },
  { name: 'past its date', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated until 2026-11-22: plus tard\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, endLine: 4, endColumn: 67, messageId: 'expired', message: /^Dérogation échue le 2026-11-22/ }] },
  { name: 'until the as-of date: still in force', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated until 2026-11-23: plus tard\n    status: a-evaluer\n') } },
  { name: 'a bad date', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated until 2026-13-01: plus tard\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, endLine: 4, endColumn: 67, messageId: 'badDate', message: /^Date de fin « 2026-13-01 » invalide/ }] },
  { name: 'an unknown code', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluate, not-evaluated: plus tard\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, endLine: 4, endColumn: 64, messageId: 'unknownCode', message: 'Code de règle inconnu dans la dérogation : « not-evaluate ». (not-evaluated ?)' }] },
  { name: 'waiving nothing', files: { 'criteres/c.yaml': el('    # has-dossier-ignore overdue-action: rien\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, endLine: 4, endColumn: 46, messageId: 'unused', message: 'Cette dérogation (overdue-action) ne couvre aucun signalement : retirez-la.' }] },
  { name: 'malformed', files: { 'criteres/c.yaml': el('    # has-dossier-ignore: pourquoi\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, endLine: 4, endColumn: 35, messageId: 'malformed', message: /^Dérogation mal écrite/ }] },
]);

describe('waived findings', () => {
  it('are kept, marked and counted apart', () => {
    expectRule('not-evaluated', { name: 'waived', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated: comité de janvier\n    status: a-evaluer\n') }, errors: [{ line: 5, column: 13, waived: true }] });
  });
});
