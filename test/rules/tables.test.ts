/**
 * One table per rule (stale-evidence has its own file): cases that must not fire, and cases that
 * fire with the exact file, line and column (and message where it matters). The dossier.yaml of
 * a case defaults to helpers.MANIFEST; the as-of date to 2026-11-23.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, type RuleCode } from '../../engine/src/index.js';
import { criterion, expectRule, MANIFEST, registry, REPO, type Case } from '../helpers.js';

const M = (extra: string) => MANIFEST + extra;
const ok34_06 = criterion('3.4-06', '  ee01:\n    status: a-evaluer\n  ee02:\n    status: a-evaluer\n  ee03:\n    status: a-evaluer\n  ee04:\n    status: a-evaluer\n');
const el = (body: string) => criterion('3.2-01', `  ee01:\n${body}`);
const ev = (fields: string, status = 'conforme') => el(`    status: ${status}\n    evidence:\n      - title: Doc\n${fields}`);
const act = (fields: string) => el(`    status: partiel\n    evidence:\n      - title: Doc\n    actions:\n      - title: Faire\n${fields}`);
const IMPERATIVE = path.join(REPO, 'test', 'fixtures', 'catalogue-imperatif.json');
const cert = (decision: string, date: string) => M(`certification:\n  decision: ${decision}\n  date: ${date}\n`);
/** One element giving evidence of every visit-checklist kind but `except`. */
const VISIT_KINDS = registry.resolve('has-es-2025', REPO).data.evidenceKinds.filter(k => k.shown === 'visit').map(k => k.id);
const visitDocs = (except: string[] = []) => el(`    status: conforme\n    evidence:\n${VISIT_KINDS.filter(k => !except.includes(k)).map(k => `      - title: ${k}\n        kind: ${k}\n`).join('')}`);
const provider = (fields: string) => M(`providers:\n  - name: Hébergeur HDS\n    service: Hébergement du DPI\n${fields}`);

const TABLES: Record<Exclude<RuleCode, 'stale-evidence' | 'internal-error'>, Case[]> = {
  'yaml-syntax': [
    { name: 'valid YAML', files: { 'criteres/c.yaml': ok34_06 } },
    { name: 'a nested mapping in a compact value, at its place', files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme: oui\n' }, errors: [{ line: 4, column: 13, message: /^YAML invalide : Nested mappings are not allowed in compact mappings/ }] },
    { name: 'duplicate keys', files: { 'criteres/c.yaml': 'criterion: 3.4-06\ncriterion: 3.4-05\nelements: {}\n' }, errors: [{ line: 2, column: 1, message: /Map keys must be unique/ }] },
    { name: 'English', files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements: [\n' }, options: { lang: 'en' }, errors: [{ line: 3, column: 1, message: /^Invalid YAML: / }] },
    { name: 'an alias bomb is refused, not expanded', files: { 'criteres/c.yaml': `criterion: 3.2-01\na: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 6 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`).join('\n')}\nelements: {}\n` }, errors: [{ line: 1, column: 1, message: /Excessive alias count/ }] },
  ],
  schema: [
    { name: 'a complete criterion file', files: { 'criteres/c.yaml': ok34_06 } },
    { name: 'an unknown key with a did-you-mean', files: { 'criteres/c.yaml': 'criterion: 3.2-01\nelements:\n  ee01:\n    statut: conforme\n' }, errors: [
      { line: 3, column: 3, message: 'Clé obligatoire « status » absente de elements.ee01.' },
      { line: 4, column: 5, message: 'Clé inconnue « statut » dans elements.ee01 : vouliez-vous dire « status » ? Clés permises : status, justification, evidence, actions.' },
    ] },
    { name: 'a status that is not allowed', files: { 'criteres/c.yaml': el('    status: conformee\n') }, errors: [{ line: 4, column: 13, message: 'Valeur « conformee » non permise pour elements.ee01.status : vouliez-vous dire « conforme » ? Valeurs permises : conforme, partiel, non-conforme, non-applicable, a-evaluer.' }] },
    { name: 'impossible dates', files: { 'criteres/c.yaml': ev('        date: 2026-02-30\n        expires: 26/11/2026\n') }, errors: [
      { line: 7, column: 15, message: /^Date invalide « 2026-02-30 » pour elements\.ee01\.evidence\.0\.date/ },
      { line: 8, column: 18, message: /^Date invalide « 26\/11\/2026 »/ },
    ] },
    { name: 'an unknown evidence kind', files: { 'criteres/c.yaml': ev('        kind: cartographie-dnm\n') }, errors: [{ line: 7, column: 15, message: /vouliez-vous dire « cartographie-dmn » \?/ }] },
    { name: 'an unquoted FINESS number', files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n  finess: 330781196\n' }, errors: [{ file: 'dossier.yaml', line: 4, column: 11, message: 'establishment.finess doit être une chaîne : mettez la valeur entre guillemets ("330781196").' }] },
    { name: 'a bad freshness and an unknown rule in dossier.yaml', files: { 'dossier.yaml': M('freshness:\n  audit-orad: souvent\nrules:\n  overdue: error\n') }, errors: [
      { file: 'dossier.yaml', line: 8, column: 15, message: /^Durée invalide « souvent »/ },
      { file: 'dossier.yaml', line: 10, column: 3, message: /vouliez-vous dire « overdue-action » \?/ },
    ] },
    { name: 'English', files: { 'criteres/c.yaml': 'criterion: 3.2-01\nelements:\n  ee01:\n    status: conforme\n    note: x\n' }, options: { lang: 'en' }, errors: [{ line: 5, column: 5, message: 'Unknown key "note" in elements.ee01. Allowed keys: status, justification, evidence, actions.' }] },
  ],
  'unreadable-file': [
    { name: 'a YAML file that is not a criterion file is ignored', files: { 'notes/autre.yaml': 'titre: x\n' } },
    { name: 'a binary file named .yaml', files: { 'criteres/bin.yaml': new Uint8Array([0, 1, 2, 99, 114, 105]) }, errors: [{ file: 'criteres/bin.yaml', line: 1, column: 1, message: 'Fichier binaire, pas du YAML : il est ignoré.' }] },
    { name: 'a file that is not UTF-8', files: { 'criteres/latin1.yaml': new Uint8Array([...Buffer.from('criterion: 3.2-01\n# r'), 0xe9, 0x0a]) }, errors: [{ file: 'criteres/latin1.yaml', line: 1, column: 1, message: /n'est pas encodé en UTF-8/ }] },
    { name: 'a file too large', files: { 'criteres/gros.yaml': `criterion: 3.2-01\n#${'x'.repeat(200)}\n` }, options: { maxFileBytes: 150 }, errors: [{ file: 'criteres/gros.yaml', line: 1, column: 1, message: 'Fichier trop gros (220 octets, limite 150) : il est ignoré. Découpez-le.' }] },
  ],
  'unknown-manual': [
    { name: 'a bundled manual', files: {} },
    { name: 'an unknown manual id', files: { 'dossier.yaml': 'manual: has-es-2099\nestablishment:\n  name: X\n' }, errors: [{ file: 'dossier.yaml', line: 1, column: 9, message: 'Catalogue introuvable ou invalide : unknown manual "has-es-2099". Catalogues disponibles : has-es-2025 (`has-dossier catalogue list`).' }] },
    { name: 'no manual at all', files: { 'dossier.yaml': 'establishment:\n  name: X\n' }, errors: [{ file: 'dossier.yaml', line: 1, column: 1, message: /« manual: » est absent de dossier\.yaml/ }] },
  ],
  'unknown-criterion': [
    { name: 'a catalogued criterion, also in the reference form', files: { 'criteres/c.yaml': 'criterion: Crit.3.4-06\nelements: {}\n' } },
    { name: 'a well-formed criterion of an existing objective (partial catalogue)', files: { 'criteres/c.yaml': 'criterion: 2.3-11\nelements: {}\n' } },
    { name: 'malformed, with a did-you-mean', files: { 'criteres/c.yaml': 'criterion: 3.4.05\nelements: {}\n' }, errors: [{ line: 1, column: 12, message: '« 3.4.05 » n\'est pas un code de critère : vouliez-vous dire « 3.4-05 » ?' }] },
    { name: 'malformed, no guess', files: { 'criteres/c.yaml': 'criterion: DMN\nelements: {}\n' }, errors: [{ line: 1, column: 12, message: /attendu la forme 3\.4-05/ }] },
    { name: 'an objective the manual does not have', files: { 'criteres/c.yaml': 'criterion: 3.7-01\nelements: {}\n' }, errors: [{ line: 1, column: 12, message: /n'a pas d'objectif 3\.7 \(objectifs : 1\.1, 1\.2/ }] },
    { name: 'absent from a complete catalogue', files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`, 'criteres/c.yaml': 'criterion: 1.1-03\nelements: {}\n' }, errors: [{ line: 1, column: 12, message: "Le critère 1.1-03 n'existe pas dans le manuel test-imperatif. Vouliez-vous dire 1.1-01 ?" }] },
    { name: 'no value', files: { 'criteres/c.yaml': 'criterion:\nelements: {}\n' }, errors: [{ line: 1, column: 1, message: /Clé « criterion » sans valeur/ }] },
  ],
  'uncatalogued-criterion': [
    { name: 'a catalogued criterion', files: { 'criteres/c.yaml': ok34_06 } },
    { name: 'a criterion the partial catalogue lacks', files: { 'criteres/c.yaml': 'criterion: 2.3-11\nelements: {}\n' }, errors: [{ line: 1, column: 12, severity: 'info', message: /^Le critère 2\.3-11 n'est pas dans le catalogue has-es-2025, qui est partiel/ }] },
  ],
  'unknown-element': [
    { name: 'known elements, also in the reference form', files: { 'criteres/c.yaml': criterion('3.4-06', '  Crit.3.4-06-ee01-ASY:\n    status: a-evaluer\n  ee02:\n    status: a-evaluer\n') } },
    { name: 'any well-formed ee of an uncatalogued criterion', files: { 'criteres/c.yaml': criterion('2.3-11', '  ee09:\n    status: a-evaluer\n') } },
    { name: 'beyond ee05 of 3.1-07, whose list is partial', files: { 'criteres/c.yaml': criterion('3.1-07', '  ee06:\n    status: a-evaluer\n') } },
    { name: 'an ee the criterion does not have', files: { 'criteres/c.yaml': criterion('3.4-06', '  ee05:\n    status: a-evaluer\n') }, errors: [{ line: 3, column: 3, message: "Le critère 3.4-06 n'a pas d'élément ee05 (éléments : ee01, ee02, ee03, ee04). Vouliez-vous dire ee01 ?" }] },
    { name: 'a malformed code', files: { 'criteres/c.yaml': criterion('3.4-06', '  EE3:\n    status: a-evaluer\n') }, errors: [{ line: 3, column: 3, message: "« EE3 » n'est pas un code d'élément : attendu ee01, ee02 … ou Crit.3.4-06-ee01-ASY. Vouliez-vous dire ee03 ?" }] },
    { name: 'a reference to another criterion', files: { 'criteres/c.yaml': criterion('3.4-06', '  Crit.3.4-05-ee01-ASY:\n    status: a-evaluer\n') }, errors: [{ line: 3, column: 3, message: 'Cette clé renvoie au critère 3.4-05, pas à 3.4-06 : écrivez « ee01 ».' }] },
  ],
  'duplicate-criterion': [
    { name: 'two different criteria', files: { 'criteres/a.yaml': 'criterion: 3.4-05\nelements: {}\n', 'criteres/b.yaml': 'criterion: 3.4-06\nelements: {}\n' } },
    { name: 'the same criterion twice, on both files', files: { 'criteres/a.yaml': 'criterion: 3.4-05\nelements: {}\n', 'criteres/b.yaml': 'criterion: Crit.3.4-05\nelements: {}\n' }, errors: [
      { file: 'criteres/a.yaml', line: 1, column: 12, message: 'Le critère 3.4-05 est aussi déclaré dans criteres/b.yaml : gardez un seul fichier par critère.' },
      { file: 'criteres/b.yaml', line: 1, column: 12, message: 'Le critère 3.4-05 est aussi déclaré dans criteres/a.yaml : gardez un seul fichier par critère.' },
    ] },
  ],
  'missing-element': [
    { name: 'every element present', files: { 'criteres/c.yaml': ok34_06 } },
    { name: 'an uncatalogued criterion is not checked', files: { 'criteres/c.yaml': 'criterion: 2.3-11\nelements: {}\n' } },
    { name: 'missing ones, listed on the elements key', files: { 'criteres/c.yaml': criterion('3.4-06', '  ee02:\n    status: a-evaluer\n') }, errors: [{ line: 2, column: 1, message: 'Éléments du critère 3.4-06 absents : ee01, ee03, ee04. Ajoutez-les (au moins avec « status: a-evaluer »).' }] },
    { name: 'no elements key: on the criterion key', files: { 'criteres/c.yaml': 'criterion: 3.1-09\n' }, errors: [{ line: 1, column: 1, message: /absents : ee01, ee02, ee03\./ }] },
  ],
  'missing-criterion': [
    { name: 'rule off in dossier.yaml', files: { 'dossier.yaml': M('rules:\n  missing-criterion: off\n') } },
    { name: 'each criterion that applies and has no file, on the scope key', files: { 'dossier.yaml': M('scope: [maternite]\n'), 'criteres/a.yaml': 'criterion: 3.1-07\nelements: {}\n', 'criteres/b.yaml': 'criterion: 3.1-08\nelements: {}\n', 'criteres/d.yaml': 'criterion: 3.4-06\nelements: {}\n' }, errors: [
      { file: 'dossier.yaml', line: 7, column: 1, message: "Le critère 3.1-09 (Les données du patient sont sécurisées) s'applique à ce dossier (champ d'application non sourcé : tout l'établissement) mais n'a pas de fichier. Créez-le (`has-dossier init` ne réécrit rien d'existant)." },
      { file: 'dossier.yaml', line: 7, column: 1, message: /^Le critère 3\.4-05 / },
    ] },
    { name: 'a criterion limited to a champ the dossier does not have', files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\nscope: [urgences]\n`, 'criteres/a.yaml': 'criterion: 1.1-01\nelements: {}\n' } },
    { name: 'a criterion limited to a champ the dossier has', files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\nscope: [maternite]\n`, 'criteres/a.yaml': 'criterion: 1.1-01\nelements: {}\n' }, errors: [{ file: 'dossier.yaml', line: 4, column: 1, message: /^Le critère 1\.1-02 \(Critère de maternité\) s'applique à ce dossier \(Maternité\)/ }] },
  ],
  'not-evaluated': [
    { name: 'evaluated', files: { 'criteres/c.yaml': el('    status: non-conforme\n') } },
    { name: 'a-evaluer, as info', files: { 'criteres/c.yaml': el('    status: a-evaluer\n') }, errors: [{ line: 4, column: 13, severity: 'info', message: "L'élément 3.2-01-ee01 reste à évaluer." }] },
    { name: 'off in dossier.yaml', files: { 'dossier.yaml': M('rules:\n  not-evaluated: off\n'), 'criteres/c.yaml': el('    status: a-evaluer\n') } },
  ],
  'missing-evidence': [
    { name: 'conforme with evidence', files: { 'criteres/c.yaml': ev('') } },
    { name: 'non-conforme needs none', files: { 'criteres/c.yaml': el('    status: non-conforme\n') } },
    { name: 'conforme without evidence', files: { 'criteres/c.yaml': el('    status: conforme\n') }, errors: [{ line: 4, column: 13, message: /^L'élément 3\.2-01-ee01 est déclaré « conforme » sans preuve/ }] },
    { name: 'partiel with an empty list, naming the evidence expected', files: { 'criteres/c.yaml': criterion('3.4-05', '  ee01:\n    status: partiel\n    evidence: []\n') }, errors: [{ line: 4, column: 13, message: /Preuve attendue : cartographie-dmn\.$/ }] },
  ],
  'evidence-not-found': [
    { name: 'an existing file and a url', files: { 'criteres/c.yaml': ev('        file: preuves/doc.pdf\n      - title: En ligne\n        url: https://intranet.example/doc\n'), 'preuves/doc.pdf': 'x' } },
    { name: 'a missing file', files: { 'criteres/c.yaml': ev('        file: preuves/absent.pdf\n') }, errors: [{ line: 7, column: 15, message: /^Fichier de preuve introuvable : preuves\/absent\.pdf\./ }] },
    { name: 'a folder, not a file', files: { 'criteres/c.yaml': ev('        file: preuves\n'), 'preuves/doc.pdf': 'x' }, errors: [{ line: 7, column: 15, message: 'preuves est un dossier, pas un fichier : désignez le document lui-même.' }] },
    { name: 'Windows separators are understood', files: { 'criteres/c.yaml': ev('        file: preuves\\doc.pdf\n'), 'preuves/doc.pdf': 'x' } },
    { name: 'a CALISTA document that does not exist', files: { 'dossier.yaml': M('calista:\n  - kind: pca-pra\n    file: preuves/pca.pdf\n    uploaded: 2026-11-01\n') }, errors: [{ file: 'dossier.yaml', line: 9, column: 11 }] },
  ],
  'evidence-outside-dossier': [
    { name: 'a path below the root', files: { 'criteres/c.yaml': ev('        file: preuves/../preuves/doc.pdf\n'), 'preuves/doc.pdf': 'x' } },
    { name: 'leaving the root', files: { 'criteres/c.yaml': ev('        file: ../secret.pdf\n') }, errors: [{ line: 7, column: 15, message: /^Ce chemin sort du dossier : \.\.\/secret\.pdf/ }] },
    { name: 'absolute paths', files: { 'criteres/c.yaml': ev('        file: /etc/passwd\n      - title: B\n        file: C:\\Users\\x.pdf\n') }, errors: [{ line: 7, column: 15, message: /^Chemin absolu refusé : \/etc\/passwd/ }, { line: 9, column: 15, message: /^Chemin absolu refusé : C:/ }] },
    { name: 'a home path', files: { 'criteres/c.yaml': ev('        file: ~/doc.pdf\n') }, errors: [{ line: 7, column: 15, message: /^Chemin « ~ » refusé/ }] },
    { name: 'a Windows-style escape', files: { 'criteres/c.yaml': ev('        file: preuves\\..\\..\\x.pdf\n') }, errors: [{ line: 7, column: 15, message: /sort du dossier/ }] },
  ],
  'expired-evidence': [
    { name: 'expires on the as-of date: still valid', files: { 'criteres/c.yaml': ev('        expires: 2026-11-23\n') } },
    { name: 'expired the day before', files: { 'criteres/c.yaml': ev('        expires: 2026-11-22\n') }, errors: [{ line: 7, column: 18, message: "« Doc » a expiré le 2026-11-22 : renouvelez-le et mettez à jour sa date d'expiration." }] },
  ],
  'stale-at-visit': [
    { name: 'valid through the visit', files: { 'criteres/c.yaml': ev('        kind: cartographie-dmn\n        date: 2026-06-01\n') } },
    { name: 'stale before the visit (2027-03-15)', files: { 'criteres/c.yaml': ev('        kind: cartographie-dmn\n        date: 2026-03-01\n') }, errors: [{ line: 8, column: 15, severity: 'info', message: '« Doc » sera périmée le 2027-03-02, avant la visite du 2027-03-15 : renouvelez-la d\'ici le 2027-03-01.' }] },
    { name: 'expiring before the visit', files: { 'criteres/c.yaml': ev('        expires: 2027-01-31\n') }, errors: [{ line: 7, column: 18, message: '« Doc » expire le 2027-01-31, avant la visite du 2027-03-15 : renouvelez-la.' }] },
    { name: 'already stale: stale-evidence says it, not this rule', files: { 'criteres/c.yaml': ev('        kind: cartographie-dmn\n        date: 2025-01-01\n') } },
  ],
  'future-date': [
    { name: 'past dates', files: { 'criteres/c.yaml': 'criterion: 3.2-01\nreviewed: 2026-11-23\nelements: {}\n' } },
    { name: 'a review date after as-of', files: { 'criteres/c.yaml': 'criterion: 3.2-01\nreviewed: 2026-11-24\nelements: {}\n' }, errors: [{ line: 2, column: 11, message: "La date de revue 2026-11-24 est postérieure à la date d'évaluation (2026-11-23) : une date passée est attendue. Corrigez-la (ou vérifiez --as-of)." }] },
    { name: 'an evidence date, a done date and an upload date', files: { 'criteres/c.yaml': act('        done: 2026-12-01\n').replace('      - title: Doc\n', '      - title: Doc\n        date: 2027-01-01\n'), 'dossier.yaml': M('calista:\n  - kind: pca-pra\n    uploaded: 2026-12-24\n') }, errors: [
      { line: 7, column: 15, message: /^La date de la preuve 2027-01-01/ },
      { line: 10, column: 15, message: /^La date de réalisation de l'action 2026-12-01/ },
      { file: 'dossier.yaml', line: 9, column: 15, message: /^La date de dépôt dans CALISTA 2026-12-24/ },
    ] },
  ],
  'missing-justification': [
    { name: 'with a justification', files: { 'criteres/c.yaml': el('    status: non-applicable\n    justification: Pas de maternité.\n') } },
    { name: 'without', files: { 'criteres/c.yaml': el('    status: non-applicable\n') }, errors: [{ line: 4, column: 13, message: /^L'élément 3\.2-01-ee01 est « non-applicable » sans justification/ }] },
    { name: 'blank', files: { 'criteres/c.yaml': el('    status: non-applicable\n    justification: "  "\n') }, errors: [{ line: 4, column: 13 }] },
  ],
  'imperative-not-met': [
    { name: 'a non-conforme element of a standard criterion', files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`, 'criteres/c.yaml': criterion('1.1-02', '  ee01:\n    status: non-conforme\n') } },
    { name: 'partiel on an impératif criterion', files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`, 'criteres/c.yaml': criterion('1.1-01', '  ee01:\n    status: partiel\n    evidence:\n      - title: x\n') } },
    { name: 'non-conforme on an impératif criterion', files: { 'dossier.yaml': `manual: ${IMPERATIVE}\nestablishment:\n  name: X\n`, 'criteres/c.yaml': criterion('1.1-01', '  ee01:\n    status: non-conforme\n') }, errors: [{ line: 4, column: 13, severity: 'error', message: /^1\.1-01-ee01 est non conforme alors que le critère 1\.1-01 est impératif/ }] },
  ],
  'overdue-action': [
    { name: 'due on the as-of date is not overdue', files: { 'criteres/c.yaml': act('        due: 2026-11-23\n') } },
    { name: 'done (true or a date)', files: { 'criteres/c.yaml': act('        due: 2026-01-01\n        done: true\n      - title: B\n        due: 2026-01-01\n        done: 2026-02-01\n') } },
    { name: 'due the day before and not done', files: { 'criteres/c.yaml': act('        due: 2026-11-22\n        done: false\n') }, errors: [{ line: 9, column: 14, severity: 'warning', message: 'Action en retard : « Faire » devait être faite le 2026-11-22. Faites-la et notez « done: <date> », ou replanifiez-la.' }] },
    { name: 'made an error by dossier.yaml', files: { 'dossier.yaml': M('rules:\n  overdue-action: error\n'), 'criteres/c.yaml': act('        due: 2026-01-01\n') }, errors: [{ line: 9, column: 14, severity: 'error' }] },
  ],
  'calista-missing': [
    { name: 'before the deadline (2027-01-15): nothing yet', files: {}, options: { asOf: '2027-01-14' } },
    { name: 'no visit date: no deadline', files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n' }, options: { asOf: '2027-01-15' } },
    { name: 'from the deadline on, each kind not listed', files: { 'dossier.yaml': M('calista:\n' + ['schema-directeur-si', 'rapport-cdu', 'paqss', 'pca-pra', 'charte-informatique', 'charte-prestataires'].map(k => `  - kind: ${k}\n    uploaded: 2027-01-02\n`).join('')) }, options: { asOf: '2027-01-15' }, errors: [
      { file: 'dossier.yaml', line: 7, column: 1, message: "Document CALISTA absent : « Cartographie des applicatifs » (cartographie-applicative) doit être déposé dans CALISTA au plus tard le 2027-01-15, 2 mois avant la visite du 2027-03-15. Listez-le sous « calista: » avec sa date de dépôt." },
      { file: 'dossier.yaml', line: 7, column: 1, message: /« Plan Blanc \(avec un volet cyber\) » \(plan-blanc\)/ },
    ] },
  ],
  'calista-late': [
    { name: 'uploaded on the deadline', files: { 'dossier.yaml': M('calista:\n  - kind: pca-pra\n    uploaded: 2027-01-15\n') }, options: { asOf: '2027-02-01' } },
    { name: 'uploaded the day after', files: { 'dossier.yaml': M('calista:\n  - kind: pca-pra\n    uploaded: 2027-01-16\n') }, options: { asOf: '2027-02-01' }, errors: [{ file: 'dossier.yaml', line: 9, column: 15, message: '« PCA / PRA » a été déposé dans CALISTA le 2027-01-16, après la limite du 2027-01-15 (2 mois avant la visite du 2027-03-15).' }] },
  ],
  'visit-window': [
    { name: 'no decision recorded', files: {} },
    { name: 'certified on 2023-03-16: valid through 2027-03-15, the visit day', files: { 'dossier.yaml': cert('certifie', '2023-03-16') } },
    { name: 'certified on 2023-03-15: valid through 2027-03-14, the day before the visit', files: { 'dossier.yaml': cert('certifie-mention', '2023-03-15') }, errors: [
      { file: 'dossier.yaml', line: 6, column: 10, message: "La visite du 2027-03-15 tombe après la fin de validité de la certification (Certifié avec mention le 2023-03-15, valable jusqu'au 2027-03-14)." },
    ] },
    { name: 'a visit before the decision', files: { 'dossier.yaml': cert('certifie', '2027-03-15') }, errors: [{ file: 'dossier.yaml', line: 6, column: 10, message: /précède la décision/ }] },
    { name: 'with conditions on 2026-09-15: window opens on the visit day', files: { 'dossier.yaml': cert('certifie-sous-conditions', '2026-09-15') } },
    { name: 'with conditions on 2026-09-16: the visit comes a day early', files: { 'dossier.yaml': cert('certifie-sous-conditions', '2026-09-16') }, errors: [
      { file: 'dossier.yaml', line: 6, column: 10, message: 'La visite du 2027-03-15 tombe avant la fenêtre de la nouvelle visite (Certifié sous conditions le 2026-09-16 : visite entre le 2027-03-16 et le 2027-09-16).' },
    ] },
    { name: 'with conditions on 2026-03-15: window closes on the visit day', files: { 'dossier.yaml': cert('certifie-sous-conditions', '2026-03-15') } },
    { name: 'with conditions on 2026-03-14: a day late', files: { 'dossier.yaml': cert('certifie-sous-conditions', '2026-03-14') }, errors: [{ file: 'dossier.yaml', line: 6, column: 10, message: /tombe après la fenêtre .* entre le 2026-09-14 et le 2027-03-14/ }] },
    { name: 'not certified on 2025-03-15: 12 to 24 months, the last day', files: { 'dossier.yaml': cert('non-certifie', '2025-03-15') } },
    { name: 'not certified on 2026-03-16: less than 12 months', files: { 'dossier.yaml': cert('non-certifie', '2026-03-16') }, errors: [{ file: 'dossier.yaml', line: 6, column: 10, message: /Non certifié le 2026-03-16 : visite entre le 2027-03-16 et le 2028-03-16/ }] },
    { name: 'in English', files: { 'dossier.yaml': cert('non-certifie', '2026-03-16') }, options: { lang: 'en' }, errors: [{ file: 'dossier.yaml', line: 6, column: 10, message: 'The visit of 2027-03-15 falls before the window of the new visit (Not certified on 2026-03-16: visit between 2027-03-16 and 2028-03-16).' }] },
  ],
  'visit-document-missing': [
    { name: 'every document of the checklist is given', files: { 'criteres/c.yaml': visitDocs() } },
    { name: 'one missing, three months ahead: info', files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) }, errors: [
      { file: 'dossier.yaml', line: 5, column: 1, severity: 'info', message: 'Document de visite absent : « Politique générale de sécurité des SI » (politique-ssi) est demandé par les experts-visiteurs (critère 3.1-07) ; aucune preuve de ce type dans le dossier. À préparer avant le 2027-01-15 (2 mois avant la visite du 2027-03-15).' },
    ] },
    { name: 'the day before the two months: still info', files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) }, options: { asOf: '2027-01-14' }, errors: [{ file: 'dossier.yaml', line: 5, column: 1, severity: 'info' }] },
    { name: 'from two months before the visit: warning', files: { 'criteres/c.yaml': visitDocs(['politique-ssi']) }, options: { asOf: '2027-01-15' }, errors: [
      { file: 'dossier.yaml', line: 5, column: 1, severity: 'warning', message: /aucune preuve de ce type dans le dossier\. La visite du 2027-03-15 est dans 59 jour\(s\)\.$/ },
    ] },
    { name: 'visit.documents_ready moves the warning earlier', files: { 'dossier.yaml': MANIFEST.replace('  start: 2027-03-15\n', '  start: 2027-03-15\n  documents_ready: 3 months\n'), 'criteres/c.yaml': visitDocs(['politique-ssi']) }, options: { asOf: '2026-12-15' }, errors: [{ file: 'dossier.yaml', line: 5, column: 1, severity: 'warning' }] },
    { name: 'a provider without its PCA/PRA', files: { 'dossier.yaml': provider('  - name: Éditeur DPI\n    service: DPI\n    pca_pra: preuves/pca-editeur.pdf\n'), 'criteres/c.yaml': visitDocs() }, errors: [
      { file: 'dossier.yaml', line: 8, column: 5, message: /^Le fournisseur « Hébergeur HDS » n'a pas de PCA \/ PRA/ },
    ] },
    { name: 'every provider with its PCA/PRA', files: { 'dossier.yaml': provider('    pca_pra: preuves/pca.pdf\n'), 'criteres/c.yaml': visitDocs(['pca-pra-fournisseurs']) } },
  ],
  'follow-up-missing': [
    { name: 'an audit with its action plan', files: { 'criteres/c.yaml': ev('        kind: audit-silene\n        action_plan: preuves/plan.pdf\n'), 'preuves/plan.pdf': 'x' } },
    { name: 'an audit that found nothing', files: { 'criteres/c.yaml': ev('        kind: audit-orad\n        findings: 0\n') } },
    { name: 'an audit whose element has actions', files: { 'criteres/c.yaml': el('    status: partiel\n    evidence:\n      - title: SILENE\n        kind: audit-silene\n    actions:\n      - title: Fermer le port RDP\n') } },
    { name: 'an audit without a plan', files: { 'criteres/c.yaml': ev('        kind: audit-silene\n        findings: 3\n') }, errors: [
      { line: 7, column: 15, message: "« Doc » : aucun plan d'actions correctrices. Ajoutez « action_plan: <fichier> » ou des « actions: » à l'élément, ou « findings: 0 » si l'audit n'a rien relevé." },
    ] },
    { name: 'an action plan that does not exist', files: { 'criteres/c.yaml': ev('        kind: audit-securite\n        action_plan: preuves/absent.pdf\n') }, errors: [{ line: 8, column: 22, message: "« Doc » : le plan d'actions « preuves/absent.pdf » est introuvable." }] },
    { name: 'an exercise with its date and lessons', files: { 'criteres/c.yaml': ev('        kind: exercice-cyber\n        date: 2026-10-01\n        lessons: Sauvegardes restaurées en 4 h ; annuaire de crise à jour.\n') } },
    { name: 'an exercise without date or lessons', files: { 'criteres/c.yaml': ev('        kind: exercice-cyber\n') }, errors: [
      { line: 7, column: 15, message: /la date de l'exercice manque/ },
      { line: 7, column: 15, message: /le retour d'expérience de l'exercice manque/ },
    ] },
    { name: 'lessons in a file that does not exist', files: { 'criteres/c.yaml': ev('        kind: exercice-cyber\n        date: 2026-10-01\n        lessons: preuves/retex.pdf\n') }, errors: [{ line: 9, column: 18, message: /« preuves\/retex\.pdf » est introuvable/ }] },
  ],
  'provider-hds-expired': [
    { name: 'valid through the visit day', files: { 'dossier.yaml': provider('    hds:\n      certificate: HDS-01\n      valid_until: 2027-03-15\n') } },
    { name: 'no certificate recorded', files: { 'dossier.yaml': provider('') } },
    { name: 'expires the day before the visit: warning', files: { 'dossier.yaml': provider('    hds:\n      certificate: HDS-01\n      valid_until: 2027-03-14\n') }, errors: [
      { file: 'dossier.yaml', line: 12, column: 20, severity: 'warning', message: 'Le certificat HDS de « Hébergeur HDS » (HDS-01) expire le 2027-03-14, avant la visite du 2027-03-15 : demandez le certificat renouvelé.' },
    ] },
    { name: 'valid through the as-of date: warning only', files: { 'dossier.yaml': provider('    hds:\n      valid_until: 2026-11-23\n') }, errors: [{ file: 'dossier.yaml', line: 11, column: 20, severity: 'warning' }] },
    { name: 'expired the day before as-of: error', files: { 'dossier.yaml': provider('    hds:\n      valid_until: 2026-11-22\n') }, errors: [
      { file: 'dossier.yaml', line: 11, column: 20, severity: 'error', message: 'Le certificat HDS de « Hébergeur HDS » a expiré le 2026-11-22 : demandez le certificat renouvelé.' },
    ] },
  ],
  'unknown-role': [
    { name: 'no roles declared: owners are free', files: { 'criteres/c.yaml': 'criterion: 3.2-01\nowner: Mme Personne\nelements: {}\n' } },
    { name: 'owners naming a role by id, title or holder', files: {
      'dossier.yaml': M('roles:\n  dsi: Jeanne Martin\n  referent-dmn:\n    name: Paul Durand\n'),
      'criteres/c.yaml': 'criterion: 3.2-01\nowner: Référent DMN\nelements:\n  ee01:\n    status: partiel\n    evidence:\n      - title: D\n    actions:\n      - title: A\n        owner: DSI\n      - title: B\n        owner: jeanne martin\n      - title: C\n        owner: referent dmn\n',
    } },
    { name: 'an owner naming no declared role', files: {
      'dossier.yaml': M('roles:\n  dsi: Jeanne Martin\n  rssi:\n    title: RSSI\n'),
      'criteres/c.yaml': 'criterion: 3.2-01\nowner: DPO\nelements:\n  ee01:\n    status: partiel\n    evidence:\n      - title: D\n    actions:\n      - title: A\n        owner: dsii\n',
    }, errors: [
      { line: 2, column: 8, message: '« DPO » ne nomme aucun rôle déclaré sous « roles: » dans dossier.yaml (dsi, rssi).' },
      { line: 10, column: 16, message: '« dsii » ne nomme aucun rôle déclaré sous « roles: » dans dossier.yaml (dsi, rssi). Vouliez-vous dire dsi ?' },
    ] },
  ],
  'invalid-finess': [
    { name: 'a valid number, and Corsica on format alone', files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n  finess: "2A0000001"\n' } },
    { name: 'a wrong check key', files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n  finess: "330781197"\n' }, errors: [{ file: 'dossier.yaml', line: 4, column: 11, message: 'Numéro FINESS « 330781197 » invalide : sa clé de contrôle est fausse. Vérifiez-le dans le répertoire FINESS.' }] },
    { name: 'malformed', files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n  finess: "12345"\n' }, errors: [{ file: 'dossier.yaml', line: 4, column: 11, message: /^Numéro FINESS « 12345 » mal formé/ }] },
    { name: 'an unquoted valid number: a schema error only (quote it)', files: { 'dossier.yaml': 'manual: has-es-2025\nestablishment:\n  name: X\n  finess: 330781196\n' } },
  ],
  waiver: [
    { name: 'a waiver with a reason that covers a finding', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated: évaluation au comité de janvier\n    status: a-evaluer\n') } },
    { name: 'without a reason: a warning, and it does not apply', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, message: "Dérogation sans motif : écrivez « # has-dossier-ignore not-evaluated: <motif> ». Elle ne s'applique pas tant qu'elle n'a pas de motif." }] },
    { name: 'past its date', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated until 2026-11-22: plus tard\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, message: /^Dérogation échue le 2026-11-22/ }] },
    { name: 'until the as-of date: still in force', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated until 2026-11-23: plus tard\n    status: a-evaluer\n') } },
    { name: 'a bad date', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated until 2026-13-01: plus tard\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, message: /^Date de fin « 2026-13-01 » invalide/ }] },
    { name: 'an unknown code', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluate, not-evaluated: plus tard\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, message: 'Code de règle inconnu dans la dérogation : « not-evaluate ». (not-evaluated ?)' }] },
    { name: 'waiving nothing', files: { 'criteres/c.yaml': el('    # has-dossier-ignore overdue-action: rien\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, message: 'Cette dérogation (overdue-action) ne couvre aucun signalement : retirez-la.' }] },
    { name: 'malformed', files: { 'criteres/c.yaml': el('    # has-dossier-ignore: pourquoi\n    status: a-evaluer\n') }, errors: [{ line: 4, column: 5, message: /^Dérogation mal écrite/ }] },
  ],
};

describe('rule tables', () => {
  it('cover every rule code', () => {
    expect(Object.keys(TABLES).sort()).toEqual(RULES.map(r => r.code).filter(c => c !== 'stale-evidence' && c !== 'internal-error').sort());
  });
  for (const [code, cases] of Object.entries(TABLES)) {
    describe(code, () => {
      it('has cases that fire and cases that do not', () => {
        expect(cases.some(c => c.errors?.length)).toBe(true);
        expect(cases.some(c => !c.errors?.length)).toBe(true);
      });
      for (const c of cases) it(c.name, () => expectRule(code as RuleCode, c));
    });
  }
});

describe('waived findings', () => {
  it('are kept, marked and counted apart', () => {
    expectRule('not-evaluated', { name: 'waived', files: { 'criteres/c.yaml': el('    # has-dossier-ignore not-evaluated: comité de janvier\n    status: a-evaluer\n') }, errors: [{ line: 5, column: 13, waived: true }] });
  });
});
