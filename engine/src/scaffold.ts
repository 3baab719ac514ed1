/**
 * Text of a new dossier or criterion file, from the catalogue. Pure: the caller writes the
 * files (and never over an existing one).
 */
import { stringify } from 'yaml';
import type { Catalogue, CatalogueCriterion } from './catalogue.js';
import { WHOLE_ESTABLISHMENT } from './catalogue.js';

export interface ScaffoldOptions {
  manual: string;
  name?: string;
  finess?: string;
  visitStart?: string;
  scope: string[];
}

export function criterionFileText(c: CatalogueCriterion): string {
  const header = `# ${c.id}${c.title ? ` — ${c.title}` : ''}\n`;
  const elements = c.elements.map(e => `  ${e.id}:\n    status: a-evaluer\n`).join('');
  return `${header}criterion: ${c.id}\nowner: \nreviewed: \nelements:\n${elements || '  {}\n'}`.replace(/^owner: \nreviewed: \n/m, '');
}

export function criteriaInScope(cat: Catalogue, scope: string[]): CatalogueCriterion[] {
  const s = new Set([WHOLE_ESTABLISHMENT, ...scope]);
  return [...cat.criteria.values()].filter(c => !c.scopes || c.scopes.some(x => s.has(x)));
}

/** Files of a new dossier: relative path → text. */
export function scaffoldDossier(cat: Catalogue, o: ScaffoldOptions): Map<string, string> {
  const files = new Map<string, string>();
  const manifest: Record<string, unknown> = {
    manual: o.manual,
    establishment: { name: o.name ?? "Nom de l'établissement", ...(o.finess ? { finess: o.finess } : {}) },
    ...(o.visitStart ? { visit: { start: o.visitStart } } : {}),
    scope: o.scope,
    calista: [],
  };
  const text = stringify(manifest, { defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' })
    .replace(/^(\s*finess: )(\d+)$/m, '$1"$2"');
  files.set('dossier.yaml', `# Dossier d'auto-évaluation (${cat.id}) — créé par has-dossier init\n${text}`);
  for (const c of criteriaInScope(cat, o.scope)) files.set(`criteres/${c.id}.yaml`, criterionFileText(c));
  return files;
}
