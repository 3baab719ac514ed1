/** The cases of the rule missing-criterion: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M, IMPERATIVE } from './cases.js';

const at = (line: number) => ({ file: 'dossier.yaml', line, column: 1, endLine: line, endColumn: 6 });
const many = { ...at(7), messageId: 'many' };

ruleTable('missing-criterion', [
  { name: 'rule off in dossier.yaml', files: { 'dossier.yaml': M('rules:\n  missing-criterion: off\n') } },
  {
    name: 'one finding per objective naming its missing criteria, on the scope key (impératifs apart)',
    files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\nscope: [maternite]\n` },
    errors: [
      {
        ...at(4),
        messageId: 'one',
        message:
          "Objectif 1.1 (Objectif de test) : le critère 1.1-02 s'applique à ce dossier mais n'a pas de fichier. Créez-le (correctif rapide, ou `has-dossier init` qui ne réécrit rien d'existant).",
      },
    ],
  },
  {
    name: 'a criterion limited to a champ the dossier does not have',
    files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\nscope: [urgences]\n`, 'criteres/a.yaml': 'criterion: 1.1-01\nelements: {}\n' },
  },
  {
    name: 'the champ named by its label, any case and accents',
    files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\nscope: [MATERNITE]\n`, 'criteres/a.yaml': 'criterion: 1.1-01\nelements: {}\n' },
    errors: [{ ...at(4), messageId: 'one', message: /^Objectif 1\.1 \(Objectif de test\) : le critère 1\.1-02 / }],
  },
  {
    name: 'the bundled manual, psychiatry: 2.1-10, 2.1-11, 2.1-12 missing, no maternity criterion',
    files: { 'dossier.yaml': M('scope: [sante-mentale-psychiatrie]\n') },
    errors: [
      { ...many, message: /^Objectif 1\.1 \(Le respect des droits du patient\) : \d+ critères s'appliquent à ce dossier sans fichier : 1\.1-03, 1\.1-04, / },
      many,
      many,
      many,
      { ...many, message: /^Objectif 2\.1 .* : 2\.1-01, 2\.1-02, 2\.1-03, 2\.1-04, 2\.1-05, 2\.1-06, 2\.1-10, 2\.1-11, 2\.1-12, / },
      { ...many, message: /^Objectif 2\.2 / },
      { ...at(7), messageId: 'one', message: /^Objectif 2\.3 \(La sécurité dans les secteurs à risques majeurs\) : le critère 2\.3-14 s'applique/ },
      many,
      many,
      many,
      many,
      many,
    ],
  },
  {
    name: 'English',
    files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\nscope: [maternite]\n` },
    options: { lang: 'en' },
    errors: [
      {
        ...at(4),
        messageId: 'one',
        message:
          'Objective 1.1 (Objectif de test): criterion 1.1-02 applies to this dossier but has no file. Create it (quick fix, or `has-dossier init`, which overwrites nothing).',
      },
    ],
  },
]);
