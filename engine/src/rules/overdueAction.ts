import { defineRule, elementsOf } from './rule.js';

export default defineRule({
  code: 'overdue-action',
  defaultSeverity: 'warning',
  standalone: true,
  description: { fr: "L'échéance (`due`) d'une action est passée et l'action n'est pas faite.", en: "An action's `due` date is past and it is not done." },
  messages: {
    fr: { overdue: 'Action en retard : « {title} » devait être faite le {due}. Faites-la et notez « done: <date> », ou replanifiez-la.' },
    en: { overdue: 'Overdue action: "{title}" was due on {due}. Do it and record "done: <date>", or reschedule it.' },
  },
  check(ctx) {
    for (const { entry, element } of elementsOf(ctx)) {
      for (const a of element.actions) {
        const done = a.done && a.done.value !== false;
        if (a.due && a.due.value < ctx.asOf && !done) {
          ctx.report({
            file: entry.file,
            node: a.due.node,
            messageId: 'overdue',
            criterion: entry.id,
            element: element.code,
            params: { title: a.title ?? '?', due: a.due.value },
          });
        }
      }
    }
  },
});
