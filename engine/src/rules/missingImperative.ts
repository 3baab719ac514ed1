import { topKeyNode } from '../model.js';
import { defineRule, type RuleFinding } from './rule.js';
import { filesToCreate, missingCriteria } from './missingCriterion.js';

export default defineRule({
  code: 'missing-imperative',
  defaultSeverity: 'warning',
  description: {
    fr: "Un critère impératif qui s'applique au périmètre du dossier n'a pas de fichier (un signalement par critère, sur dossier.yaml).",
    en: "An impératif criterion that applies to the dossier's scope has no file (one finding per criterion, on dossier.yaml).",
  },
  messages: {
    fr: {
      missing:
        "Le critère impératif {criterion} ({title}) s'applique à ce dossier mais n'a pas de fichier : un impératif non satisfait peut empêcher la certification. Créez-le en priorité (correctif rapide, ou `has-dossier init`).",
      create: 'Créer {file}',
    },
    en: {
      missing:
        'Impératif criterion {criterion} ({title}) applies to this dossier but has no file: an unmet imperative can prevent certification. Create it first (quick fix, or `has-dossier init`).',
      create: 'Create {file}',
    },
  },
  fix(f: RuleFinding<{ criterion: string }>, { result }) {
    const files = filesToCreate(result, f.data ? [f.data.criterion] : []);
    return files.length ? [{ messageId: 'create', params: { file: files[0].file }, isPreferred: true, edits: [], createFiles: files }] : [];
  },
  check(ctx) {
    const m = ctx.dossier.manifest;
    if (!m) return;
    const anchor = m.scopeKeyNode ?? m.manual?.node ?? topKeyNode(m.file, 'manual');
    for (const g of missingCriteria(ctx)) {
      for (const id of g.imperatives) {
        ctx.report({
          file: m.file,
          node: anchor,
          messageId: 'missing',
          criterion: id,
          params: { criterion: id, title: ctx.catalogue.criteria.get(id)?.title ?? '—' },
          data: { criterion: id },
        });
      }
    }
  },
});
