/**
 * The report's data: coverage per chapter, objective and criterion, every gap, the evidence
 * timeline, the action plan and the CALISTA checklist. Pure data; `html.ts` renders it, the
 * editor's coverage view and the Markdown summary read it too.
 */
import { addDuration, type CivilDate } from '../dates.js';
import type { CheckResult } from '../check.js';
import { criteriaWithoutFile, zeroCounts, type ElementCounts } from '../coverage.js';
import { proofGapText, readinessOf, type ProofReason, type Readiness } from '../proof.js';
import type { Level } from '../catalogue.js';
import { freshnessOf, resolveEvidencePath, type DossierView } from '../evidence.js';
import { isStatus, type ElementState } from '../format/vocabulary.js';
import type { Lang, Severity } from '../types.js';
import { nodeRange } from '../yamlSource.js';
import { visitChecklist, type VisitChecklist } from '../visit.js';

export type { ElementState };

export interface ReportElement {
  id: string;
  state: ElementState;
  line?: number;
  text?: string;
  /** conforme / non-applicable: whether the dossier proves it (and why not) */
  proven?: boolean;
  reasons?: ProofReason[];
  provenAtVisit?: boolean;
  /** the team's `comment:` */
  comment?: string;
}
export interface ReportCriterion {
  id: string;
  title?: string;
  level?: Level;
  catalogued: boolean;
  /** criterion file relative to the dossier root, when there is one */
  file?: string;
  line?: number;
  /** other files that declare the same criterion (duplicate-criterion): the criterion is listed once, with all its files */
  alsoIn?: { file: string; line: number }[];
  counts: ElementCounts;
  elements: ReportElement[];
  /** errors and warnings on this criterion (not waived) */
  gaps: number;
  /** the team's `comment:` on the criterion */
  comment?: string;
}
/** An element non-conforme or partiel, with its action plan: the first thing the report's gaps list. */
export interface ReportOpenElement {
  criterion: string;
  element: string;
  state: 'non-conforme' | 'partiel';
  level?: Level;
  title?: string;
  text?: string;
  file: string;
  line: number;
  actions: ReportAction[];
  /** the gravest unwaived finding on the element (an impératif non-conforme, no action plan …) */
  severity?: Severity;
}
export interface ReportObjective {
  id: string;
  title?: string;
  criteria: ReportCriterion[];
  counts: ElementCounts;
}
export interface ReportChapter {
  id: string;
  title?: string;
  objectives: ReportObjective[];
  counts: ElementCounts;
}
export interface ReportGap {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: Severity;
  message: string;
  criterion?: string;
  element?: string;
  waived?: { reason: string; until?: string };
}
export type EvidenceState = 'valid' | 'stale' | 'expired' | 'stale-at-visit' | 'no-maximum-age' | 'undated' | 'file-missing' | 'future';
export interface ReportEvidence {
  criterion?: string;
  element?: string;
  title: string;
  kind?: string;
  file?: string;
  url?: string;
  line: number;
  source: string;
  date?: CivilDate;
  validThrough?: CivilDate;
  expires?: CivilDate;
  state: EvidenceState;
}
export interface ReportAction {
  criterion?: string;
  element?: string;
  title: string;
  due?: CivilDate;
  owner?: string;
  done: boolean | CivilDate;
  overdue: boolean;
  file: string;
  line: number;
}
export interface ReportCalistaItem {
  kind: string;
  title: string;
  listed: boolean;
  uploaded?: CivilDate;
  late: boolean;
  file?: string;
}
export interface ReportModel {
  lang: Lang;
  asOf: CivilDate;
  establishment?: { name?: string; finess?: string };
  manual: { id: string; title: string; complete: boolean; completeness?: string };
  visitStart?: CivilDate;
  calistaDeadline?: CivilDate;
  summary: CheckResult['summary'];
  totals: ElementCounts;
  /** declared and proven readiness of the whole dossier */
  readiness: Readiness;
  /** "12 éléments déclarés conformes sans preuve valable", when some claims are not proven */
  proofGap?: string;
  chapters: ReportChapter[];
  /** non-conforme and partiel elements and their action plans, gravest first */
  openElements: ReportOpenElement[];
  gaps: ReportGap[];
  evidence: ReportEvidence[];
  actions: ReportAction[];
  calista: ReportCalistaItem[];
  /** the expert visitors' checklist, the countdown and the certification cycle */
  visit: VisitChecklist;
}

const zero = zeroCounts;
function add(into: ElementCounts, c: ElementCounts): void {
  for (const k of Object.keys(into) as (keyof ElementCounts)[]) into[k] += c[k];
}

/** Share of elements that are settled in the dossier's favour (conforme or non applicable) as declared, 0..1. */
export function readiness(c: ElementCounts): number {
  return c.total ? (c.conforme + c['non-applicable']) / c.total : 0;
}

/** Share of elements whose declared conforme or non applicable the dossier proves, 0..1. */
export function provenReadiness(c: ElementCounts): number {
  return c.total ? (c.provenConforme + c.provenNonApplicable) / c.total : 0;
}

const line = (src: Parameters<typeof nodeRange>[0], node: Parameters<typeof nodeRange>[1]) => nodeRange(src, node).start.line + 1;

export function buildReportModel(result: CheckResult): ReportModel {
  const cat = result.catalogue;
  if (!cat) throw new Error("the report needs the dossier's catalogue");
  const { dossier } = result;
  const m = dossier.manifest;
  const visit = m?.visitStart?.value;

  const live = result.findings.filter(f => !f.waived && f.severity !== 'info');
  const proofs = new Map(result.proof.map(p => [`${p.file}\0${p.element}`, p]));
  const byCriterion = new Map<string, ReportCriterion>();
  for (const entry of dossier.criteria) {
    if (!entry.id) continue;
    const cov = result.coverage.find(c => c.file === entry.file.path)!;
    const catalogued = cat.criteria.get(entry.id);
    const elements: ReportElement[] = [];
    const known = catalogued?.elements.map(e => e.id) ?? [];
    for (const id of [...new Set([...known, ...entry.elements.map(e => e.code).filter((c): c is string => Boolean(c))])].sort()) {
      if (catalogued?.elementsComplete && !known.includes(id)) continue;
      const el = entry.elements.find(e => e.code === id);
      const status = el?.status?.value;
      const p = proofs.get(`${entry.file.path}\0${id}`);
      const state: ElementState = !el ? 'missing' : isStatus(status) ? status : 'a-evaluer';
      elements.push({
        id,
        state,
        line: el ? line(entry.file.source, el.keyNode) : undefined,
        text: catalogued?.elements.find(e => e.id === id)?.text,
        ...(p && (state === 'conforme' || state === 'non-applicable') ? { proven: p.proven, reasons: p.reasons, provenAtVisit: p.provenAtVisit } : {}),
        ...(el?.comment ? { comment: el.comment } : {}),
      });
    }
    const first = byCriterion.get(entry.id);
    if (first) {
      // duplicate-criterion: the first file stands for it, the others are listed beside it
      (first.alsoIn ??= []).push({ file: entry.file.path, line: line(entry.file.source, entry.idNode) });
      continue;
    }
    byCriterion.set(entry.id, {
      id: entry.id,
      title: catalogued?.title,
      level: catalogued?.level,
      catalogued: Boolean(catalogued),
      file: entry.file.path,
      line: line(entry.file.source, entry.idNode),
      counts: cov.elements,
      elements,
      gaps: live.filter(f => f.file === entry.file.path).length,
      ...(entry.comment ? { comment: entry.comment } : {}),
    });
  }
  // criteria of the dossier's scope without a file: every known element missing (none counted when the elements are unknown)
  for (const c of criteriaWithoutFile(dossier, cat)) {
    if (byCriterion.has(c.id)) continue;
    const counts = { ...zero(), total: c.elements.length, missing: c.elements.length };
    byCriterion.set(c.id, {
      id: c.id,
      title: c.title,
      level: c.level,
      catalogued: true,
      counts,
      elements: c.elements.map(e => ({ id: e.id, state: 'missing', text: e.text })),
      gaps: 0,
    });
  }
  const levelRank = (l?: Level) => (l === 'imperatif' ? 0 : 1);
  const chapters: ReportChapter[] = cat.data.chapters.map(ch => {
    const objectives = ch.objectives.map(ob => {
      const criteria = [...byCriterion.values()]
        .filter(c => c.id.startsWith(ob.id + '-'))
        .sort((a, b) => levelRank(a.level) - levelRank(b.level) || (a.id < b.id ? -1 : 1));
      const counts = zero();
      for (const c of criteria) add(counts, c.counts);
      return { id: ob.id, title: ob.title, criteria, counts };
    });
    const counts = zero();
    for (const o of objectives) add(counts, o.counts);
    return { id: ch.id, title: ch.title, objectives, counts };
  });
  const totals = zero();
  for (const ch of chapters) add(totals, ch.counts);

  const GAP_INFOS = new Set(['not-evaluated', 'stale-at-visit', 'due-soon', 'review-overdue']);
  const gaps: ReportGap[] = result.findings
    .filter(f => f.severity !== 'info' || GAP_INFOS.has(f.code))
    .map(f => ({
      file: f.file,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      code: f.code,
      severity: f.severity,
      message: f.message,
      criterion: f.criterion,
      element: f.element,
      waived: f.waived,
    }));
  // gravest first, then by criterion; waived ones and infos last
  const rank = (g: ReportGap) => (g.waived ? 3 : SEVERITY_RANK[g.severity]);
  gaps.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      cmp(a.criterion ?? '\uffff', b.criterion ?? '\uffff') ||
      cmp(a.element ?? '', b.element ?? '') ||
      cmp(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );

  // The evidence timeline uses the same freshness as the rules.
  const ctx: DossierView = { dossier, catalogue: cat };
  const evidence: ReportEvidence[] = [];
  const pushEvidence = (
    file: { path: string; source: Parameters<typeof nodeRange>[0] },
    e: (typeof dossier.criteria)[number]['elements'][number]['evidence'][number],
    criterion?: string,
    element?: string,
  ) => {
    const fresh = freshnessOf(ctx, e.kind?.value);
    const validThrough = fresh && e.date ? addDuration(e.date.value, fresh.duration) : undefined;
    const exp = e.expires?.value;
    let state: EvidenceState = !e.date ? 'undated' : fresh || exp ? 'valid' : 'no-maximum-age';
    if (validThrough && validThrough < result.asOf) state = 'stale';
    else if (exp && exp < result.asOf) state = 'expired';
    else if (visit && visit > result.asOf && ((validThrough && validThrough < visit) || (exp && exp < visit))) state = 'stale-at-visit';
    // a document dated after the as-of date is flagged; a file that is not there is missing, whatever its dates
    if (e.date && e.date.value > result.asOf) state = 'future';
    if (e.file) {
      const where = resolveEvidencePath(dossier, e.file.value);
      if (where.ok && dossier.host.kind(where.abs) !== 'file') state = 'file-missing';
    }
    evidence.push({
      criterion,
      element,
      title: e.title ?? e.kind?.value ?? '?',
      kind: e.kind?.value,
      file: e.file?.value,
      url: e.url,
      line: line(file.source, e.node),
      source: file.path,
      date: e.date?.value ?? e.uploaded?.value,
      validThrough,
      expires: exp,
      state,
    });
  };
  const actions: ReportAction[] = [];
  for (const entry of dossier.criteria) {
    for (const el of entry.elements) {
      for (const e of el.evidence) pushEvidence(entry.file, e, entry.id, el.code);
      for (const a of el.actions) {
        const done = a.done?.value ?? false;
        actions.push({
          criterion: entry.id,
          element: el.code,
          title: a.title ?? '?',
          due: a.due?.value,
          owner: ownerOf(a.node),
          done,
          overdue: done === false && Boolean(a.due && a.due.value < result.asOf),
          file: entry.file.path,
          line: line(entry.file.source, a.node),
        });
      }
    }
  }
  evidence.sort((a, b) => ((a.validThrough ?? a.expires ?? '9999') < (b.validThrough ?? b.expires ?? '9999') ? -1 : 1));
  actions.sort((a, b) => ((a.due ?? '9999') < (b.due ?? '9999') ? -1 : (a.due ?? '9999') > (b.due ?? '9999') ? 1 : a.title < b.title ? -1 : 1));

  // non-conforme and partiel elements with their action plans: gravest finding first, then non-conforme before partiel, then by criterion
  const openElements: ReportOpenElement[] = [];
  for (const c of byCriterion.values()) {
    for (const e of c.elements) {
      if ((e.state !== 'non-conforme' && e.state !== 'partiel') || !c.file) continue;
      const mine = result.findings.filter(f => !f.waived && f.file === c.file && f.element === e.id);
      const severity = mine.reduce<Severity | undefined>(
        (s, f) => (s === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[s] ? f.severity : s),
        undefined,
      );
      openElements.push({
        criterion: c.id,
        element: e.id,
        state: e.state,
        level: c.level,
        title: c.title,
        text: e.text,
        file: c.file,
        line: e.line ?? c.line ?? 1,
        actions: actions.filter(a => a.file === c.file && a.element === e.id),
        severity,
      });
    }
  }
  const sevRank = (s?: Severity) => (s ? SEVERITY_RANK[s] : 3);
  openElements.sort(
    (a, b) =>
      sevRank(a.severity) - sevRank(b.severity) ||
      (a.state === b.state ? 0 : a.state === 'non-conforme' ? -1 : 1) ||
      cmp(a.criterion, b.criterion) ||
      cmp(a.element, b.element),
  );

  const calistaDeadline = visit ? addDuration(visit, cat.calistaDeadline, -1) : undefined;
  const calista = cat.data.calista.documents.map(kind => {
    const entry = m?.calista.find(c => c.kind?.value === kind);
    return {
      kind,
      title: cat.evidenceKinds.get(kind)?.title ?? kind,
      listed: Boolean(entry),
      uploaded: entry?.uploaded?.value,
      late: Boolean(calistaDeadline && entry?.uploaded && entry.uploaded.value > calistaDeadline),
      file: entry?.file?.value,
    };
  });

  return {
    lang: result.lang,
    asOf: result.asOf,
    establishment: m ? { name: nameOf(m.file.source.value), finess: m.finess?.value } : undefined,
    manual: { id: cat.id, title: cat.data.title, complete: cat.data.complete, completeness: cat.data.completeness },
    visitStart: visit,
    calistaDeadline,
    summary: result.summary,
    totals,
    readiness: readinessOf(totals),
    proofGap: proofGapText(readinessOf(totals), result.lang),
    chapters,
    openElements,
    gaps,
    evidence,
    actions,
    calista,
    visit: visitChecklist({ dossier, catalogue: cat }, result.asOf),
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function nameOf(value: unknown): string | undefined {
  const n = (value as { establishment?: { name?: unknown } } | undefined)?.establishment?.name;
  return typeof n === 'string' ? n : undefined;
}

function ownerOf(node: unknown): string | undefined {
  const items = (node as { items?: { key?: { value?: unknown }; value?: { value?: unknown } }[] }).items ?? [];
  const v = items.find(i => i.key?.value === 'owner')?.value?.value;
  return typeof v === 'string' ? v : undefined;
}
