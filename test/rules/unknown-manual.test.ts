/** The cases of the rule unknown-manual: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';

ruleTable('unknown-manual', [
  { name: 'a bundled manual', files: {} },
  {
    name: 'an unknown manual id',
    files: { 'dossier.yaml': 'manual: has-es-2099\nestablishment:\n  name: X\n' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 20,
        messageId: 'unknown',
        message: 'Catalogue introuvable ou invalide : manuel inconnu « has-es-2099 ». Catalogues disponibles : has-es-2025 (`has-dossier catalogue list`).',
      },
    ],
  },
  {
    name: 'an unknown manual id, in English',
    files: { 'dossier.yaml': 'manual: has-es-2099\nestablishment:\n  name: X\n' },
    options: { lang: 'en' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 20,
        messageId: 'unknown',
        message: 'Catalogue not found or invalid: unknown manual "has-es-2099". Available catalogues: has-es-2025 (`has-dossier catalogue list`).',
      },
    ],
  },
  {
    name: 'a catalogue file that does not exist, said in French',
    files: { 'dossier.yaml': 'manual: ./grille.json\n' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 22,
        messageId: 'unknown',
        message:
          'Catalogue introuvable ou invalide : fichier de catalogue introuvable : /virtual/dossier/grille.json. Catalogues disponibles : has-es-2025 (`has-dossier catalogue list`).',
      },
    ],
  },
  {
    name: 'no manual at all',
    files: { 'dossier.yaml': 'establishment:\n  name: X\n' },
    errors: [{ file: 'dossier.yaml', line: 1, column: 1, endLine: 1, endColumn: 15, messageId: 'unknown', message: /« manual: » est absent de dossier\.yaml/ }],
  },
]);
