/** The cases of the rule evidence-not-found: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M, ev } from './cases.js';

ruleTable('evidence-not-found', [
  { name: 'an existing file and a url', files: { 'criteres/c.yaml': ev('        file: preuves/doc.pdf\n      - title: En ligne\n        url: https://intranet.example/doc\n'), 'preuves/doc.pdf': 'x' } },
  { name: 'a missing file', files: { 'criteres/c.yaml': ev('        file: preuves/absent.pdf\n') }, errors: [{ line: 7, column: 15, endLine: 7, endColumn: 33, messageId: 'missing', message: /^Fichier de preuve introuvable : preuves\/absent\.pdf\./ }] },
  { name: 'a folder, not a file', files: { 'criteres/c.yaml': ev('        file: preuves\n'), 'preuves/doc.pdf': 'x' }, errors: [{ line: 7, column: 15, endLine: 7, endColumn: 22, messageId: 'folder', message: 'preuves est un dossier, pas un fichier : désignez le document lui-même.' }] },
  { name: 'Windows separators are understood', files: { 'criteres/c.yaml': ev('        file: preuves\\doc.pdf\n'), 'preuves/doc.pdf': 'x' } },
  { name: 'a CALISTA document that does not exist', files: { 'dossier.yaml': M('calista:\n  - kind: pca-pra\n    file: preuves/pca.pdf\n    uploaded: 2026-11-01\n') }, errors: [{ file: 'dossier.yaml', line: 9, column: 11, endLine: 9, endColumn: 26, messageId: 'missing' }] },
]);
