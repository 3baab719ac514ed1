/** The cases of the rule follow-up-missing: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { el, ev } from './cases.js';

ruleTable('follow-up-missing', [
  {
    name: 'an audit with its action plan',
    files: { 'criteres/c.yaml': ev('        kind: audit-silene\n        action_plan: preuves/plan.pdf\n'), 'preuves/plan.pdf': 'x' },
  },
  { name: 'an audit that found nothing', files: { 'criteres/c.yaml': ev('        kind: audit-orad\n        findings: 0\n') } },
  {
    name: 'an audit whose element has actions',
    files: {
      'criteres/c.yaml': el(
        '    status: partiel\n    evidence:\n      - title: SILENE\n        kind: audit-silene\n    actions:\n      - title: Fermer le port RDP\n',
      ),
    },
  },
  {
    name: 'a broken file: the plan may be in what the parse lost',
    files: { 'criteres/c.yaml': ev('        kind: audit-silene\n        findings: 3\n        x: [ {\n') },
  },
  {
    name: 'an audit without a plan',
    files: { 'criteres/c.yaml': ev('        kind: audit-silene\n        findings: 3\n') },
    errors: [
      {
        line: 7,
        column: 15,
        endLine: 7,
        endColumn: 27,
        messageId: 'noPlan',
        message:
          "« Doc » : aucun plan d'actions correctrices. Ajoutez « action_plan: <fichier> » ou des « actions: » à l'élément, ou « findings: 0 » si l'audit n'a rien relevé.",
      },
    ],
  },
  {
    name: 'an action plan that does not exist',
    files: { 'criteres/c.yaml': ev('        kind: audit-securite\n        action_plan: preuves/absent.pdf\n') },
    errors: [
      {
        line: 8,
        column: 22,
        endLine: 8,
        endColumn: 40,
        messageId: 'planNotFound',
        message: "« Doc » : le plan d'actions « preuves/absent.pdf » est introuvable.",
      },
    ],
  },
  {
    name: 'an exercise with its date and lessons',
    files: {
      'criteres/c.yaml': ev(
        '        kind: exercice-cyber\n        date: 2026-10-01\n        lessons: Sauvegardes restaurées en 4 h ; annuaire de crise à jour.\n',
      ),
    },
  },
  {
    name: 'an exercise without date or lessons',
    files: { 'criteres/c.yaml': ev('        kind: exercice-cyber\n') },
    errors: [
      { line: 7, column: 15, endLine: 7, endColumn: 29, messageId: 'noDate', message: /la date de l'exercice manque/ },
      { line: 7, column: 15, endLine: 7, endColumn: 29, messageId: 'noLessons', message: /le retour d'expérience de l'exercice manque/ },
    ],
  },
  {
    name: 'lessons in a file that does not exist',
    files: { 'criteres/c.yaml': ev('        kind: exercice-cyber\n        date: 2026-10-01\n        lessons: preuves/retex.pdf\n') },
    errors: [{ line: 9, column: 18, endLine: 9, endColumn: 35, messageId: 'lessonsNotFound', message: /« preuves\/retex\.pdf » est introuvable/ }],
  },
  {
    name: 'an action plan outside the dossier does not count',
    files: { 'criteres/c.yaml': ev('        kind: audit-securite\n        action_plan: ../plan.pdf\n') },
    errors: [
      {
        line: 8,
        column: 22,
        endLine: 8,
        endColumn: 33,
        messageId: 'planOutside',
        message:
          "« Doc » : le plan d'actions « ../plan.pdf » est hors du dossier ; il ne compte pas. Placez-le dans le dossier (par exemple preuves/) et donnez son chemin depuis la racine.",
      },
    ],
  },
  {
    name: 'an action plan given as an absolute path does not count',
    files: { 'criteres/c.yaml': ev('        kind: audit-securite\n        action_plan: /etc/plan.pdf\n') },
    errors: [{ line: 8, column: 22, endLine: 8, endColumn: 35, messageId: 'planOutside' }],
  },
  {
    name: 'lessons outside the dossier do not count',
    files: { 'criteres/c.yaml': ev('        kind: exercice-cyber\n        date: 2026-10-01\n        lessons: ../../retex.pdf\n') },
    errors: [{ line: 9, column: 18, endLine: 9, endColumn: 33, messageId: 'lessonsOutside', message: /« \.\.\/\.\.\/retex\.pdf » est hors du dossier/ }],
  },
]);
