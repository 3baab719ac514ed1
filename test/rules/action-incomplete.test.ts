/** action-incomplete: an open action without `due` or without `owner`. */
import { describe, it } from 'vitest';
import { criterion, expectRule, type Case } from '../helpers.js';

const act = (fields: string) => criterion('3.2-01', `  ee01:\n    status: partiel\n    actions:\n      - title: Former les équipes\n${fields}`);

const cases: Case[] = [
  { name: 'due and owner', files: { 'criteres/c.yaml': act('        due: 2027-01-10\n        owner: dsi\n') } },
  { name: 'a broken file: due and owner may be in what the parse lost', files: { 'criteres/c.yaml': act('        x: [ {\n') } },
  { name: 'done without due nor owner: nothing left to plan', files: { 'criteres/c.yaml': act('        done: 2026-10-01\n') } },
  { name: 'done: true', files: { 'criteres/c.yaml': act('        done: true\n') } },
  {
    name: 'no due date',
    files: { 'criteres/c.yaml': act('        owner: dsi\n') },
    errors: [{ line: 6, column: 9, severity: 'warning', message: "L'action « Former les équipes » n'a pas d'échéance : ajoutez « due: AAAA-MM-JJ »." }],
  },
  {
    name: 'no owner',
    files: { 'criteres/c.yaml': act('        due: 2027-01-10\n') },
    errors: [{ line: 6, column: 9, message: "L'action « Former les équipes » n'a pas de pilote : ajoutez « owner: » (un rôle de dossier.yaml ou un nom)." }],
  },
  {
    name: 'neither, and done: false is still open',
    files: { 'criteres/c.yaml': act('        done: false\n') },
    errors: [{ line: 6, column: 9, message: "L'action « Former les équipes » n'a ni échéance ni pilote : ajoutez « due: AAAA-MM-JJ » et « owner: »." }],
  },
  {
    name: 'English',
    files: { 'criteres/c.yaml': act('        owner: dsi\n') },
    options: { lang: 'en' },
    errors: [{ line: 6, column: 9, message: 'Action "Former les équipes" has no due date: add "due: YYYY-MM-DD".' }],
  },
];

describe('action-incomplete', () => {
  for (const c of cases) it(c.name, () => expectRule('action-incomplete', c));
});
