/** The cases of the rule yaml-syntax: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { ok34_06 } from './cases.js';

ruleTable('yaml-syntax', [
  { name: 'valid YAML', files: { 'criteres/c.yaml': ok34_06 } },
  { name: 'a nested mapping in a compact value, at its place', files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme: oui\n' }, errors: [{ line: 4, column: 13, endLine: 4, endColumn: 14, messageId: 'syntax', message: /^YAML invalide : Nested mappings are not allowed in compact mappings/ }] },
  { name: 'duplicate keys', files: { 'criteres/c.yaml': 'criterion: 3.4-06\ncriterion: 3.4-05\nelements: {}\n' }, errors: [{ line: 2, column: 1, endLine: 2, endColumn: 2, messageId: 'syntax', message: /Map keys must be unique/ }] },
  { name: 'English', files: { 'criteres/c.yaml': 'criterion: 3.4-06\nelements: [\n' }, options: { lang: 'en' }, errors: [{ line: 3, column: 1, endLine: 3, endColumn: 1, messageId: 'syntax', message: /^Invalid YAML: / }] },
  { name: 'an alias bomb is refused, not expanded', files: { 'criteres/c.yaml': `criterion: 3.2-01\na: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 6 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`).join('\n')}\nelements: {}\n` }, errors: [{ line: 1, column: 1, endLine: 1, endColumn: 18, messageId: 'syntax', message: /Excessive alias count/ }] },
]);
