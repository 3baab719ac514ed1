/** The cases of the rule visit-document-missing: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable, MANIFEST } from '../helpers.js';
import { visitDocs, provider } from './cases.js';

ruleTable('visit-document-missing', [
  { name: 'every document of the checklist is given', files: { 'criteres/c.yaml': visitDocs() } },
  { name: 'one missing, three months ahead: info', files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) }, errors: [
    { file: 'dossier.yaml', line: 5, column: 1, endLine: 5, endColumn: 6, messageId: 'missing', severity: 'info', message: 'Document de visite absent : « Politique générale de sécurité des SI » (politique-ssi) est demandé par les experts-visiteurs (critère 3.1-07) ; aucune preuve de ce type dans le dossier. À préparer avant le 2027-01-15 (2 mois avant la visite du 2027-03-15).' },
  ] },
  { name: 'the day before the two months: still info', files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) }, options: { asOf: '2027-01-14' }, errors: [{ file: 'dossier.yaml', line: 5, column: 1, endLine: 5, endColumn: 6, messageId: 'missing', severity: 'info' }] },
  { name: 'from two months before the visit: warning', files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) }, options: { asOf: '2027-01-15' }, errors: [
    { file: 'dossier.yaml', line: 5, column: 1, endLine: 5, endColumn: 6, messageId: 'missing', severity: 'warning', message: /aucune preuve de ce type dans le dossier\. La visite du 2027-03-15 est dans 59 jours\.$/ },
  ] },
  { name: 'the day before the visit: "demain", never "dans 1 jour(s)"', files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) }, options: { asOf: '2027-03-14' }, errors: [
    { file: 'dossier.yaml', line: 5, column: 1, endLine: 5, endColumn: 6, messageId: 'missing', severity: 'warning', message: /dans le dossier\. La visite du 2027-03-15 est demain\.$/ },
  ] },
  { name: 'on the visit day: "aujourd\'hui", never "dans 0 jour(s)"', files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) }, options: { asOf: '2027-03-15' }, errors: [
    { file: 'dossier.yaml', line: 5, column: 1, endLine: 5, endColumn: 6, messageId: 'missing', severity: 'warning', message: /dans le dossier\. La visite commence aujourd'hui \(2027-03-15\)\.$/ },
  ] },
  { name: 'visit.documents_ready moves the warning earlier', files: { 'dossier.yaml': MANIFEST.replace('  start: 2027-03-15\n', '  start: 2027-03-15\n  documents_ready: 3 months\n'), 'criteres/c.yaml': visitDocs(['politique-ssi']) }, options: { asOf: '2026-12-15' }, errors: [{ file: 'dossier.yaml', line: 5, column: 1, endLine: 5, endColumn: 6, messageId: 'missing', severity: 'warning' }] },
  { name: 'a provider without its PCA/PRA', files: { 'dossier.yaml': provider('  - name: Éditeur DPI\n    service: DPI\n    pca_pra: preuves/pca-editeur.pdf\n'), 'criteres/c.yaml': visitDocs() }, errors: [
    { file: 'dossier.yaml', line: 8, column: 5, endLine: 10, endColumn: 1, messageId: 'provider', message: /^Le fournisseur « Hébergeur HDS » n'a pas de PCA \/ PRA/ },
  ] },
  // issue 20, point 9: one finding on `visit:` for all the documents missing, not one each on the same line
  { name: 'several missing: one finding that lists them', files: { 'criteres/c.yaml': visitDocs(['politique-ssi', 'matrice-habilitation']) }, errors: [
    { file: 'dossier.yaml', line: 5, column: 1, endLine: 5, endColumn: 6, messageId: 'missingMany', severity: 'info', message: /^2 documents de visite absents, demandés par les experts-visiteurs : « [^»]+ » \((politique-ssi|matrice-habilitation)\) ; « [^»]+ » \((politique-ssi|matrice-habilitation)\)\. Aucune preuve de ces types dans le dossier/ },
  ] },
  { name: 'every provider with its PCA/PRA', files: { 'dossier.yaml': provider('    pca_pra: preuves/pca.pdf\n'), 'criteres/c.yaml': visitDocs(['pca-pra-fournisseurs']) } },
]);
