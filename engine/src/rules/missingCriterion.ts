import { topKeyNode } from '../model.js';
import { defineRule } from './rule.js';

export const WHOLE_ESTABLISHMENT = 'tout-l-etablissement';

export default defineRule({
  code: 'missing-criterion',
  defaultSeverity: 'warning',
  description: {
    fr: "Un critère qui s'applique au périmètre du dossier n'a pas de fichier (signalé sur dossier.yaml).",
    en: "A criterion that applies to the dossier's scope has no file (reported on dossier.yaml).",
  },
  messages: {
    fr: { missing: "Le critère {criterion} ({title}) s'applique à ce dossier ({why}) mais n'a pas de fichier. Créez-le (`has-dossier init` ne réécrit rien d'existant)." },
    en: { missing: 'Criterion {criterion} ({title}) applies to this dossier ({why}) but has no file. Create it (`has-dossier init` overwrites nothing).' },
  },
  check(ctx) {
    const m = ctx.dossier.manifest;
    if (!m) return;
    const present = new Set(ctx.dossier.criteria.map(c => c.id));
    const scope = new Set([WHOLE_ESTABLISHMENT, ...m.scope.map(s => s.value)]);
    const anchor = m.scopeKeyNode ?? m.manual?.node ?? topKeyNode(m.file, 'manual');
    for (const c of ctx.catalogue.criteria.values()) {
      if (present.has(c.id)) continue;
      const applies = !c.scopes || c.scopes.some(s => scope.has(s));
      if (!applies) continue;
      const why = !c.scopes
        ? (ctx.lang === 'fr' ? "champ d'application non sourcé : tout l'établissement" : 'scope not sourced: whole establishment')
        : c.scopes.filter(s => scope.has(s)).map(s => ctx.catalogue.scopeLabel(s)).join(', ');
      ctx.report({ file: m.file, node: anchor, messageId: 'missing', criterion: c.id, params: { criterion: c.id, title: c.title ?? '—', why }, data: { criterion: c.id } });
    }
  },
});
