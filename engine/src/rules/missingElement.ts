import { addElements } from '../edits.js';
import { topKeyNode } from '../model.js';
import { defineRule, type RuleFinding } from './rule.js';

export default defineRule({
  code: 'missing-element',
  defaultSeverity: 'warning',
  absence: true,
  description: {
    fr: "Un élément d'évaluation du critère est absent de `elements` (un signalement par fichier, qui les liste).",
    en: 'An element of evaluation of the criterion is absent from `elements` (one finding per file, listing them).',
  },
  messages: {
    fr: {
      missing: 'Éléments du critère {criterion} absents : {missing}. Ajoutez-les (au moins avec « status: a-evaluer »).',
      addMissing: 'Ajouter les éléments manquants ({list})',
    },
    en: {
      missing: 'Elements of criterion {criterion} missing: {missing}. Add them (at least with "status: a-evaluer").',
      addMissing: 'Add the missing elements ({list})',
    },
  },
  fix(f: RuleFinding<{ missing: string[] }>, { src, entry }) {
    const missing = f.data?.missing;
    const edit = entry && missing && addElements(src, entry, missing);
    return edit ? [{ messageId: 'addMissing', params: { list: missing.join(', ') }, isPreferred: true, edits: [edit] }] : [];
  },
  check(ctx) {
    for (const entry of ctx.dossier.criteria) {
      const catalogued = entry.id ? ctx.catalogue.criteria.get(entry.id) : undefined;
      if (!catalogued) continue;
      const present = new Set(entry.elements.map(e => e.code));
      const missing = catalogued.elements.map(e => e.id).filter(id => !present.has(id));
      if (!missing.length) continue;
      ctx.report({
        file: entry.file,
        node: entry.elementsPair?.key ?? topKeyNode(entry.file, 'criterion'),
        messageId: 'missing',
        criterion: entry.id,
        params: { criterion: entry.id, missing: missing.join(', ') },
        data: { missing },
      });
    }
  },
});
