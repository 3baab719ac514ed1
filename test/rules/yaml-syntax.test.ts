/** The cases of the rule yaml-syntax: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { ok34_06 } from './cases.js';

ruleTable('yaml-syntax', [
  { name: 'valid YAML', files: { 'criteres/c.yaml': ok34_06 } },
  {
    name: 'a nested mapping in a compact value, once, on its line',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme: oui\n' },
    errors: [
      {
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 26,
        messageId: 'colonInValue',
        message: 'Deux « : » sur la même ligne : mettez la valeur entre guillemets si elle contient « : ».',
      },
    ],
  },
  {
    name: 'duplicate keys, on the key',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\ncriterion: 3.4-05\nelements: {}\n' },
    errors: [
      {
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 10,
        messageId: 'duplicate',
        message: 'La clé « criterion » apparaît deux fois dans la même table : gardez-en une seule.',
      },
    ],
  },
  {
    name: 'an unclosed [ { is one error, on the [, in French',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements: [ {\n' },
    errors: [
      { line: 2, column: 11, endLine: 2, endColumn: 12, messageId: 'unclosed', message: "« [ » ouvert ici n'est jamais refermé : il manque « } » puis « ] »." },
    ],
  },
  {
    name: 'English',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements: [\n' },
    options: { lang: 'en' },
    errors: [{ line: 2, column: 11, endLine: 2, endColumn: 12, messageId: 'unclosed', message: '"[" opened here is never closed: "]" missing.' }],
  },
  {
    name: 'an unclosed quote, at the quote',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements:\n  ee01:\n    justification: "pas de\n' },
    errors: [{ line: 4, column: 20, endLine: 4, endColumn: 21, messageId: 'quote', message: /^Le guillemet « " » ouvert ici n'est jamais refermé/ }],
  },
  {
    name: 'a tab in the indentation',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements:\n\tee01: {}\n' },
    errors: [{ line: 3, column: 1, endLine: 3, endColumn: 2, messageId: 'tab', message: /^Tabulation dans l'indentation/ }],
  },
  {
    name: 'a line without a colon, once',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements\nowner: DSI\n' },
    errors: [{ line: 2, column: 1, endLine: 2, endColumn: 9, messageId: 'noColon', message: /^Ligne sans « clé: valeur »/ }],
  },
  {
    name: 'an alias bomb is refused, not expanded',
    files: {
      'criteres/c.yaml': `criterion: 3.2-01\na: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 6 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ).join('\n')}\nelements: {}\n`,
    },
    errors: [{ line: 1, column: 1, endLine: 1, endColumn: 18, messageId: 'aliases', message: /^Trop d'alias YAML/ }],
  },
  {
    name: 'a key typed below a flow map, once, in words (no parser code)',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements: {}\n  ee\n' },
    errors: [{ line: 3, column: 1, endLine: 3, endColumn: 2, messageId: 'indent', message: /^Indentation incorrecte/ }],
  },
  {
    name: 'a key without its value, said as a line without a colon (was « erreur MISSING_CHAR »)',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme\n    ee\n' },
    errors: [{ line: 5, column: 5, endLine: 5, endColumn: 7, messageId: 'noColon', message: /^Ligne sans « clé: valeur »/ }],
  },
  {
    name: 'a map written line by line inside braces',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements: {a: 1 b: 2}\n' },
    errors: [
      {
        line: 2,
        column: 15,
        endLine: 2,
        endColumn: 21,
        messageId: 'blockInFlow',
        message: /^Une liste ou une table écrite ligne à ligne ne peut pas se trouver entre accolades/,
      },
    ],
  },
  {
    name: 'a stray comma',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements: [1,,2]\n' },
    errors: [
      {
        line: 2,
        column: 14,
        endLine: 2,
        endColumn: 15,
        messageId: 'unexpected',
        message: "Caractère inattendu « , » : il ferme ou sépare quelque chose qui n'a pas été ouvert ici.",
      },
    ],
  },
  {
    name: 'a value starting with @',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nowner: @dsi\nelements: {}\n' },
    errors: [
      {
        line: 2,
        column: 8,
        endLine: 2,
        endColumn: 9,
        messageId: 'scalarStart',
        message: 'Une valeur ne peut pas commencer par « @ » : mettez-la entre guillemets.',
      },
    ],
  },
  {
    name: 'a backslash in double quotes',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nowner: "C:\\q"\nelements: {}\n' },
    errors: [
      {
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 12,
        messageId: 'escape',
        message: /^Séquence d'échappement invalide entre guillemets doubles : doublez la barre oblique inverse \(\\\\\)/,
      },
    ],
  },
  {
    name: 'two documents in one file',
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements: {}\n---\nb: 2\n' },
    errors: [{ line: 3, column: 1, endLine: 3, endColumn: 4, messageId: 'multipleDocs', message: /^Le fichier contient plusieurs documents YAML/ }],
  },
  {
    name: 'a stray comma, in English',
    options: { lang: 'en' },
    files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements: [1,,2]\n' },
    errors: [
      {
        line: 2,
        column: 14,
        endLine: 2,
        endColumn: 15,
        messageId: 'unexpected',
        message: 'Unexpected character ",": it closes or separates something not opened here.',
      },
    ],
  },
]);
