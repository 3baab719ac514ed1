import { isDone } from '../paqss.js';
import { ELEMENT_STATE_TERMS } from '../format/vocabulary.js';
import { defineRule, elementsOf } from './rule.js';

export default defineRule({
  code: 'no-action-plan',
  defaultSeverity: 'warning',
  absence: true,
  description: {
    fr: "Un élément `non-conforme` ou `partiel` n'a aucune action ouverte (PAQSS) ; erreur sur un critère impératif.",
    en: 'An element `non-conforme` or `partiel` has no open action (PAQSS); an error on an impératif criterion.',
  },
  messages: {
    fr: {
      none: "{criterion}-{element} est {status} sans action corrective : ajoutez sous « actions: » une action avec « title », « owner » et « due » (les experts-visiteurs demanderont le plan d'actions).",
      allDone: '{criterion}-{element} est encore {status} alors que toutes ses actions sont faites : ajoutez une nouvelle action ou mettez le statut à jour.',
    },
    en: {
      none: '{criterion}-{element} is {status} with no corrective action: add under "actions:" an action with "title", "owner" and "due" (the expert visitors will ask for the action plan).',
      allDone: '{criterion}-{element} is still {status} while all its actions are done: add a new action or update the status.',
    },
  },
  check(ctx) {
    for (const { entry, element, catalogued } of elementsOf(ctx)) {
      const status = element.status?.value;
      if (status !== 'non-conforme' && status !== 'partiel') continue;
      if (element.actions.some(a => !isDone(a))) continue;
      ctx.report({
        file: entry.file,
        node: element.status!.node,
        messageId: element.actions.length ? 'allDone' : 'none',
        criterion: entry.id,
        element: element.code,
        severity: catalogued?.level === 'imperatif' ? 'error' : undefined,
        params: { criterion: entry.id ?? '?', element: element.key, status: ELEMENT_STATE_TERMS[status].label[ctx.lang] },
      });
    }
  },
});
