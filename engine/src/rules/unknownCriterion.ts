import { closest } from 'fastest-levenshtein';
import { CRITERION_ID, parseCriterionCode } from '../catalogue.js';
import { topKeyNode } from '../model.js';
import { distanceOk } from '../validation.js';
import { defineRule, didYouMean, replaceFix } from './rule.js';

export default defineRule({
  code: 'unknown-criterion',
  defaultSeverity: 'error',
  description: {
    fr: "`criterion:` n'est pas un critère du manuel : mal formé, hors de ses chapitres et objectifs, ou absent d'un catalogue complet.",
    en: '`criterion:` is not in the manual: malformed, outside its chapters and objectives, or absent from a complete catalogue.',
  },
  messages: {
    fr: {
      malformed: "« {value} » n'est pas un code de critère : attendu la forme 3.4-05 (chapitre.objectif-numéro) ou Crit.3.4-05.",
      malformedDidYouMean: "« {value} » n'est pas un code de critère : vouliez-vous dire « {suggestion} » ?",
      noObjective: "Le critère {value} n'existe pas : le manuel {manual} n'a pas d'objectif {objective} (objectifs : {objectives}).",
      notInManual: "Le critère {value} n'existe pas dans le manuel {manual}.{hint}",
      missing: 'Clé « criterion » sans valeur : indiquez le code du critère (ex. 3.4-05).',
    },
    en: {
      malformed: '"{value}" is not a criterion code: expected the form 3.4-05 (chapter.objective-number) or Crit.3.4-05.',
      malformedDidYouMean: '"{value}" is not a criterion code: did you mean "{suggestion}"?',
      noObjective: 'Criterion {value} does not exist: manual {manual} has no objective {objective} (objectives: {objectives}).',
      notInManual: 'Criterion {value} does not exist in manual {manual}.{hint}',
      missing: 'Key "criterion" has no value: give the criterion code (e.g. 3.4-05).',
    },
  },
  fix: replaceFix,
  check(ctx) {
    const cat = ctx.catalogue;
    const known = [...cat.criteria.keys()];
    for (const entry of ctx.dossier.criteria) {
      const criterion = entry.id;
      if (entry.text === undefined) {
        if (entry.idNode && !(entry.idNode as { items?: unknown }).items)
          ctx.report({ file: entry.file, node: topKeyNode(entry.file, 'criterion'), messageId: 'missing' });
        continue;
      }
      if (!criterion) {
        const guess = normaliseLoose(entry.text);
        const suggestion = guess && (cat.criteria.has(guess) || cat.objectives.has(guess.slice(0, 3))) ? guess : undefined;
        ctx.report({
          file: entry.file,
          node: entry.idNode,
          messageId: suggestion ? 'malformedDidYouMean' : 'malformed',
          params: { value: entry.text, suggestion },
          data: suggestion ? { replacement: suggestion } : undefined,
        });
        continue;
      }
      const objective = criterion.slice(0, 3);
      if (!cat.objectives.has(objective)) {
        ctx.report({
          file: entry.file,
          node: entry.idNode,
          messageId: 'noObjective',
          criterion,
          params: { value: criterion, manual: cat.id, objective, objectives: [...cat.objectives.keys()].join(', ') },
        });
      } else if (cat.data.complete && !cat.criteria.has(criterion)) {
        const suggestion = known.length ? closest(criterion, known) : undefined;
        const near = suggestion && distanceOk(criterion, suggestion) ? suggestion : undefined;
        ctx.report({
          file: entry.file,
          node: entry.idNode,
          messageId: 'notInManual',
          criterion,
          params: { value: criterion, manual: cat.id, hint: didYouMean(ctx.lang, near) },
          data: near ? { replacement: near } : undefined,
        });
      }
    }
  },
});

/** `3.4.05`, `3,4-05`, `3.4-5`, `crit 3.4-05` … → `3.4-05` when the intent is clear. */
export function normaliseLoose(text: string): string | undefined {
  const m = /^\s*(?:crit(?:ère|ere)?\.?\s*)?([1-9])\s*[.,]\s*([1-9])\s*[-.,_ ]\s*(\d{1,2})\s*$/i.exec(text);
  if (!m) return undefined;
  const id = `${m[1]}.${m[2]}-${m[3].padStart(2, '0')}`;
  return CRITERION_ID.test(id) && parseCriterionCode(id) ? id : undefined;
}
