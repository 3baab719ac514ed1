/**
 * The catalogue: a certification manual as data (schemas/<id>.json), validated by
 * schemas/catalogue.schema.json, indexed here for lookups by criterion and element.
 */
import type { ValidateFunction } from 'ajv';
import { metaAjv, schemaHash } from './ajvOptions.js';
import * as PRECOMPILED_META from './generated/metaValidator.js';
import { parseDuration, type Duration } from './dates.js';
import { t, type MessageId, type Params } from './l10n/index.js';
import type { Lang } from './types.js';

export type Level = 'standard' | 'imperatif' | 'avance';
/** How sure a fact is (see the meta-schema): seed-003 is a primary text, secondary(-toc) a public extraction, inferred deduced, grid the team's own grid. */
export type Grade = 'seed-003' | 'secondary' | 'secondary-toc' | 'inferred' | 'grid';
export const GRADES: readonly Grade[] = ['seed-003', 'secondary', 'secondary-toc', 'inferred', 'grid'];

export interface CatalogueElement {
  id: string;
  text?: string;
  method?: string;
  source: string;
  grade?: Grade;
  note?: string;
}
export interface CatalogueCriterion {
  id: string;
  title?: string;
  source: string;
  grade?: Grade;
  level?: Level;
  levelSource?: string;
  levelGrade?: Grade;
  scopes?: string[];
  scopesSource?: string;
  scopesGrade?: Grade;
  methods?: string[];
  methodsSource?: string;
  methodsGrade?: Grade;
  elementsComplete: boolean;
  elements: CatalogueElement[];
  note?: string;
}
/**
 * What is known of a criterion's elements: `complete` (every element), `partial` (some; other
 * well-formed codes accepted), `unknown` (no source gives them: any eeNN is accepted on its form,
 * none is reported missing or unknown).
 */
export type ElementsState = 'complete' | 'partial' | 'unknown';
export function elementsState(c: CatalogueCriterion): ElementsState {
  return c.elementsComplete ? 'complete' : c.elements.length ? 'partial' : 'unknown';
}
export interface CatalogueObjective {
  id: string;
  title?: string;
  source?: string;
  grade?: Grade;
  note?: string;
  criteria: CatalogueCriterion[];
}
export interface CatalogueChapter {
  id: string;
  title?: string;
  source?: string;
  grade?: Grade;
  note?: string;
  objectives: CatalogueObjective[];
}
export interface EvidenceKind {
  id: string;
  title: string;
  source: string;
  shown?: 'calista' | 'visit';
  criteria?: string[];
  maxAge?: { duration: string; basis: 'manual' | 'practice'; source: string; quote?: string };
  period?: string;
  /** how the criteria ties were made when no source names the criterion */
  criteriaNote?: string;
  /** what must follow the document: an audit's action plan, an exercise's lessons learned */
  followUp?: { expects: 'action-plan' | 'lessons'; source: string; quote?: string };
}
export interface CertificationCycle {
  validity: string;
  conditional?: { from: string; to: string };
  refused?: { from: string; to: string };
  source: string;
  quote?: string;
}
export interface VisitFacts {
  readyBefore?: { duration: string; basis: 'manual' | 'practice'; source: string; note?: string };
  governanceAudit?: { title?: string; duration?: string; source: string; participants: { role: string; title: string; uncertain?: boolean }[] };
}
export interface CatalogueRole {
  id: string;
  title: string;
  source: string;
}
export interface CatalogueSource {
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  note?: string;
}
export interface CatalogueData {
  id: string;
  title: string;
  edition?: string;
  complete: boolean;
  completeness?: string;
  sources: Record<string, CatalogueSource>;
  levels: Record<Level, { fr: string; en: string }>;
  grades?: Partial<Record<Grade, { fr: string; en: string }>>;
  methods: { id: string; code?: string; label: string; source: string; grade?: Grade; note?: string }[];
  scopes: { id: string; label: string; source: string; grade?: Grade; note?: string }[];
  chapters: CatalogueChapter[];
  evidenceKinds: EvidenceKind[];
  calista: { deadline: string; source: string; quote?: string; documents: string[] };
  certification?: CertificationCycle;
  visit?: VisitFacts;
  roles?: CatalogueRole[];
}

/**
 * Why a catalogue cannot be used, in both languages: `text(lang)` is what a user reads; `message`
 * is the English (for logs and for code that only has an Error).
 */
export class CatalogueError extends Error {
  constructor(private readonly say: (lang: Lang) => string) {
    super(say('en'));
  }
  text(lang: Lang): string {
    return this.say(lang);
  }
  /** A message of the l10n module by id. */
  static of(id: MessageId, params: Params = {}): CatalogueError {
    return new CatalogueError(lang => t(lang, id, params));
  }
}

/** A validated, indexed catalogue. */
export class Catalogue {
  readonly criteria = new Map<string, CatalogueCriterion>();
  readonly objectives = new Map<string, CatalogueObjective>();
  readonly chapters = new Map<string, CatalogueChapter>();
  readonly evidenceKinds = new Map<string, EvidenceKind>();
  readonly scopeIds: string[];
  readonly calistaDeadline: Duration;

  constructor(
    readonly data: CatalogueData,
    readonly origin: string,
  ) {
    for (const ch of data.chapters) {
      this.chapters.set(ch.id, ch);
      for (const ob of ch.objectives) {
        this.objectives.set(ob.id, ob);
        for (const cr of ob.criteria) this.criteria.set(cr.id, cr);
      }
    }
    for (const k of data.evidenceKinds) this.evidenceKinds.set(k.id, k);
    this.scopeIds = data.scopes.map(s => s.id);
    this.calistaDeadline = parseDuration(data.calista.deadline)!;
  }

  get id(): string {
    return this.data.id;
  }

  objectiveOf(criterionId: string): CatalogueObjective | undefined {
    return this.objectives.get(criterionId.slice(0, criterionId.indexOf('-')));
  }

  element(criterionId: string, ee: string): CatalogueElement | undefined {
    return this.criteria.get(criterionId)?.elements.find(e => e.id === ee);
  }

  scopeLabel(id: string): string {
    return this.data.scopes.find(s => s.id === id)?.label ?? id;
  }
  methodLabel(id: string): string {
    return this.data.methods.find(m => m.id === id || m.code === id)?.label ?? id;
  }
  /** The words of a grade in the user's language (the catalogue's own words when it gives them). */
  gradeLabel(g: Grade, lang: 'fr' | 'en'): string {
    return this.data.grades?.[g]?.[lang] ?? g;
  }

  /** Evidence kinds that the sources tie to this criterion or element. */
  evidenceFor(criterionId: string, ee?: string): EvidenceKind[] {
    return this.data.evidenceKinds.filter(k =>
      k.criteria?.some(c => c === criterionId || (ee !== undefined && c === `${criterionId}-${ee}`) || (ee === undefined && c.startsWith(criterionId + '-'))),
    );
  }
}

let metaValidator: ValidateFunction | undefined;

/** Validates raw JSON against the meta-schema and its cross-references; throws CatalogueError with a one-line reason. */
export function buildCatalogue(raw: unknown, metaSchema: object, origin: string): Catalogue {
  if (!metaValidator) {
    // the shipped meta-schema's validator is compiled ahead of time (npm run generate:schemas)
    metaValidator =
      schemaHash(metaSchema) === PRECOMPILED_META.hash
        ? (PRECOMPILED_META.meta as unknown as ValidateFunction)
        : metaAjv({ code: { optimize: false } }).compile(metaSchema);
  }
  if (!metaValidator!(raw)) {
    const e = metaValidator!.errors?.[0];
    throw CatalogueError.of('catalogue.invalid', { origin, detail: `${e?.instancePath || '/'} ${e?.message ?? ''}`.trim() });
  }
  const data = raw as CatalogueData;
  // each problem in both languages; the first is said, the others counted
  const problems: ((lang: Lang) => string)[] = [];
  type Where = (lang: Lang) => string;
  const of =
    (id: MessageId, params: Params = {}): Where =>
    lang =>
      t(lang, id, params);
  const problem = (id: MessageId, params: Record<string, string | Where>) =>
    problems.push(lang => t(lang, id, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'function' ? v(lang) : v]))));
  const criterion =
    (id: string): Where =>
    lang =>
      `${t(lang, 'catalogue.of.criterion')} ${id}`;
  const known = new Set(Object.keys(data.sources));
  const ref = (where: Where | string, s: string | undefined) => {
    if (s !== undefined && !known.has(s)) problem('catalogue.unknownSource', { where, source: s });
  };
  const methods = new Set(data.methods.flatMap(m => (m.code ? [m.id, m.code] : [m.id])));
  const scopes = new Set(data.scopes.map(s => s.id));
  const seen = new Set<string>();
  // an id given twice would make the generated schemas invalid (ajv: "schema is invalid"): say which
  const twice = (what: Where, ids: readonly string[]) => {
    const once = new Set<string>();
    for (const id of ids) {
      if (once.has(id)) problem('catalogue.twice', { what, id });
      once.add(id);
    }
  };
  twice(
    of('catalogue.of.kind'),
    data.evidenceKinds.map(k => k.id),
  );
  twice(
    of('catalogue.of.scope'),
    data.scopes.map(s => s.id),
  );
  twice(
    of('catalogue.of.method'),
    data.methods.map(m => m.id),
  );
  twice(
    of('catalogue.of.role'),
    (data.roles ?? []).map(r => r.id),
  );
  twice(
    of('catalogue.of.chapter'),
    data.chapters.map(c => c.id),
  );
  twice(
    of('catalogue.of.objective'),
    data.chapters.flatMap(c => c.objectives.map(o => o.id)),
  );
  twice(of('catalogue.of.calista'), data.calista.documents);
  for (const ch of data.chapters) {
    ref(lang => `${t(lang, 'catalogue.of.chapter')} ${ch.id}`, ch.source);
    for (const ob of ch.objectives) {
      ref(lang => `${t(lang, 'catalogue.of.objective')} ${ob.id}`, ob.source);
      if (!ob.id.startsWith(ch.id + '.')) problem('catalogue.notInChapter', { objective: ob.id, chapter: ch.id });
      for (const cr of ob.criteria) {
        if (!cr.id.startsWith(ob.id + '-')) problem('catalogue.notInObjective', { criterion: cr.id, objective: ob.id });
        if (seen.has(cr.id)) problem('catalogue.criterionTwice', { criterion: cr.id });
        seen.add(cr.id);
        ref(criterion(cr.id), cr.source);
        ref(of('catalogue.of.level', { criterion: cr.id }), cr.levelSource);
        ref(of('catalogue.of.scopes', { criterion: cr.id }), cr.scopesSource);
        for (const s of cr.scopes ?? []) if (!scopes.has(s)) problem('catalogue.unknownScope', { criterion: cr.id, scope: s });
        ref(of('catalogue.of.methods', { criterion: cr.id }), cr.methodsSource);
        for (const m of cr.methods ?? []) if (!methods.has(m)) problem('catalogue.unknownMethod', { where: criterion(cr.id), method: m });
        twice(
          of('catalogue.of.element', { criterion: cr.id }),
          cr.elements.map(e => e.id),
        );
        for (const el of cr.elements) {
          ref(`${cr.id}-${el.id}`, el.source);
          if (el.method && !methods.has(el.method)) problem('catalogue.unknownMethod', { where: `${cr.id}-${el.id}`, method: el.method });
        }
      }
    }
  }
  for (const k of data.evidenceKinds) {
    ref(of('catalogue.of.kindDuration', { kind: k.id }), k.source);
    if (k.maxAge) ref(of('catalogue.of.maxAge', { kind: k.id }), k.maxAge.source);
    if (k.maxAge && !parseDuration(k.maxAge.duration))
      problem('catalogue.badDuration', { where: of('catalogue.of.kindDuration', { kind: k.id }), duration: k.maxAge.duration });
  }
  for (const d of data.calista.documents) if (!data.evidenceKinds.some(k => k.id === d)) problem('catalogue.unknownKind', { kind: d });
  if (!parseDuration(data.calista.deadline)) problem('catalogue.badDeadline', { deadline: data.calista.deadline });
  ref('calista', data.calista.source);
  for (const m of data.methods) ref(lang => `${t(lang, 'catalogue.of.method')} ${m.id}`, m.source);
  for (const k of data.evidenceKinds) if (k.followUp) ref(of('catalogue.of.followUp', { kind: k.id }), k.followUp.source);
  const cycle = data.certification;
  if (cycle) {
    ref('certification', cycle.source);
    for (const d of [cycle.validity, cycle.conditional?.from, cycle.conditional?.to, cycle.refused?.from, cycle.refused?.to]) {
      if (d !== undefined && !parseDuration(d)) problem('catalogue.badDuration', { where: 'certification', duration: d });
    }
  }
  if (data.visit?.readyBefore) ref('visit.readyBefore', data.visit.readyBefore.source);
  if (data.visit?.governanceAudit) ref('visit.governanceAudit', data.visit.governanceAudit.source);
  for (const r of data.roles ?? []) ref(lang => `${t(lang, 'catalogue.of.role')} ${r.id}`, r.source);
  for (const s of data.scopes) ref(lang => `${t(lang, 'catalogue.of.scope')} ${s.id}`, s.source);
  if (problems.length) {
    throw new CatalogueError(
      lang =>
        t(lang, 'catalogue.problem', { origin, problem: problems[0](lang) }) +
        (problems.length > 1 ? t(lang, 'catalogue.more', { n: problems.length - 1 }) : ''),
    );
  }
  return new Catalogue(data, origin);
}

/** The scope every criterion without `scopes` applies to, and every dossier has. */
export const WHOLE_ESTABLISHMENT = 'tout-l-etablissement';
export { CRITERION_ID, ELEMENT_ID, parseCriterionCode, parseElementCode, REFERENCE_PATTERN, type CodeRef } from './codes.js';
