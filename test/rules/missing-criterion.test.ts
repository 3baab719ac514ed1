/** The cases of the rule missing-criterion: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M, IMPERATIVE } from './cases.js';

ruleTable('missing-criterion', [
  { name: 'rule off in dossier.yaml', files: { 'dossier.yaml': M('rules:\n  missing-criterion: off\n') } },
  { name: 'each criterion that applies and has no file, on the scope key', files: { 'dossier.yaml': M('scope: [maternite]\n'), 'criteres/a.yaml': 'criterion: 3.1-07\nelements: {}\n', 'criteres/b.yaml': 'criterion: 3.1-08\nelements: {}\n', 'criteres/d.yaml': 'criterion: 3.4-06\nelements: {}\n' }, errors: [
    { file: 'dossier.yaml', line: 7, column: 1, endLine: 7, endColumn: 6, messageId: 'missing', message: "Le critère 3.1-09 (Les données du patient sont sécurisées) s'applique à ce dossier (champ d'application non sourcé : tout l'établissement) mais n'a pas de fichier. Créez-le (`has-dossier init` ne réécrit rien d'existant)." },
    { file: 'dossier.yaml', line: 7, column: 1, endLine: 7, endColumn: 6, messageId: 'missing', message: /^Le critère 3\.4-05 / },
  ] },
  { name: 'a criterion limited to a champ the dossier does not have', files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\nscope: [urgences]\n`, 'criteres/a.yaml': 'criterion: 1.1-01\nelements: {}\n' } },
  { name: 'a criterion limited to a champ the dossier has', files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\nscope: [maternite]\n`, 'criteres/a.yaml': 'criterion: 1.1-01\nelements: {}\n' }, errors: [{ file: 'dossier.yaml', line: 4, column: 1, endLine: 4, endColumn: 6, messageId: 'missing', message: /^Le critère 1\.1-02 \(Critère de maternité\) s'applique à ce dossier \(Maternité\)/ }] },
]);
