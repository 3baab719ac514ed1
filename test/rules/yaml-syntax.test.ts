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
]);
