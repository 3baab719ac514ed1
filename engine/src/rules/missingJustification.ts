import { insertAfterLineOf, lineIndent } from '../edits.js';
import { quoted as doubleQuoted, yamlBlock } from '../text/yaml.js';
import { escapeSnippet, placeholder as field } from '../language/snippet.js';
import { defineRule, elementsOf } from './rule.js';

export default defineRule({
  code: 'missing-justification',
  defaultSeverity: 'warning',
  absence: ['none'],
  standalone: true,
  description: {
    fr: 'Un élément `non-applicable` sans justification (ou dont la justification est encore un texte à compléter `<…>`).',
    en: 'An element `non-applicable` without a justification (or whose justification is still a text to complete `<…>`).',
  },
  messages: {
    fr: {
      none: "L'élément {criterion}-{element} est « non-applicable » sans justification : ajoutez « justification: » qui dit pourquoi (les experts-visiteurs la demanderont).",
      stillPlaceholder:
        "L'élément {criterion}-{element} est « non-applicable » mais sa justification est encore à compléter ({text}) : écrivez pourquoi il ne s'applique pas.",
      justify: 'Ajouter une justification',
      placeholder: "<à compléter : pourquoi cet élément ne s'applique pas>",
    },
    en: {
      none: 'Element {criterion}-{element} is "non-applicable" without a justification: add "justification:" saying why (the expert visitors will ask).',
      stillPlaceholder: 'Element {criterion}-{element} is "non-applicable" but its justification is still to be written ({text}): say why it does not apply.',
      justify: 'Add a justification',
      placeholder: '<to complete: why this element does not apply>',
    },
  },
  fix(f, { src, element, t }) {
    if (!element?.status || element.justification !== undefined) return [];
    const words = t({ messageId: 'placeholder' });
    const edit = insertAfterLineOf(src, element.status.node, yamlBlock({ justification: doubleQuoted(words) }, lineIndent(src, element.status.node)));
    // as a snippet, the placeholder (inside its quotes) is selected: the user types the reason over it (left as is, it stays reported)
    const quoted = yamlBlock(doubleQuoted(words)).replace(/\n$/, '');
    const at = edit.newText.lastIndexOf(quoted);
    const snippet = `${escapeSnippet(edit.newText.slice(0, at))}"${field(1, quoted.slice(1, -1))}"${escapeSnippet(edit.newText.slice(at + quoted.length))}`;
    return [{ messageId: 'justify', isPreferred: true, edits: [{ ...edit, snippet }] }];
  },
  check(ctx) {
    for (const { entry, element } of elementsOf(ctx)) {
      if (element.status?.value !== 'non-applicable') continue;
      const text = element.justification?.trim() ?? '';
      // `<…>` is a text to complete (the quick fix and the templates write one): nothing is justified yet
      if (/^<[^]*>$/.test(text)) {
        ctx.report({
          file: entry.file,
          node: element.status.node,
          messageId: 'stillPlaceholder',
          criterion: entry.id,
          element: element.code,
          params: { criterion: entry.id ?? '?', element: element.key, text },
        });
      } else if (!text) {
        ctx.report({
          file: entry.file,
          node: element.status.node,
          messageId: 'none',
          criterion: entry.id,
          element: element.code,
          params: { criterion: entry.id ?? '?', element: element.key },
        });
      }
    }
  },
});
