import { defineRule } from './rule.js';

export default defineRule({
  code: 'uncatalogued-criterion',
  defaultSeverity: 'info',
  description: {
    fr: "Un critère bien formé d'un objectif existant que le catalogue, partiel, ne contient pas (ses éléments ne sont vérifiés que sur la forme).",
    en: 'A well-formed criterion of an existing objective that a partial catalogue does not hold (its elements are checked for form only).',
  },
  messages: {
    fr: {
      uncatalogued:
        "Le critère {criterion} n'est pas dans le catalogue {manual}, qui est partiel : ses éléments ne sont vérifiés que sur la forme. Importez la grille complète (`has-dossier catalogue import`).",
    },
    en: {
      uncatalogued:
        'Criterion {criterion} is not in catalogue {manual}, which is partial: its elements are checked for form only. Import the full grid (`has-dossier catalogue import`).',
    },
  },
  check(ctx) {
    const cat = ctx.catalogue;
    if (cat.data.complete) return;
    for (const entry of ctx.dossier.criteria) {
      const id = entry.id;
      if (id && cat.objectives.has(id.slice(0, 3)) && !cat.criteria.has(id)) {
        ctx.report({ file: entry.file, node: entry.idNode, messageId: 'uncatalogued', criterion: id, params: { criterion: id, manual: cat.id } });
      }
    }
  },
});
