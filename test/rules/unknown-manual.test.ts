/** The cases of the rule unknown-manual: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';

ruleTable('unknown-manual', [
  { name: 'a bundled manual', files: {} },
  { name: 'an unknown manual id', files: { 'dossier.yaml': 'manual: has-es-2099\nestablishment:\n  name: X\n' }, errors: [{ file: 'dossier.yaml', line: 1, column: 9, endLine: 1, endColumn: 20, messageId: 'unknown', message: 'Catalogue introuvable ou invalide : unknown manual "has-es-2099". Catalogues disponibles : has-es-2025 (`has-dossier catalogue list`).' }] },
  { name: 'no manual at all', files: { 'dossier.yaml': 'establishment:\n  name: X\n' }, errors: [{ file: 'dossier.yaml', line: 1, column: 1, endLine: 1, endColumn: 15, messageId: 'unknown', message: /« manual: » est absent de dossier\.yaml/ }] },
]);
