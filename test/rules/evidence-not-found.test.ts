/** The cases of the rule evidence-not-found: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M, ev } from './cases.js';

ruleTable('evidence-not-found', [
  {
    name: 'an existing file and a url',
    files: {
      'criteres/c.yaml': ev('        file: preuves/doc.pdf\n      - title: En ligne\n        url: https://intranet.example/doc\n'),
      'preuves/doc.pdf': 'x',
    },
  },
  {
    name: 'a missing file',
    files: { 'criteres/c.yaml': ev('        file: preuves/absent.pdf\n') },
    errors: [{ line: 7, column: 15, endLine: 7, endColumn: 33, messageId: 'missing', message: /^Fichier de preuve introuvable : preuves\/absent\.pdf\./ }],
  },
  {
    name: 'a folder, not a file',
    files: { 'criteres/c.yaml': ev('        file: preuves\n'), 'preuves/doc.pdf': 'x' },
    errors: [
      {
        line: 7,
        column: 15,
        endLine: 7,
        endColumn: 22,
        messageId: 'folder',
        message: 'preuves est un dossier, pas un fichier : désignez le document lui-même.',
      },
    ],
  },
  {
    name: 'another case: the existing name is given',
    files: { 'criteres/c.yaml': ev('        file: preuves/Procedure-Habilitations.pdf\n'), 'preuves/procedure-habilitations.pdf': 'x' },
    errors: [
      {
        line: 7,
        column: 15,
        endLine: 7,
        endColumn: 50,
        messageId: 'missing',
        message: /vérifiez le nom et la casse\. Vouliez-vous dire preuves\/procedure-habilitations\.pdf \?$/,
      },
    ],
  },
  {
    name: 'a close spelling',
    files: {
      'criteres/c.yaml': ev('        file: preuves/procedure-habilitation.pdf\n'),
      'preuves/procedure-habilitations.pdf': 'x',
      'preuves/autre.pdf': 'x',
    },
    errors: [{ line: 7, column: 15, endLine: 7, endColumn: 49, messageId: 'missing', message: /Vouliez-vous dire preuves\/procedure-habilitations\.pdf \?$/ }],
  },
  {
    name: 'nothing near: no guess',
    files: { 'criteres/c.yaml': ev('        file: preuves/zzz.pdf\n'), 'preuves/procedure-habilitations.pdf': 'x' },
    errors: [{ line: 7, column: 15, endLine: 7, endColumn: 30, messageId: 'missing', message: /vérifiez le nom et la casse\.$/ }],
  },
  {
    name: 'in English',
    options: { lang: 'en' },
    files: { 'criteres/c.yaml': ev('        file: preuves/Procedure.pdf\n'), 'preuves/procedure.pdf': 'x' },
    errors: [
      {
        line: 7,
        column: 15,
        endLine: 7,
        endColumn: 36,
        messageId: 'missing',
        message: /check the name and its case\. Did you mean preuves\/procedure\.pdf\?$/,
      },
    ],
  },
  { name: 'Windows separators are understood', files: { 'criteres/c.yaml': ev('        file: preuves\\doc.pdf\n'), 'preuves/doc.pdf': 'x' } },
  {
    name: 'a CALISTA document that does not exist',
    files: { 'dossier.yaml': M('calista:\n  - kind: pca-pra\n    file: preuves/pca.pdf\n    uploaded: 2026-11-01\n') },
    errors: [{ file: 'dossier.yaml', line: 9, column: 11, endLine: 9, endColumn: 26, messageId: 'missing' }],
  },
]);
