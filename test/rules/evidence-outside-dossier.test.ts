/** The cases of the rule evidence-outside-dossier: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { ev } from './cases.js';

ruleTable('evidence-outside-dossier', [
  { name: 'a path below the root', files: { 'criteres/c.yaml': ev('        file: preuves/../preuves/doc.pdf\n'), 'preuves/doc.pdf': 'x' } },
  {
    name: 'leaving the root',
    files: { 'criteres/c.yaml': ev('        file: ../secret.pdf\n') },
    errors: [{ line: 7, column: 15, endLine: 7, endColumn: 28, messageId: 'escapes', message: /^Ce chemin sort du dossier : \.\.\/secret\.pdf/ }],
  },
  {
    name: 'absolute paths',
    files: { 'criteres/c.yaml': ev('        file: /etc/passwd\n      - title: B\n        file: C:\\Users\\x.pdf\n') },
    errors: [
      { line: 7, column: 15, endLine: 7, endColumn: 26, messageId: 'absolute', message: /^Chemin absolu refusé : \/etc\/passwd/ },
      { line: 9, column: 15, endLine: 9, endColumn: 29, messageId: 'absolute', message: /^Chemin absolu refusé : C:/ },
    ],
  },
  {
    name: 'a home path',
    files: { 'criteres/c.yaml': ev('        file: ~/doc.pdf\n') },
    errors: [{ line: 7, column: 15, endLine: 7, endColumn: 24, messageId: 'home', message: /^Chemin « ~ » refusé/ }],
  },
  {
    name: 'a Windows-style escape',
    files: { 'criteres/c.yaml': ev('        file: preuves\\..\\..\\x.pdf\n') },
    errors: [{ line: 7, column: 15, endLine: 7, endColumn: 34, messageId: 'escapes', message: /sort du dossier/ }],
  },
]);
