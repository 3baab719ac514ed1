/**
 * A catalogue from a team's grid: rows of a spreadsheet or CSV (one per element of evaluation)
 * → catalogue data, validated by the meta-schema. Column names are recognised in French and
 * English with common variants; a mapping names the others. Every row that cannot be taken is
 * reported with its row number and why: nothing is dropped silently.
 *
 * The evidence kinds, the CALISTA list, the certification cycle, the visit facts and the roles
 * are not in a grid: they come from a base catalogue (the bundled one by default), with their
 * sources.
 */
import {
  WHOLE_ESTABLISHMENT,
  type CatalogueChapter,
  type CatalogueCriterion,
  type CatalogueData,
  type CatalogueElement,
  type Grade,
  type Level,
} from './catalogue.js';
import { LENIENT_CRITERION, LENIENT_ELEMENT } from './codes.js';
import { scopeKey } from './scopes.js';
import { count, t, type MessageId, type Params } from './l10n/index.js';
import type { Lang } from './types.js';

/** The fields a row can give, and the names their columns go by (compared without case, accents or punctuation). */
export const IMPORT_FIELDS = {
  chapter: ['chapitre', 'chapter', 'n chapitre', 'numero chapitre', 'chapter number', 'chapter id'],
  chapterTitle: ['titre du chapitre', 'intitule du chapitre', 'libelle chapitre', 'chapter title', 'chapter name'],
  objective: ['objectif', 'objective', 'n objectif', 'numero objectif', 'objective number', 'objective id'],
  objectiveTitle: ['titre de l objectif', 'intitule de l objectif', 'libelle objectif', 'objective title', 'objective name'],
  criterion: ['critere', 'criterion', 'code critere', 'n critere', 'numero critere', 'reference critere', 'criterion id', 'criterion code', 'criteria'],
  criterionTitle: [
    'intitule du critere',
    'titre du critere',
    'libelle critere',
    'libelle du critere',
    'enonce du critere',
    'criterion title',
    'criterion name',
    'criterion label',
  ],
  level: ['niveau', 'niveau d exigence', 'exigence', 'type de critere', 'level', 'requirement level', 'criterion level'],
  scopes: ['champ d application', 'champs d application', 'champ', 'champs', 'perimetre', 'scope', 'scopes', 'applies to'],
  element: ['ee', 'element', 'element d evaluation', 'code ee', 'n ee', 'numero ee', 'element id', 'element code', 'ee code', 'evaluation element'],
  elementText: [
    'texte de l ee',
    'texte ee',
    'texte de l element',
    'libelle ee',
    'intitule ee',
    'enonce de l ee',
    'element text',
    'ee text',
    'element wording',
    'text',
  ],
  method: ['methode', 'methode d evaluation', 'method', 'evaluation method', 'methode d evaluation ee'],
} as const;
export type ImportField = keyof typeof IMPORT_FIELDS;

/** Canonical headers, as `catalogue template` and `catalogue export` write them. */
export const TEMPLATE_HEADERS: Record<'fr' | 'en', Record<ImportField, string>> = {
  fr: {
    chapter: 'Chapitre',
    chapterTitle: 'Titre du chapitre',
    objective: 'Objectif',
    objectiveTitle: "Titre de l'objectif",
    criterion: 'Critère',
    criterionTitle: 'Intitulé du critère',
    level: 'Niveau',
    scopes: "Champs d'application",
    element: 'EE',
    elementText: "Texte de l'EE",
    method: 'Méthode',
  },
  en: {
    chapter: 'Chapter',
    chapterTitle: 'Chapter title',
    objective: 'Objective',
    objectiveTitle: 'Objective title',
    criterion: 'Criterion',
    criterionTitle: 'Criterion title',
    level: 'Level',
    scopes: 'Scope',
    element: 'EE',
    elementText: 'Element text',
    method: 'Method',
  },
};
export const FIELD_ORDER = Object.keys(TEMPLATE_HEADERS.fr) as ImportField[];

/** The evaluation methods of the manual, by code and by name. */
/** The five evaluation methods by name (only ASY is attested as an element-code suffix); used when there is no base. */
const METHODS: CatalogueData['methods'] = [
  { id: 'patient-traceur', label: 'Patient traceur', source: 'import' },
  { id: 'parcours-traceur', label: 'Parcours traceur', source: 'import' },
  { id: 'traceur-cible', label: 'Traceur ciblé', source: 'import' },
  { id: 'ASY', code: 'ASY', label: 'Audit système', source: 'import' },
  { id: 'observation', label: 'Observation', source: 'import' },
];

export function normaliseHeader(h: string): string {
  return h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[°º]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
const norm = normaliseHeader;

export interface ImportOptions {
  /** id and title of the new catalogue */
  id: string;
  title: string;
  /** the grid has every criterion of the manual */
  complete?: boolean;
  /** their header → our field, for columns we do not recognise */
  columns?: Record<string, string>;
  /** evidence kinds, CALISTA, cycle, roles, titles of chapters and objectives the grid does not give */
  base?: CatalogueData;
  /** the language of the reasons (default French) */
  lang?: Lang;
}

export interface RejectedRow {
  row: number;
  reason: string;
}
export interface ImportResult {
  catalogue: CatalogueData;
  rejected: RejectedRow[];
  rows: number;
  headers: Partial<Record<ImportField, string>>;
  ignoredColumns: string[];
  /** what the grid's own rows gave (the rest comes from the base) */
  fromGrid: { criteria: number; elements: number };
}

export class ImportError extends Error {}

/**
 * `table[0]` is the header row; `rowNumbers[i]` the spreadsheet row of `table[i]` (1-based, as
 * the spreadsheet shows it).
 */
export function importCatalogue(table: string[][], rowNumbers: number[], o: ImportOptions): ImportResult {
  const lang = o.lang ?? 'fr';
  const say = (id: MessageId, params?: Params) => t(lang, id, params);
  if (!table.length) throw new ImportError(say('import.empty'));
  const header = table[0];
  const byName = new Map<string, ImportField>();
  for (const [field, names] of Object.entries(IMPORT_FIELDS) as [ImportField, readonly string[]][]) for (const n of names) byName.set(n, field);
  for (const [theirs, ours] of Object.entries(o.columns ?? {})) {
    if (!(ours in IMPORT_FIELDS)) throw new ImportError(say('import.notAField', { field: ours, fields: FIELD_ORDER.join(', ') }));
    byName.set(norm(theirs), ours as ImportField);
  }
  const col: Partial<Record<ImportField, number>> = {};
  const headers: Partial<Record<ImportField, string>> = {};
  const ignoredColumns: string[] = [];
  header.forEach((h, i) => {
    const f = byName.get(norm(h));
    if (f && col[f] === undefined) {
      col[f] = i;
      headers[f] = h;
    } else if (h.trim()) ignoredColumns.push(h);
  });
  for (const need of ['criterion', 'element'] as const) {
    if (col[need] === undefined)
      throw new ImportError(
        say('import.noColumn', {
          fr: TEMPLATE_HEADERS.fr[need],
          en: TEMPLATE_HEADERS.en[need],
          row: rowNumbers[0],
          found: header.filter(Boolean).join(', ') || say('import.nothing'),
        }),
      );
  }

  const base = o.base;
  const baseScopes = base?.scopes ?? [];
  const knownMethods = base?.methods ?? METHODS;
  /** champs the grid declares of its own (a label no base champ has): a new id, the grid as source */
  const ownScopes: CatalogueData['scopes'] = [];
  /** method codes the grid uses of its own (not HAS's) */
  const ownMethods: CatalogueData['methods'] = [];
  const rejected: RejectedRow[] = [];
  const chapters = new Map<
    string,
    { title?: string; titleRow?: number; objectives: Map<string, { title?: string; titleRow?: number; criteria: Map<string, Crit> }> }
  >();
  interface Crit {
    c: CatalogueCriterion;
    row: number;
    elementRows: Map<string, number>;
  }
  const methodsUsed = new Set<string>();
  const scopesUsed = new Set<string>();
  let rows = 0;

  for (let i = 1; i < table.length; i++) {
    const cells = table[i];
    const row = rowNumbers[i];
    if (cells.every(c => !c.trim())) continue; // a blank line is not a row of the grid
    rows++;
    const get = (f: ImportField) => (col[f] === undefined ? '' : (cells[col[f]!] ?? '').trim());
    const reject = (id: MessageId, params?: Params) => rejected.push({ row, reason: say(id, params) });

    const ref = LENIENT_CRITERION.exec(get('criterion').replace(/\s+/g, ''));
    if (!get('criterion')) {
      reject('import.noCriterion');
      continue;
    }
    if (!ref) {
      reject('import.badCriterion', { value: get('criterion') });
      continue;
    }
    const criterionId = `${ref[1]}.${ref[2]}-${ref[3].padStart(2, '0')}`;
    const eeText = get('element') || (ref[4] ? ref[4] : '');
    const ee = LENIENT_ELEMENT.exec(eeText.replace(/\s+/g, ''));
    if (!eeText) {
      reject('import.noElement', { criterion: criterionId });
      continue;
    }
    if (!ee || Number(ee[1]) === 0) {
      reject('import.badElement', { value: eeText });
      continue;
    }
    const elementId = `ee${ee[1].padStart(2, '0')}`;
    const chapterId = criterionId[0],
      objectiveId = criterionId.slice(0, 3);
    const chapterCell = get('chapter').replace(/^(chapitre|chapter)\s*/i, '');
    if (chapterCell && chapterCell !== chapterId) {
      reject('import.wrongChapter', { value: get('chapter'), criterion: criterionId, chapter: chapterId });
      continue;
    }
    const objectiveCell = get('objective').replace(/^(objectif|objective)\s*/i, '');
    if (objectiveCell && objectiveCell !== objectiveId) {
      reject('import.wrongObjective', { value: get('objective'), criterion: criterionId, objective: objectiveId });
      continue;
    }

    const levelCell = get('level');
    const level = levelCell ? LEVELS[norm(levelCell)] : undefined;
    if (levelCell && !level) {
      reject('import.badLevel', { value: levelCell });
      continue;
    }

    const scopes: string[] = [];
    let badScope: string | undefined;
    for (const s of get('scopes')
      .split(/[,;\n|/]+/)
      .map(x => x.trim())
      .filter(Boolean)) {
      const found = [...baseScopes, ...ownScopes].find(b => scopeKey(b.id) === scopeKey(s) || scopeKey(b.label) === scopeKey(s));
      if (found) {
        if (!scopes.includes(found.id)) scopes.push(found.id);
        continue;
      }
      const id = s
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      if (!id) {
        badScope = s;
        break;
      }
      ownScopes.push({ id, label: s, source: SOURCE, grade: 'grid', note: "Champ d'application déclaré par la grille de l'équipe." });
      scopes.push(id);
    }
    if (badScope) {
      reject('import.badScope', { value: badScope, known: baseScopes.map(s => s.id).join(', ') || say('visit.none') });
      continue;
    }

    const methodCell = get('method') || ref[5] || (/-([A-Z]{2,5})$/.exec(eeText)?.[1] ?? '');
    let method: string | undefined;
    if (methodCell) {
      const key = scopeKey(methodCell);
      method = [...knownMethods, ...ownMethods].find(m => scopeKey(m.id) === key || (m.code && scopeKey(m.code) === key) || scopeKey(m.label) === key)?.id;
      if (!method && /^[A-Z]{2,5}$/.test(methodCell)) {
        // a code of the team's own grid: kept as the grid's, never presented as one of the manual's
        ownMethods.push({
          id: methodCell,
          code: methodCell,
          label: methodCell,
          source: SOURCE,
          grade: 'grid',
          note: "Code de méthode de la grille de l'équipe (pas un code de la HAS).",
        });
        method = methodCell;
      }
      if (!method) {
        reject('import.badMethod', { value: methodCell, known: knownMethods.map(m => `${m.label}${m.code ? ` (${m.code})` : ''}`).join(', ') });
        continue;
      }
    }

    let ch = chapters.get(chapterId);
    if (!ch) chapters.set(chapterId, (ch = { objectives: new Map() }));
    let ob = ch.objectives.get(objectiveId);
    if (!ob) ch.objectives.set(objectiveId, (ob = { criteria: new Map() }));
    const title = get('criterionTitle') || undefined;
    let cr = ob.criteria.get(criterionId);
    if (cr) {
      // the criterion's own columns must agree across its rows
      if (title && cr.c.title && title !== cr.c.title) {
        reject('import.titleDiffers', { criterion: criterionId, row: cr.row });
        continue;
      }
      if (level && cr.c.level && level !== cr.c.level) {
        reject('import.levelDiffers', { criterion: criterionId, value: levelCell, row: cr.row });
        continue;
      }
      if (scopes.length && cr.c.scopes && scopes.join() !== cr.c.scopes.join()) {
        reject('import.scopesDiffer', { criterion: criterionId, row: cr.row });
        continue;
      }
      const dup = cr.elementRows.get(elementId);
      if (dup) {
        reject('import.duplicate', { element: `${criterionId}-${elementId}`, row: dup });
        continue;
      }
    }
    const chapterTitle = get('chapterTitle'),
      objectiveTitle = get('objectiveTitle');
    if (chapterTitle && ch.title && chapterTitle !== ch.title) {
      reject('import.chapterTitleDiffers', { chapter: chapterId, row: ch.titleRow });
      continue;
    }
    if (objectiveTitle && ob.title && objectiveTitle !== ob.title) {
      reject('import.objectiveTitleDiffers', { objective: objectiveId, row: ob.titleRow });
      continue;
    }

    if (!cr) {
      ob.criteria.set(
        criterionId,
        (cr = { c: { id: criterionId, source: SOURCE, grade: 'grid', elementsComplete: true, elements: [] }, row, elementRows: new Map() }),
      );
    }
    if (title) cr.c.title = title;
    if (level) {
      cr.c.level = level;
      cr.c.levelSource = SOURCE;
      cr.c.levelGrade = 'grid';
    }
    if (scopes.length) {
      cr.c.scopes = scopes;
      cr.c.scopesSource = SOURCE;
      cr.c.scopesGrade = 'grid';
      scopes.forEach(s => scopesUsed.add(s));
    }
    if (chapterTitle && !ch.title) {
      ch.title = chapterTitle;
      ch.titleRow = row;
    }
    if (objectiveTitle && !ob.title) {
      ob.title = objectiveTitle;
      ob.titleRow = row;
    }
    const el: CatalogueElement = { id: elementId, source: SOURCE, grade: 'grid' };
    const text = get('elementText');
    if (text) el.text = text;
    if (method) {
      el.method = method;
      methodsUsed.add(method);
    }
    cr.c.elements.push(el);
    cr.elementRows.set(elementId, row);
  }

  const sources: CatalogueData['sources'] = { ...(base?.sources ?? {}) };
  sources[SOURCE] = {
    title: o.title,
    publisher: 'has-dossier catalogue import',
    note: t('fr', 'import.note', { rows: count('fr', 'import.rowsRead', rows), rejected: count('fr', 'cli.rejected', rejected.length) }),
  };
  const baseChapter = (id: string) => base?.chapters.find(c => c.id === id);
  const gridCriteria = [...chapters.values()].flatMap(ch => [...ch.objectives.values()].flatMap(ob => [...ob.criteria.values()]));
  const fromGrid = { criteria: gridCriteria.length, elements: gridCriteria.reduce((n, c) => n + c.c.elements.length, 0) };
  // The grid over the base: what the grid does not give (a criterion it does not list, a title,
  // a level, champs, an element's text) is the base's, with the base's source and grade.
  for (const bc of base?.chapters ?? []) {
    let ch = chapters.get(bc.id);
    if (!ch) chapters.set(bc.id, (ch = { objectives: new Map() }));
    for (const bo of bc.objectives) {
      let ob = ch.objectives.get(bo.id);
      if (!ob) ch.objectives.set(bo.id, (ob = { criteria: new Map() }));
      for (const bcr of bo.criteria) {
        const cr = ob.criteria.get(bcr.id);
        if (!cr) {
          ob.criteria.set(bcr.id, { c: structuredClone(bcr), row: 0, elementRows: new Map() });
          continue;
        }
        overlay(cr.c, bcr);
        bcr.methods?.forEach(m => methodsUsed.add(m));
      }
      for (const { c } of ob.criteria.values()) {
        c.scopes?.forEach(s => scopesUsed.add(s));
        c.elements.forEach(e => {
          if (e.method) methodsUsed.add(e.method);
        });
        c.methods?.forEach(m => methodsUsed.add(m));
      }
    }
  }
  const chapterList: CatalogueChapter[] = [...chapters.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, ch]) => {
      const bc = baseChapter(id);
      return {
        id,
        ...titled(ch.title, bc),
        objectives: [...ch.objectives.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([oid, ob]) => {
            const bo = bc?.objectives.find(x => x.id === oid);
            return {
              id: oid,
              ...titled(ob.title, bo),
              criteria: [...ob.criteria.values()]
                .map(c => c.c)
                .sort((a, b) => (a.id < b.id ? -1 : 1))
                .map(c => ({ ...c, elements: [...c.elements].sort((a, b) => (a.id < b.id ? -1 : 1)) })),
            };
          }),
      };
    });
  const catalogue: CatalogueData = {
    id: o.id,
    title: o.title,
    complete: Boolean(o.complete),
    completeness: base
      ? `Grille importée sur ${base.id} : ce que la grille ne donne pas (critères, intitulés, niveaux, champs, textes) vient de ${base.id}, avec sa source.`
      : o.complete
        ? 'Grille complète importée.'
        : 'Grille importée ; les critères absents de la grille ne sont pas connus.',
    sources,
    levels: base?.levels ?? {
      standard: { fr: 'Standard', en: 'Standard' },
      imperatif: { fr: 'Impératif', en: 'Imperative' },
      avance: { fr: 'Avancé', en: 'Advanced' },
    },
    methods: [...methodsUsed].sort().map(id => [...knownMethods, ...ownMethods].find(m => m.id === id)!),
    scopes: [...baseScopes.filter(s => scopesUsed.has(s.id) || s.id === WHOLE_ESTABLISHMENT), ...ownScopes],
    chapters: chapterList,
    evidenceKinds: base?.evidenceKinds ?? [],
    calista: base?.calista ?? { deadline: '2 months', source: SOURCE, documents: [] },
  };
  if (base?.certification) catalogue.certification = base.certification;
  if (base?.visit) catalogue.visit = base.visit;
  if (base?.roles) catalogue.roles = base.roles;
  if (base?.edition) catalogue.edition = base.edition;
  return { catalogue, rejected, rows, headers, ignoredColumns, fromGrid };
}

const SOURCE = 'import';

/**
 * A criterion of the grid completed by the base's facts where the grid gives none; where the grid
 * says what the base says, the base's source and grade are kept (a round trip changes nothing).
 */
function overlay(c: CatalogueCriterion, b: CatalogueCriterion): void {
  if (c.title === undefined || c.title === b.title) {
    if (b.title !== undefined) {
      c.title = b.title;
      c.source = b.source;
      setGrade(c, 'grade', b.grade);
    }
  }
  if (c.level === undefined || c.level === b.level) {
    if (b.level !== undefined) {
      c.level = b.level;
      c.levelSource = b.levelSource ?? b.source;
      setGrade(c, 'levelGrade', b.levelGrade);
    }
  }
  if (c.scopes === undefined || c.scopes.join() === b.scopes?.join()) {
    if (b.scopes !== undefined) {
      c.scopes = [...b.scopes];
      c.scopesSource = b.scopesSource ?? b.source;
      setGrade(c, 'scopesGrade', b.scopesGrade);
    }
  }
  if (c.methods === undefined && b.methods !== undefined) {
    c.methods = [...b.methods];
    c.methodsSource = b.methodsSource ?? b.source;
    setGrade(c, 'methodsGrade', b.methodsGrade);
  }
  // a grid that lists exactly the base's elements of a partly known criterion knows no more than the base
  if (!b.elementsComplete && c.elements.length === b.elements.length && c.elements.every(e => b.elements.some(x => x.id === e.id))) {
    c.elementsComplete = false;
    if (b.note) c.note = b.note;
  }
  for (const e of c.elements) {
    const be = b.elements.find(x => x.id === e.id);
    if (!be) continue;
    // the grid's element is the base's when it gives no other text: the base's text, source and grade
    if (e.text === undefined || e.text === be.text) {
      if (be.text !== undefined) e.text = be.text;
      e.source = be.source;
      setGrade(e, 'grade', be.grade);
      if (be.note) e.note = be.note;
    }
    if (e.method === undefined && be.method !== undefined) e.method = be.method;
  }
}

function setGrade<K extends string>(o: Partial<Record<K, Grade>>, key: K, grade: Grade | undefined): void {
  if (grade) o[key] = grade;
  else delete o[key];
}

/** A title from the grid, or the base's; the base's source is kept when the grid says the same (a round trip changes nothing). */
function titled(given: string | undefined, base: { title?: string; source?: string } | undefined): { title?: string; source?: string } {
  const title = given ?? base?.title;
  if (title === undefined) return {};
  const source = base?.title === title ? base.source : SOURCE;
  return source === undefined ? { title } : { title, source };
}

const LEVELS: Record<string, Level> = {
  standard: 'standard',
  std: 'standard',
  s: 'standard',
  imperatif: 'imperatif',
  imperative: 'imperatif',
  imp: 'imperatif',
  i: 'imperatif',
  mandatory: 'imperatif',
  avance: 'avance',
  advanced: 'avance',
  a: 'avance',
};

export const LEVEL_WORDS: Record<Level, string> = { standard: 'standard', imperatif: 'impératif', avance: 'avancé' };

/** The rows of a catalogue, in the template's columns (export, and the round trip). */
export function catalogueRows(c: CatalogueData): Record<ImportField, string>[] {
  const out: Record<ImportField, string>[] = [];
  for (const ch of c.chapters) {
    for (const ob of ch.objectives) {
      for (const cr of ob.criteria) {
        for (const el of cr.elements) {
          out.push({
            chapter: ch.id,
            chapterTitle: ch.title ?? '',
            objective: ob.id,
            objectiveTitle: ob.title ?? '',
            criterion: cr.id,
            criterionTitle: cr.title ?? '',
            level: cr.level ? LEVEL_WORDS[cr.level] : '',
            scopes: (cr.scopes ?? []).join(', '),
            element: el.id,
            elementText: el.text ?? '',
            method: el.method ?? '',
          });
        }
      }
    }
  }
  return out;
}

/** RFC 4180 CSV with `;` (what French Excel opens), a BOM and CRLF. */
export function toCsv(rows: string[][]): string {
  const cell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return '\ufeff' + rows.map(r => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

export function exportCatalogueCsv(c: CatalogueData, lang: 'fr' | 'en' = 'fr'): string {
  const h = TEMPLATE_HEADERS[lang];
  return toCsv([FIELD_ORDER.map(f => h[f]), ...catalogueRows(c).map(r => FIELD_ORDER.map(f => r[f]))]);
}
