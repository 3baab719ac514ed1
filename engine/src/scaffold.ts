/**
 * Text of a new dossier or criterion file, from the catalogue. Pure: the caller writes the
 * files (and never over an existing one).
 */
import { elementsState, type Catalogue, type CatalogueCriterion } from './catalogue.js';
import { scopeIdsOf } from './scopes.js';
import { t, type Lang } from './l10n/index.js';
import { Pair, Scalar, YAMLMap } from 'yaml';
import { quoted, yamlText } from './text/yaml.js';
import { STATUSES } from './format/vocabulary.js';

export interface ScaffoldOptions {
  manual: string;
  name?: string;
  finess?: string;
  visitStart?: string;
  scope: string[];
}

/** Text on one line: line breaks (CR, LF, NEL, U+2028/9) and other control characters become spaces, so nothing can end a comment. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');

/** `text` as comment lines of at most `width` characters once written at `indent` columns with `# ` (the text of each line). */
function wrapped(text: string, indent: number, width = 96): string[] {
  const words = oneLine(text).trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && indent + 2 + line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** A commented example of evidence and of an action, to copy under an element (the text of the comment lines). */
const EXAMPLE = [
  ...wrapped(
    `Pour chaque élément : status (${STATUSES.map(s => (s === 'non-applicable' ? `${s} + justification` : s)).join(', ')}), les preuves et les actions. Exemple à recopier sous un élément :`,
    0,
  ),
  '    evidence:',
  '      - title: Procédure de gestion des habilitations',
  '        file: preuves/procedure-habilitations.pdf   # chemin depuis la racine du dossier',
  '        date: 2026-01-15',
  '    actions:',
  '      - title: Réviser la procédure avec la DSI',
  '        due: 2026-06-30',
  '        owner: Responsable qualité',
].join('\n');

/**
 * A new criterion file: the title as a header, each element with its text from the manual as a
 * comment (when the catalogue has it) and `status: a-evaluer`, and a commented example of
 * evidence and action. A criterion the catalogue lacks (`id` alone) gets one element to fill in;
 * on a criterion whose elements no source gives, a comment above `elements: {}` says where to get
 * them (in French unless asked: the dossier's files are written in French). Written through
 * `yaml`'s Document (text/yaml.ts): a title or an element text with a line break, a `#` or a
 * quote stays a comment, the code a value.
 */
export function criterionFileText(
  c: CatalogueCriterion | { id: string; title?: undefined; elements?: undefined },
  catalogueId?: string,
  lang: Lang = 'fr',
): string {
  const header = [
    `${c.id}${c.title ? ` — ${c.title}` : ''}`,
    ...(c.elements ? [] : [t(lang, 'scaffold.uncatalogued', { catalogue: catalogueId ? ` ${catalogueId}` : '' })]),
    EXAMPLE,
  ].join('\n');
  if (c.elements && elementsState(c as CatalogueCriterion) === 'unknown') {
    return yamlText({ criterion: c.id, elements: {} }, header, { elements: t(lang, 'scaffold.elementsUnknown') });
  }
  const list = c.elements ?? [{ id: 'ee01' }];
  const elements = new YAMLMap<string, YAMLMap>();
  for (const e of list) {
    const element = new YAMLMap<Scalar<string>, string>();
    const status = new Scalar('status');
    const text = 'text' in e && e.text ? wrapped(e.text, 4) : [];
    if (text.length) status.commentBefore = text.map(l => ` ${l}`).join('\n');
    element.add(new Pair(status, 'a-evaluer'));
    elements.add(new Pair(e.id, element));
  }
  return yamlText({ criterion: c.id, elements }, header);
}

/** The criteria of the catalogue that apply to a scope (values matched as `scope:` matches them); no champ given = the whole establishment. */
export function criteriaInScope(cat: Catalogue, scope: readonly string[]): CatalogueCriterion[] {
  const s = scopeIdsOf(cat, scope);
  return [...cat.criteria.values()].filter(c => appliesTo(c, s));
}

export function appliesTo(c: CatalogueCriterion, scopeIds: ReadonlySet<string>): boolean {
  return !c.scopes || c.scopes.some(x => scopeIds.has(x));
}

/** An empty value with the comment that says what to write there. */
function toComplete(): Scalar<null> {
  const s = new Scalar(null);
  s.comment = " à compléter : le nom de l'établissement (has-dossier init --name)";
  return s;
}

/** Files of a new dossier: relative path → text. */
export function scaffoldDossier(cat: Catalogue, o: ScaffoldOptions): Map<string, string> {
  const files = new Map<string, string>();
  const manifest: Record<string, unknown> = {
    manual: o.manual,
    // no name given: left empty with a comment, so that check reports it until it is filled in
    // (a placeholder name would read as the establishment's and never be reported)
    // a FINESS is a string of 9 characters: quoted, so that a leading zero is never read as a number
    establishment: { name: o.name ?? toComplete(), ...(o.finess ? { finess: quoted(o.finess) } : {}) },
    ...(o.visitStart ? { visit: { start: o.visitStart } } : {}),
    scope: o.scope,
    calista: [],
  };
  // the one empty value of the file is written empty (`name:`), not `null`
  files.set('dossier.yaml', yamlText(manifest, `Dossier d'auto-évaluation (${cat.id}) — créé par has-dossier init`, {}, { nullStr: '' }));
  for (const c of criteriaInScope(cat, o.scope)) files.set(`criteres/${c.id}.yaml`, criterionFileText(c));
  return files;
}
