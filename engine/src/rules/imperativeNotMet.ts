import { defineRule, elementsOf } from './rule.js';

export default defineRule({
  code: 'imperative-not-met',
  defaultSeverity: 'error',
  description: {
    fr: "Un élément d'un critère impératif est `non-conforme`.",
    en: 'An element of an impératif criterion is `non-conforme`.',
  },
  messages: {
    fr: {
      notMet:
        "{criterion}-{element} est non conforme alors que le critère {criterion} est impératif : un impératif non satisfait peut empêcher la certification. Planifiez l'action corrective en priorité.",
    },
    en: {
      notMet:
        '{criterion}-{element} is non-conforme while criterion {criterion} is impératif: an unmet imperative can prevent certification. Plan the corrective action first.',
    },
  },
  check(ctx) {
    for (const { entry, element, catalogued } of elementsOf(ctx)) {
      if (catalogued?.level === 'imperatif' && element.status?.value === 'non-conforme') {
        ctx.report({
          file: entry.file,
          node: element.status.node,
          messageId: 'notMet',
          criterion: entry.id,
          element: element.code,
          params: { criterion: entry.id, element: element.key },
        });
      }
    }
  },
});
