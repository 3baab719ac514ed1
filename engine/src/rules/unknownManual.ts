import { topKeyNode } from '../model.js';
import { defineRule } from './rule.js';

export default defineRule({
  code: 'unknown-manual',
  defaultSeverity: 'error',
  standalone: true,
  description: {
    fr: '`manual:` ne désigne pas un catalogue lisible (identifiant inconnu, fichier absent ou invalide).',
    en: '`manual:` names no readable catalogue (unknown id, missing or invalid file).',
  },
  messages: {
    fr: { unknown: 'Catalogue introuvable ou invalide : {detail}. Catalogues disponibles : {available} (`has-dossier catalogue list`).' },
    en: { unknown: 'Catalogue not found or invalid: {detail}. Available catalogues: {available} (`has-dossier catalogue list`).' },
  },
  check(ctx) {
    const m = ctx.dossier.manifest;
    if (!m || ctx.catalogueProblem === undefined) return;
    ctx.report({
      file: m.file,
      node: m.manual?.node ?? topKeyNode(m.file, 'manual'),
      messageId: 'unknown',
      params: { detail: ctx.catalogueProblem, available: ctx.availableCatalogues.join(', ') || '—' },
    });
  },
});
