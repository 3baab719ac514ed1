/** The cases of the rule missing-imperative: findings expected at their place (start and end, 1-based), with their message id. */
import { IMPERATIVES, ruleTable } from '../helpers.js';
import { M, IMPERATIVE } from './cases.js';

const on7 = (id: string) => ({
  file: 'dossier.yaml',
  line: 7,
  column: 1,
  endLine: 7,
  endColumn: 6,
  messageId: 'missing',
  severity: 'warning',
  message: new RegExp(`^Le critère impératif ${id.replace('.', '\\.')} \\(`),
});

ruleTable('missing-imperative', [
  {
    name: 'the impératif has its file',
    files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`, 'criteres/a.yaml': 'criterion: 1.1-01\nelements: {}\n' },
  },
  {
    name: 'a missing impératif, one finding of its own',
    files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\nscope: [urgences]\n` },
    errors: [
      {
        file: 'dossier.yaml',
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: 6,
        messageId: 'missing',
        message:
          "Le critère impératif 1.1-01 (Critère impératif) s'applique à ce dossier mais n'a pas de fichier : un impératif non satisfait peut empêcher la certification. Créez-le en priorité (correctif rapide, ou `has-dossier init`).",
      },
    ],
  },
  {
    name: 'the bundled manual: 2.4-02 among the impératifs of the whole establishment, not 2.3-11 (maternity) outside the scope',
    files: { 'dossier.yaml': M('scope: [sante-mentale-psychiatrie]\n'), 'criteres/a.yaml': 'criterion: 1.1-01\nelements: {}\n' },
    errors: IMPERATIVES.filter(id => id !== '1.1-01' && id !== '2.3-11').map(on7),
  },
  {
    name: 'with maternity in scope (by its label), 2.3-11 too',
    files: { 'dossier.yaml': M('scope: [Maternité]\n'), 'criteres/a.yaml': 'criterion: 1.1-01\nelements: {}\n' },
    errors: IMPERATIVES.filter(id => id !== '1.1-01').map(on7),
  },
]);
