/** The cases of the rule invalid-finess: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';

ruleTable('invalid-finess', [
  { name: 'a valid number, and Corsica on format alone', files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n  finess: "2A0000001"\n' } },
  {
    name: 'a wrong check key',
    files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n  finess: "330781197"\n' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 22,
        messageId: 'checksum',
        message: 'Numéro FINESS « 330781197 » invalide : sa clé de contrôle est fausse. Vérifiez-le dans le répertoire FINESS.',
      },
    ],
  },
  {
    name: 'malformed',
    files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n  finess: "12345"\n' },
    errors: [{ file: 'dossier.yaml', line: 4, column: 11, endLine: 4, endColumn: 18, messageId: 'format', message: /^Numéro FINESS « 12345 » mal formé/ }],
  },
  {
    name: 'an unquoted valid number: a schema error only (quote it)',
    files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n  finess: 330781196\n' },
  },
]);
