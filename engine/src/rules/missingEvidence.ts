import { t } from '../l10n/index.js';
import { defineRule, elementsOf } from './rule.js';

export default defineRule({
  code: 'missing-evidence',
  defaultSeverity: 'warning',
  absence: true,
  standalone: true,
  description: {
    fr: 'Un élément `conforme` ou `partiel` sans aucune preuve.',
    en: 'An element with status `conforme` or `partiel` and no evidence.',
  },
  messages: {
    fr: {
      none: "L'élément {criterion}-{element} est déclaré « {status} » sans preuve : ajoutez sous « evidence » le document qui le montre (titre, fichier, date, validé par).{expected}",
    },
    en: {
      none: 'Element {criterion}-{element} is declared "{status}" with no evidence: add under "evidence" the document that shows it (title, file, date, validated by).{expected}',
    },
  },
  check(ctx) {
    for (const { entry, element } of elementsOf(ctx)) {
      const status = element.status?.value;
      if ((status === 'conforme' || status === 'partiel') && element.evidence.length === 0) {
        const kinds = entry.id && element.code ? ctx.catalogue.evidenceFor(entry.id, element.code).map(k => k.id) : [];
        const expected = kinds.length ? t(ctx.lang, 'rule.expectedEvidence', { n: kinds.length, kinds: kinds.join(', ') }) : '';
        ctx.report({
          file: entry.file,
          node: element.status!.node,
          messageId: 'none',
          criterion: entry.id,
          element: element.code,
          params: { criterion: entry.id ?? '?', element: element.key, status, expected },
          data: { kinds },
        });
      }
    }
  },
});
