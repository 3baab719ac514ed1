/**
 * Text of a new dossier or criterion file, from the catalogue. Pure: the caller writes the
 * files (and never over an existing one).
 */
import type { Catalogue, CatalogueCriterion } from './catalogue.js';
import { WHOLE_ESTABLISHMENT } from './catalogue.js';
import { quoted, yamlText } from './text/yaml.js';

export interface ScaffoldOptions {
  manual: string;
  name?: string;
  finess?: string;
  visitStart?: string;
  scope: string[];
}

export function criterionFileText(c: CatalogueCriterion): string {
  const elements = Object.fromEntries(c.elements.map(e => [e.id, { status: 'a-evaluer' }]));
  return yamlText({ criterion: c.id, elements }, `${c.id}${c.title ? ` — ${c.title}` : ''}`);
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
    // a FINESS is a string of 9 characters: quoted, so that a leading zero is never read as a number
    establishment: { name: o.name ?? "Nom de l'établissement", ...(o.finess ? { finess: quoted(o.finess) } : {}) },
    ...(o.visitStart ? { visit: { start: o.visitStart } } : {}),
    scope: o.scope,
    calista: [],
  };
  files.set('dossier.yaml', yamlText(manifest, `Dossier d'auto-évaluation (${cat.id}) — créé par has-dossier init`));
  for (const c of criteriaInScope(cat, o.scope)) files.set(`criteres/${c.id}.yaml`, criterionFileText(c));
  return files;
}
