/**
 * Text of a new dossier or criterion file, from the catalogue. Pure: the caller writes the
 * files (and never over an existing one).
 */
import { elementsState, type Catalogue, type CatalogueCriterion } from './catalogue.js';
import { scopeIdsOf } from './scopes.js';
import { t, type Lang } from './l10n/index.js';
import { quoted, yamlText } from './text/yaml.js';

export interface ScaffoldOptions {
  manual: string;
  name?: string;
  finess?: string;
  visitStart?: string;
  scope: string[];
}

/** A new criterion file; on a criterion whose elements no source gives, a comment above `elements:` says where to get them (in French unless asked: the dossier's files are written in French). */
export function criterionFileText(c: CatalogueCriterion, lang: Lang = 'fr'): string {
  const elements = Object.fromEntries(c.elements.map(e => [e.id, { status: 'a-evaluer' }]));
  const keyComments: Record<string, string> = elementsState(c) === 'unknown' ? { elements: t(lang, 'scaffold.elementsUnknown') } : {};
  return yamlText({ criterion: c.id, elements }, `${c.id}${c.title ? ` — ${c.title}` : ''}`, keyComments);
}

/** The criteria of the catalogue that apply to a scope (values matched as `scope:` matches them); no champ given = the whole establishment. */
export function criteriaInScope(cat: Catalogue, scope: readonly string[]): CatalogueCriterion[] {
  const s = scopeIdsOf(cat, scope);
  return [...cat.criteria.values()].filter(c => appliesTo(c, s));
}

export function appliesTo(c: CatalogueCriterion, scopeIds: ReadonlySet<string>): boolean {
  return !c.scopes || c.scopes.some(x => scopeIds.has(x));
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
