import * as path from 'node:path';
import type { CheckResult } from '../check.js';
import { topKeyNode } from '../model.js';
import { criteriaWithoutFile } from '../coverage.js';
import { criterionFileText } from '../scaffold.js';
import { defineRule, type RuleContext, type RuleFinding } from './rule.js';

/**
 * The criteria of the dossier's scope that have no file, by objective (in catalogue order), the
 * impératifs apart (`missing-imperative` reports each of them on its own).
 */
export function missingCriteria(ctx: Pick<RuleContext, 'dossier' | 'catalogue'>): { objective: string; criteria: string[]; imperatives: string[] }[] {
  if (!ctx.dossier.manifest) return [];
  const missing = new Set(criteriaWithoutFile(ctx.dossier, ctx.catalogue));
  const out: { objective: string; criteria: string[]; imperatives: string[] }[] = [];
  for (const ob of ctx.catalogue.objectives.values()) {
    const here = ob.criteria.filter(c => missing.has(c));
    if (here.length) {
      out.push({
        objective: ob.id,
        criteria: here.filter(c => c.level !== 'imperatif').map(c => c.id),
        imperatives: here.filter(c => c.level === 'imperatif').map(c => c.id),
      });
    }
  }
  return out;
}

/** The files to create for these criteria: those the catalogue holds and that do not exist yet. */
export function filesToCreate(result: CheckResult, ids: readonly string[]): { file: string; text: string }[] {
  const { dossier } = result;
  return ids.flatMap(id => {
    const cr = result.catalogue?.criteria.get(id);
    const free = dossier.host.kind(path.join(dossier.root, 'criteres', `${id}.yaml`)) === undefined;
    return cr && free ? [{ file: `criteres/${id}.yaml`, text: criterionFileText(cr) }] : [];
  });
}

export default defineRule({
  code: 'missing-criterion',
  defaultSeverity: 'warning',
  description: {
    fr: "Des critères qui s'appliquent au périmètre du dossier n'ont pas de fichier : un signalement par objectif, qui les nomme (sur dossier.yaml ; les impératifs à part, par missing-imperative).",
    en: "Criteria that apply to the dossier's scope have no file: one finding per objective, naming them (on dossier.yaml; impératifs apart, by missing-imperative).",
  },
  messages: {
    fr: {
      one: "Objectif {objective} ({title}) : le critère {criteria} s'applique à ce dossier mais n'a pas de fichier. Créez-le (correctif rapide, ou `has-dossier init` qui ne réécrit rien d'existant).",
      many: "Objectif {objective} ({title}) : {count} critères s'appliquent à ce dossier sans fichier : {criteria}. Créez-les (correctif rapide, ou `has-dossier init` qui ne réécrit rien d'existant).",
      create: 'Créer {file}',
      createMany: "Créer les {count} fichiers de critères de l'objectif {objective}",
    },
    en: {
      one: 'Objective {objective} ({title}): criterion {criteria} applies to this dossier but has no file. Create it (quick fix, or `has-dossier init`, which overwrites nothing).',
      many: 'Objective {objective} ({title}): {count} criteria apply to this dossier without a file: {criteria}. Create them (quick fix, or `has-dossier init`, which overwrites nothing).',
      create: 'Create {file}',
      createMany: 'Create the {count} criterion files of objective {objective}',
    },
  },
  fix(f: RuleFinding<{ objective: string; criteria: string[] }>, { result }) {
    const files = filesToCreate(result, f.data?.criteria ?? []);
    if (!files.length) return [];
    return files.length === 1
      ? [{ messageId: 'create', params: { file: files[0].file }, edits: [], createFiles: files }]
      : [{ messageId: 'createMany', params: { count: files.length, objective: f.data!.objective }, edits: [], createFiles: files }];
  },
  check(ctx) {
    const m = ctx.dossier.manifest;
    if (!m) return;
    const anchor = m.scopeKeyNode ?? m.manual?.node ?? topKeyNode(m.file, 'manual');
    for (const g of missingCriteria(ctx)) {
      if (!g.criteria.length) continue;
      const title = ctx.catalogue.objectives.get(g.objective)?.title ?? '—';
      const params = { objective: g.objective, title, count: g.criteria.length, criteria: g.criteria.join(', ') };
      const data = { objective: g.objective, criteria: g.criteria };
      if (g.criteria.length === 1) ctx.report({ file: m.file, node: anchor, messageId: 'one', criterion: g.criteria[0], params, data });
      else ctx.report({ file: m.file, node: anchor, messageId: 'many', params, data });
    }
  },
});
