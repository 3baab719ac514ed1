/** The cases of the rule schema: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M, ok34_06, el, ev } from './cases.js';

ruleTable('schema', [
  { name: 'a complete criterion file', files: { 'criteres/c.yaml': ok34_06 } },
  {
    name: 'comment: (multi-line) on the criterion and an element, x- keys wherever a record has fixed keys',
    files: {
      'dossier.yaml': M(
        'x-ght: GHT Exemple\npaqss:\n  review_period: 6 months\n  actions_due_soon: 2 weeks\n  documents_due_soon: 90 days\n  x-owner: qualite\n',
      ),
      'criteres/c.yaml':
        'criterion: 3.2-01\ncomment: |\n  Revu en COPIL qualité.\n  Deux lignes.\nx-ticket: QUAL-12\nelements:\n  ee01:\n    status: conforme\n    comment: >-\n      La charte est signée\n      par tous.\n    x-relu: true\n    evidence:\n      - title: Charte\n        x-ged: 42\n    actions:\n      - title: Diffuser\n        x-jira: QUAL-13\n',
    },
  },
  // every word French in a French message: never ajv's English ("must be >= 0")
  {
    name: 'an audit with a negative number of findings',
    files: { 'criteres/c.yaml': ev('        kind: audit-silene\n        findings: -1\n        action_plan: preuves/plan.pdf\n') },
    errors: [
      {
        line: 8,
        column: 19,
        endLine: 8,
        endColumn: 21,
        messageId: 'minimum',
        message: 'elements › ee01 › evidence n° 1 › findings doit être un nombre au moins égal à 0 (trouvé : -1).',
      },
    ],
  },
  {
    name: 'a comment must be text',
    files: { 'criteres/c.yaml': 'criterion: 3.2-01\ncomment: [a]\nelements: {}\n' },
    errors: [{ line: 2, column: 10, endLine: 2, endColumn: 13, messageId: 'type', message: 'comment attend un texte (trouvé : une liste).' }],
  },
  // issue 20, point 6: a new file being typed raises one message per problem, in plain words
  {
    name: 'criterion: alone (mid-typing): the missing elements once, the empty code left to unknown-criterion',
    files: { 'criteres/c.yaml': 'criterion: \n' },
    errors: [
      { line: 1, column: 1, endLine: 1, endColumn: 12, messageId: 'missingKey', message: 'Clé obligatoire « elements » absente de la racine du fichier.' },
    ],
  },
  {
    name: 'elements: followed by text instead of keys',
    files: { 'criteres/c.yaml': 'criterion: 3.2-01\nelements: ee\n' },
    errors: [
      {
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 13,
        messageId: 'type',
        message: 'elements attend des clés « clé: valeur », une par ligne, indentées en dessous (trouvé : « ee »).',
      },
    ],
  },
  {
    name: 'a key without a value, inside an evidence, in English',
    files: { 'criteres/c.yaml': ev('        date:\n') },
    options: { lang: 'en' },
    errors: [
      {
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 13,
        messageId: 'noValue',
        message: '"date" has no value: expected text (under elements › ee01 › evidence #1).',
      },
    ],
  },

  {
    name: 'an unknown key with a did-you-mean',
    files: { 'criteres/c.yaml': 'criterion: 3.2-01\nelements:\n  ee01:\n    statut: conforme\n' },
    errors: [
      // the misspelt key only: `status` is not also reported missing
      {
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 11,
        messageId: 'unknownKeyDidYouMean',
        message:
          'Clé inconnue « statut » dans elements › ee01 : vouliez-vous dire « status » ? Clés permises : status, justification, evidence, actions, comment.',
      },
    ],
  },
  {
    name: 'a status that is not allowed',
    files: { 'criteres/c.yaml': el('    status: conformee\n') },
    errors: [
      {
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 22,
        messageId: 'enumDidYouMean',
        message:
          'Valeur « conformee » non permise pour elements › ee01 › status : vouliez-vous dire « conforme » ? Valeurs permises : conforme, partiel, non-conforme, non-applicable, a-evaluer.',
      },
    ],
  },
  {
    name: 'impossible dates',
    files: { 'criteres/c.yaml': ev('        date: 2026-02-30\n        expires: 26/11/2026\n') },
    errors: [
      {
        line: 7,
        column: 15,
        endLine: 7,
        endColumn: 25,
        messageId: 'date',
        message: /^Date invalide « 2026-02-30 » pour elements › ee01 › evidence n° 1 › date :/,
      },
      { line: 8, column: 18, endLine: 8, endColumn: 28, messageId: 'date', message: /^Date invalide « 26\/11\/2026 »/ },
    ],
  },
  {
    name: 'an unknown evidence kind',
    files: { 'criteres/c.yaml': ev('        kind: cartographie-dnm\n') },
    errors: [{ line: 7, column: 15, endLine: 7, endColumn: 31, messageId: 'enumDidYouMean', message: /vouliez-vous dire « cartographie-dmn » \?/ }],
  },
  {
    name: 'an unquoted FINESS number',
    files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n  finess: 330781196\n' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 20,
        messageId: 'typeQuote',
        message: 'establishment › finess doit être un texte : mettez la valeur entre guillemets ("330781196").',
      },
    ],
  },
  {
    name: 'a bad freshness and an unknown rule in dossier.yaml',
    files: { 'dossier.yaml': M('freshness:\n  audit-orad: souvent\nrules:\n  overdue: error\n') },
    errors: [
      { file: 'dossier.yaml', line: 8, column: 15, endLine: 8, endColumn: 22, messageId: 'duration', message: /^Durée invalide « souvent »/ },
      {
        file: 'dossier.yaml',
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 10,
        messageId: 'unknownKeyDidYouMean',
        message: /vouliez-vous dire « overdue-action » \?/,
      },
    ],
  },
  {
    name: 'English',
    files: { 'criteres/c.yaml': 'criterion: 3.2-01\nelements:\n  ee01:\n    status: conforme\n    note: x\n' },
    options: { lang: 'en' },
    errors: [
      {
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 9,
        messageId: 'unknownKey',
        message: 'Unknown key "note" in elements › ee01. Allowed keys: status, justification, evidence, actions, comment.',
      },
    ],
  },
]);
