/** review-overdue: a criterion whose `reviewed:` is older than the review period (12 months, or `paqss.review_period`). */
import { describe, it } from 'vitest';
import { expectRule, MANIFEST, type Case } from '../helpers.js';

const file = (reviewed: string) => `criterion: 3.2-01\nreviewed: ${reviewed}\nelements:\n  ee01:\n    status: a-evaluer\n`;

const cases: Case[] = [
  { name: 'no reviewed: date', files: { 'criteres/c.yaml': 'criterion: 3.2-01\nelements:\n  ee01:\n    status: a-evaluer\n' } },
  { name: 'reviewed 12 months ago to the day', files: { 'criteres/c.yaml': file('2025-11-23') } },
  {
    name: 'reviewed 12 months and a day ago: an info',
    files: { 'criteres/c.yaml': file('2025-11-22') },
    errors: [
      {
        line: 2,
        column: 11,
        severity: 'info',
        message:
          "Le critère 3.2-01 a été revu le 2025-11-22, il y a plus de 12 mois : revoyez l'auto-évaluation et mettez « reviewed: » à jour (revue due depuis le 2026-11-23).",
      },
    ],
  },
  {
    name: 'a shorter period set in dossier.yaml',
    files: { 'dossier.yaml': MANIFEST + 'paqss:\n  review_period: 6 months\n', 'criteres/c.yaml': file('2026-05-22') },
    errors: [{ line: 2, column: 11, message: /il y a plus de 6 mois/ }],
  },
  {
    name: 'a longer period set in dossier.yaml',
    files: { 'dossier.yaml': MANIFEST + 'paqss:\n  review_period: 2 ans\n', 'criteres/c.yaml': file('2025-01-01') },
  },
  {
    name: 'English',
    files: { 'criteres/c.yaml': file('2024-01-01') },
    options: { lang: 'en' },
    errors: [
      {
        line: 2,
        column: 11,
        message:
          'Criterion 3.2-01 was reviewed on 2024-01-01, more than 12 months ago: review the self-evaluation and update "reviewed:" (review due since 2025-01-02).',
      },
    ],
  },
];

describe('review-overdue', () => {
  for (const c of cases) it(c.name, () => expectRule('review-overdue', c));
});
