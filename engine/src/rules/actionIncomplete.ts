import { isDone } from '../paqss.js';
import { defineRule, elementsOf } from './rule.js';

export default defineRule({
  code: 'action-incomplete',
  defaultSeverity: 'warning',
  absence: true,
  standalone: true,
  description: {
    fr: "Une action encore ouverte n'a pas d'échéance (`due`) ou pas de pilote (`owner`).",
    en: 'An action still open has no `due` date or no `owner`.',
  },
  messages: {
    fr: {
      noDue: "L'action « {title} » n'a pas d'échéance : ajoutez « due: AAAA-MM-JJ ».",
      noOwner: "L'action « {title} » n'a pas de pilote : ajoutez « owner: » (un rôle de dossier.yaml ou un nom).",
      neither: "L'action « {title} » n'a ni échéance ni pilote : ajoutez « due: AAAA-MM-JJ » et « owner: ».",
    },
    en: {
      noDue: 'Action "{title}" has no due date: add "due: YYYY-MM-DD".',
      noOwner: 'Action "{title}" has no owner: add "owner:" (a role of dossier.yaml or a name).',
      neither: 'Action "{title}" has neither a due date nor an owner: add "due: YYYY-MM-DD" and "owner:".',
    },
  },
  check(ctx) {
    for (const { entry, element } of elementsOf(ctx)) {
      for (const a of element.actions) {
        if (isDone(a) || (a.due && a.owner)) continue;
        const messageId = !a.due && !a.owner ? 'neither' : !a.due ? 'noDue' : 'noOwner';
        ctx.report({ file: entry.file, node: a.node, messageId, criterion: entry.id, element: element.code, params: { title: a.title ?? '?' } });
      }
    }
  },
});
