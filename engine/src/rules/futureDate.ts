import type { Node } from 'yaml';
import { t } from '../l10n/index.js';
import type { DossierFile } from '../model.js';
import { defineRule, elementsOf } from './rule.js';

export default defineRule({
  code: 'future-date',
  defaultSeverity: 'warning',
  standalone: true,
  description: {
    fr: "Une date qui ne peut pas être future l'est (date d'une preuve, `reviewed`, `uploaded`, `done`).",
    en: 'A date that cannot be in the future is (evidence date, `reviewed`, `uploaded`, `done`).',
  },
  messages: {
    fr: { future: "{what} {date} est postérieure à la date d'évaluation ({asOf}) : une date passée est attendue. Corrigez-la (ou vérifiez --as-of)." },
    en: { future: '{what} {date} is after the as-of date ({asOf}): a past date is expected. Fix it (or check --as-of).' },
  },
  check(ctx) {
    const what = {
      date: t(ctx.lang, 'rule.futureDate.date'),
      reviewed: t(ctx.lang, 'rule.futureDate.reviewed'),
      uploaded: t(ctx.lang, 'rule.futureDate.uploaded'),
      done: t(ctx.lang, 'rule.futureDate.done'),
    };
    const check = (file: DossierFile, d: { value: unknown; node: Node } | undefined, k: keyof typeof what, criterion?: string, element?: string) => {
      if (d && typeof d.value === 'string' && d.value > ctx.asOf) {
        ctx.report({ file, node: d.node, messageId: 'future', criterion, element, params: { what: what[k], date: d.value, asOf: ctx.asOf } });
      }
    };
    for (const entry of ctx.dossier.criteria) check(entry.file, entry.reviewed, 'reviewed', entry.id);
    for (const { entry, element } of elementsOf(ctx)) {
      for (const e of element.evidence) check(entry.file, e.date, 'date', entry.id, element.code);
      for (const a of element.actions) check(entry.file, a.done, 'done', entry.id, element.code);
    }
    const m = ctx.dossier.manifest;
    if (m)
      for (const c of m.calista) {
        check(m.file, c.uploaded, 'uploaded');
        check(m.file, c.date, 'date');
      }
  },
});
