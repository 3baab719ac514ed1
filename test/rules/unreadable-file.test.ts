/** The cases of the rule unreadable-file: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';

ruleTable('unreadable-file', [
  { name: 'a YAML file that is not a criterion file is ignored', files: { 'notes/autre.yaml': 'titre: x\n' } },
  {
    name: 'a binary file named .yaml',
    files: { 'criteres/bin.yaml': new Uint8Array([0, 1, 2, 99, 114, 105]) },
    errors: [
      {
        file: 'criteres/bin.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        messageId: 'binary',
        message: 'Fichier binaire, pas du YAML : il est ignoré.',
      },
    ],
  },
  {
    name: 'a file that is not UTF-8',
    files: { 'criteres/latin1.yaml': new Uint8Array([...Buffer.from('criterion: 3.2-01\n# r'), 0xe9, 0x0a]) },
    errors: [{ file: 'criteres/latin1.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, messageId: 'not-utf8', message: /n'est pas encodé en UTF-8/ }],
  },
  {
    name: 'a file too large',
    files: { 'criteres/gros.yaml': `criterion: 3.2-01\n#${'x'.repeat(200)}\n` },
    options: { maxFileBytes: 150 },
    errors: [
      {
        file: 'criteres/gros.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        messageId: 'too-large',
        message: 'Fichier trop gros (220 octets, limite 150) : il est ignoré. Découpez-le.',
      },
    ],
  },
]);
