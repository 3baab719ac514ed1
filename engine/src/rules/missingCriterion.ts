import * as path from 'node:path';
import { WHOLE_ESTABLISHMENT } from '../catalogue.js';
import { topKeyNode } from '../model.js';
import { criterionFileText } from '../scaffold.js';
import { defineRule, type RuleFinding } from './rule.js';

export default defineRule({
  code: 'missing-criterion',
  defaultSeverity: 'warning',
  description: {
    fr: "Un critère qui s'applique au périmètre du dossier n'a pas de fichier (signalé sur dossier.yaml).",
    en: "A criterion that applies to the dossier's scope has no file (reported on dossier.yaml).",
  },
  messages: {
    fr: {
      missing: "Le critère {criterion} ({title}) s'applique à ce dossier ({why}) mais n'a pas de fichier. Créez-le (`has-dossier init` ne réécrit rien d'existant).",
      create: 'Créer {file}',
    },
    en: {
      missing: 'Criterion {criterion} ({title}) applies to this dossier ({why}) but has no file. Create it (`has-dossier init` overwrites nothing).',
      create: 'Create {file}',
    },
  },
  fix(f: RuleFinding<{ criterion: string }>, { result }) {
    const id = f.data?.criterion;
    const cr = id ? result.catalogue?.criteria.get(id) : undefined;
    if (!id || !cr) return [];
    const { dossier } = result;
    if (dossier.host.kind(path.join(dossier.root, 'criteres', `${id}.yaml`)) !== undefined) return [];
    const file = `criteres/${id}.yaml`;
    return [{ messageId: 'create', params: { file }, edits: [], createFiles: [{ file, text: criterionFileText(cr) }] }];
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
