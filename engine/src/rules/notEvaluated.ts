import { defineRule, elementsOf } from './rule.js';

export default defineRule({
  code: 'not-evaluated',
  defaultSeverity: 'info',
  standalone: true,
  description: { fr: 'Un élément a le statut `a-evaluer`.', en: 'An element has status `a-evaluer`.' },
  messages: {
    fr: { pending: "L'élément {criterion}-{element} reste à évaluer." },
    en: { pending: 'Element {criterion}-{element} is still to be evaluated.' },
  },
  check(ctx) {
    for (const { entry, element } of elementsOf(ctx)) {
      if (element.status?.value === 'a-evaluer') {
        ctx.report({
          file: entry.file,
          node: element.status.node,
          messageId: 'pending',
          criterion: entry.id,
          element: element.code,
          params: { criterion: entry.id ?? '?', element: element.key },
        });
      }
    }
  },
});
