/** The cases of the rule unknown-role: findings expected at their place (start and end, 1-based), with their message id. */
import { ruleTable } from '../helpers.js';
import { M } from './cases.js';

ruleTable('unknown-role', [
  { name: 'no roles declared: owners are free', files: { 'criteres/c.yaml': 'criterion: 3.2-01\nowner: Mme Personne\nelements: {}\n' } },
  {
    name: 'owners naming a role by id, title or holder',
    files: {
      'dossier.yaml': M('roles:\n  dsi: Jeanne Martin\n  referent-dmn:\n    name: Paul Durand\n'),
      'criteres/c.yaml':
        'criterion: 3.2-01\nowner: Référent DMN\nelements:\n  ee01:\n    status: partiel\n    evidence:\n      - title: D\n    actions:\n      - title: A\n        owner: DSI\n      - title: B\n        owner: jeanne martin\n      - title: C\n        owner: referent dmn\n',
    },
  },
  {
    name: 'an owner naming no declared role',
    files: {
      'dossier.yaml': M('roles:\n  dsi: Jeanne Martin\n  rssi:\n    title: RSSI\n'),
      'criteres/c.yaml':
        'criterion: 3.2-01\nowner: DPO\nelements:\n  ee01:\n    status: partiel\n    evidence:\n      - title: D\n    actions:\n      - title: A\n        owner: dsii\n',
    },
    errors: [
      {
        line: 2,
        column: 8,
        endLine: 2,
        endColumn: 11,
        messageId: 'unknown',
        message: '« DPO » ne nomme aucun rôle déclaré sous « roles: » dans dossier.yaml (dsi, rssi).',
      },
      {
        line: 10,
        column: 16,
        endLine: 10,
        endColumn: 20,
        messageId: 'unknown',
        message: '« dsii » ne nomme aucun rôle déclaré sous « roles: » dans dossier.yaml (dsi, rssi). Vouliez-vous dire dsi ?',
      },
    ],
  },
]);
