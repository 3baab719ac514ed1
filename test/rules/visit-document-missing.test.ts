/** The cases of the rule visit-document-missing: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable, MANIFEST } from '../helpers.js';
import { visitDocs, provider, VISIT_KINDS } from './cases.js';

/** Every visit document given but `kind` (and `others`), and one evidence of 3.2-01-ee02 titled `title`, without `kind:` (its title on the last line). */
const untyped = (title: string, kind = 'matrice-habilitation', others: string[] = []) =>
  visitDocs([kind, ...others]) + `  ee02:\n    status: conforme\n    evidence:\n      - title: ${title}\n        file: preuves/x.pdf\n`;
const UNTYPED_LINE = 6 + 2 * (VISIT_KINDS.length - 1) + 3;

ruleTable('visit-document-missing', [
  { name: 'every document of the checklist is given', files: { 'criteres/c.yaml': visitDocs() } },
  {
    name: 'one missing, three months ahead: info',
    files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) },
    errors: [
      {
        file: 'dossier.yaml',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 6,
        messageId: 'missing',
        severity: 'info',
        message:
          'Document de visite absent : « Politique générale de sécurité des SI » (politique-ssi) est demandé par les experts-visiteurs (critère 3.1-07) ; aucune preuve de ce type dans le dossier. À préparer avant le 2027-01-15 (2 mois avant la visite du 2027-03-15).',
      },
    ],
  },
  {
    name: 'the day before the two months: still info',
    files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) },
    options: { asOf: '2027-01-14' },
    errors: [{ file: 'dossier.yaml', line: 5, column: 1, endLine: 5, endColumn: 6, messageId: 'missing', severity: 'info' }],
  },
  {
    name: 'from two months before the visit: warning',
    files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) },
    options: { asOf: '2027-01-15' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 6,
        messageId: 'missing',
        severity: 'warning',
        message: /aucune preuve de ce type dans le dossier\. La visite du 2027-03-15 est dans 59 jours\.$/,
      },
    ],
  },
  {
    name: 'the day before the visit: "demain", never "dans 1 jour(s)"',
    files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) },
    options: { asOf: '2027-03-14' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 6,
        messageId: 'missing',
        severity: 'warning',
        message: /dans le dossier\. La visite du 2027-03-15 est demain\.$/,
      },
    ],
  },
  {
    name: 'on the visit day: "aujourd\'hui", never "dans 0 jour(s)"',
    files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) },
    options: { asOf: '2027-03-15' },
    errors: [
      {
        file: 'dossier.yaml',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 6,
        messageId: 'missing',
        severity: 'warning',
        message: /dans le dossier\. La visite commence aujourd'hui \(2027-03-15\)\.$/,
      },
    ],
  },
  {
    name: 'visit.documents_ready moves the warning earlier',
    files: {
      'dossier.yaml': MANIFEST.replace('  start: 2027-03-15\n', '  start: 2027-03-15\n  documents_ready: 3 months\n'),
      'criteres/c.yaml': visitDocs(['politique-ssi']),
    },
    options: { asOf: '2026-12-15' },
    errors: [{ file: 'dossier.yaml', line: 5, column: 1, endLine: 5, endColumn: 6, messageId: 'missing', severity: 'warning' }],
  },
  {
    name: 'a provider without its PCA/PRA',
    files: { 'dossier.yaml': provider('  - name: Éditeur DPI\n    service: DPI\n    pca_pra: preuves/pca-editeur.pdf\n'), 'criteres/c.yaml': visitDocs() },
    errors: [
      {
        file: 'dossier.yaml',
        line: 8,
        column: 5,
        endLine: 10,
        endColumn: 1,
        messageId: 'provider',
        message: /^Le fournisseur « Hébergeur HDS » n'a pas de PCA \/ PRA/,
      },
    ],
  },
  // issue 20, point 9: one finding on `visit:` for all the documents missing, not one each on the same line
  {
    name: 'several missing: one finding that lists them',
    files: { 'criteres/c.yaml': visitDocs(['politique-ssi', 'matrice-habilitation']) },
    errors: [
      {
        file: 'dossier.yaml',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 6,
        messageId: 'missingMany',
        severity: 'info',
        message:
          /^2 documents de visite absents, demandés par les experts-visiteurs : « [^»]+ » \((politique-ssi|matrice-habilitation)\) ; « [^»]+ » \((politique-ssi|matrice-habilitation)\)\. Aucune preuve de ces types dans le dossier/,
      },
    ],
  },
  // issue 20, point 9: an evidence without `kind:` whose title names the document is not a missing one: said on that evidence
  {
    name: 'a title that names the document, no kind: on the evidence, not on visit:',
    files: { 'criteres/c.yaml': untyped("Matrice d'habilitation") },
    errors: [
      {
        line: UNTYPED_LINE,
        column: 16,
        endLine: UNTYPED_LINE,
        endColumn: 38,
        messageId: 'untyped',
        severity: 'info',
        message:
          "Cette preuve semble être le document de visite « Matrice d'habilitation » (matrice-habilitation), demandé par les experts-visiteurs (critère 3.1-08-ee01) : sans « kind: matrice-habilitation », elle ne compte pas dans la liste de visite. À préparer avant le 2027-01-15 (2 mois avant la visite du 2027-03-15).",
      },
    ],
  },
  {
    name: 'case, accents, apostrophe, spacing and a year do not count',
    files: { 'criteres/c.yaml': untyped('MATRICE  D’HABILITATION 2026') },
    errors: [{ line: UNTYPED_LINE, column: 16, endLine: UNTYPED_LINE, endColumn: 44, messageId: 'untyped' }],
  },
  {
    name: 'the heading of a long title, or the id, names it too',
    files: { 'criteres/c.yaml': untyped('Procédures DMN', 'procedures-dmn') },
    errors: [
      {
        line: UNTYPED_LINE,
        column: 16,
        endLine: UNTYPED_LINE,
        endColumn: 30,
        messageId: 'untyped',
        message:
          /^Cette preuve semble être le document de visite « Procédures DMN : achat, suivi, déclarations d'incidents, preuves de formation spécifiques des équipes soignantes » \(procedures-dmn\)/,
      },
    ],
  },
  {
    name: 'in English',
    files: { 'criteres/c.yaml': untyped("Matrice d'habilitation") },
    options: { lang: 'en' },
    errors: [
      {
        line: UNTYPED_LINE,
        column: 16,
        endLine: UNTYPED_LINE,
        endColumn: 38,
        messageId: 'untyped',
        message:
          'This evidence seems to be the visit document "Matrice d\'habilitation" (matrice-habilitation), asked for by the expert visitors (criterion 3.1-08-ee01): without "kind: matrice-habilitation" it does not count in the visit checklist. To be ready by 2027-01-15 (2 months before the visit of 2027-03-15).',
      },
    ],
  },
  {
    name: 'within the two months: a warning, as the missing document would be',
    files: { 'criteres/c.yaml': untyped("Matrice d'habilitation") },
    options: { asOf: '2027-01-15' },
    errors: [{ line: UNTYPED_LINE, column: 16, endLine: UNTYPED_LINE, endColumn: 38, messageId: 'untyped', severity: 'warning' }],
  },
  {
    name: 'another document still missing: listed on visit:, the named one on its evidence',
    files: { 'criteres/c.yaml': untyped("Matrice d'habilitation", 'matrice-habilitation', ['politique-ssi']) },
    errors: [
      { line: UNTYPED_LINE - 2, column: 16, endLine: UNTYPED_LINE - 2, endColumn: 38, messageId: 'untyped' },
      {
        file: 'dossier.yaml',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 6,
        messageId: 'missing',
        message: /^Document de visite absent : « Politique générale de sécurité des SI » \(politique-ssi\)/,
      },
    ],
  },
  {
    name: "a title only close to the document's (a plural): still missing",
    files: { 'criteres/c.yaml': untyped('Matrice des habilitations') },
    errors: [
      {
        file: 'dossier.yaml',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 6,
        messageId: 'missing',
        message: /« Matrice d'habilitation » \(matrice-habilitation\).* aucune preuve de ce type dans le dossier/,
      },
    ],
  },
  { name: 'the document given with its kind elsewhere: nothing to say', files: { 'criteres/c.yaml': visitDocs() + "      - title: Matrice d'habilitation\n" } },
  {
    name: 'every provider with its PCA/PRA',
    files: { 'dossier.yaml': provider('    pca_pra: preuves/pca.pdf\n'), 'criteres/c.yaml': visitDocs(['pca-pra-fournisseurs']) },
  },
]);
