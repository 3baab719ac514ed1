import { insertAfterLineOf, lineIndent } from '../edits.js';
import { defineRule, elementsOf } from './rule.js';

export default defineRule({
  code: 'missing-justification',
  defaultSeverity: 'warning',
  standalone: true,
  description: { fr: 'Un élément `non-applicable` sans justification.', en: 'An element `non-applicable` without a justification.' },
  messages: {
    fr: {
      none: "L'élément {criterion}-{element} est « non-applicable » sans justification : ajoutez « justification: » qui dit pourquoi (les experts-visiteurs la demanderont).",
      justify: 'Ajouter une justification', placeholder: "<à compléter : pourquoi cet élément ne s'applique pas>",
    },
    en: {
      none: 'Element {criterion}-{element} is "non-applicable" without a justification: add "justification:" saying why (the expert visitors will ask).',
      justify: 'Add a justification', placeholder: '<to complete: why this element does not apply>',
    },
  },
  fix(f, { src, element, t }) {
    if (!element?.status) return [];
    const indent = ' '.repeat(lineIndent(src, element.status.node));
    const text = `${indent}justification: ${JSON.stringify(t({ messageId: 'placeholder' }))}\n`;
    return [{ messageId: 'justify', isPreferred: true, edits: [insertAfterLineOf(src, element.status.node, text)] }];
  },
  check(ctx) {
    for (const { entry, element } of elementsOf(ctx)) {
      if (element.status?.value === 'non-applicable' && !element.justification?.trim()) {
        ctx.report({ file: entry.file, node: element.status.node, messageId: 'none', criterion: entry.id, element: element.code, params: { criterion: entry.id ?? '?', element: element.key } });
      }
    }
  },
});
