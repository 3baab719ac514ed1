/**
 * The self-evaluation and its action plan as rows, for the people who are not in the editor:
 * one row per element (chapter → element, declared and proven, evidence, comment, owner, open
 * actions) and one per action (PAQSS). `export --format json` prints this model as it is (its
 * schema: schemas/export.schema.json); csv and xlsx lay the same rows out with headers in the
 * user's language. Pure data: the CLI writes the files.
 */
import type { CheckResult } from '../check.js';
import type { Level } from '../catalogue.js';
import type { CivilDate } from '../dates.js';
import { actionState, isDone, paqssSettings, validUntil, type ActionState } from '../paqss.js';
import { evidenceProblem, proofReasonText, readinessJson } from '../proof.js';
import { buildReportModel, type ElementState } from '../report/model.js';
import type { Lang } from '../types.js';
import { colon, t, words } from '../l10n/index.js';
import { ELEMENT_STATE_TERMS } from '../format/vocabulary.js';
import { nodeRange } from '../yamlSource.js';

/** Bumped when a field changes meaning or goes away (adding one keeps the version). */
export const EXPORT_VERSION = 1;
export const EXPORT_SCHEMA_ID = 'https://has-dossier.example/schemas/export.schema.json';

export interface ExportEvidence {
  title: string;
  kind: string | null;
  file: string | null;
  url: string | null;
  date: CivilDate | null;
  validUntil: CivilDate | null;
  valid: boolean;
  problem: string | null;
}

export interface ExportElementRow {
  chapter: string;
  objective: string;
  criterion: string;
  criterionTitle: string | null;
  level: Level | null;
  element: string;
  elementText: string | null;
  /** declared status; `missing` when the criterion file does not have the element (or there is no file) */
  status: ElementState;
  /** true/false for conforme and non-applicable; null when the status claims nothing */
  proven: boolean | null;
  provenAtVisit: boolean | null;
  whyNotProven: string[];
  evidence: ExportEvidence[];
  comment: string | null;
  criterionComment: string | null;
  owner: string | null;
  openActions: string[];
  file: string | null;
  line: number | null;
}

export interface ExportActionRow {
  criterion: string | null;
  element: string | null;
  action: string;
  owner: string | null;
  due: CivilDate | null;
  done: CivilDate | boolean;
  state: ActionState;
  file: string;
  line: number;
}

export interface ExportModel {
  $schema: string;
  version: number;
  tool: 'has-dossier';
  toolVersion: string;
  asOf: CivilDate;
  lang: Lang;
  establishment: { name: string | null; finess: string | null };
  manual: string;
  readiness: ReturnType<typeof readinessJson>;
  elements: ExportElementRow[];
  actions: ExportActionRow[];
}

export function buildExportModel(result: CheckResult, toolVersion: string): ExportModel {
  const cat = result.catalogue;
  if (!cat) throw new Error("the export needs the dossier's catalogue");
  const report = buildReportModel(result);
  const view = { dossier: result.dossier, catalogue: cat };
  const settings = paqssSettings(result.dossier.manifest);
  const lang = result.lang;
  const entries = new Map(result.dossier.criteria.filter(e => e.id).map(e => [e.file.path, e] as const));
  const elements: ExportElementRow[] = [];
  for (const ch of report.chapters) {
    for (const ob of ch.objectives) {
      for (const c of ob.criteria) {
        const entry = c.file ? entries.get(c.file) : undefined;
        for (const e of c.elements) {
          const el = entry?.elements.find(x => x.code === e.id);
          elements.push({
            chapter: ch.id,
            objective: ob.id,
            criterion: c.id,
            criterionTitle: c.title ?? null,
            level: c.level ?? null,
            element: e.id,
            elementText: e.text ?? null,
            status: e.state,
            proven: e.proven ?? null,
            provenAtVisit: e.provenAtVisit ?? null,
            whyNotProven: (e.reasons ?? []).map(r => proofReasonText(r, lang)),
            evidence: (el?.evidence ?? []).map(ev => {
              const problem = evidenceProblem(view, ev, result.asOf);
              return {
                title: ev.title ?? ev.kind?.value ?? '?',
                kind: ev.kind?.value ?? null,
                file: ev.file?.value ?? null,
                url: ev.url ?? null,
                date: ev.date?.value ?? null,
                validUntil: validUntil(view, ev)?.date ?? null,
                valid: !problem,
                problem: problem ? proofReasonText(problem, lang) : null,
              };
            }),
            comment: e.comment ?? null,
            criterionComment: c.comment ?? null,
            owner: entry?.owner?.value ?? null,
            openActions: (el?.actions ?? []).filter(a => !isDone(a)).map(a => a.title ?? '?'),
            file: c.file ?? null,
            line: e.line ?? null,
          });
        }
      }
    }
  }
  const actions: ExportActionRow[] = [];
  for (const entry of result.dossier.criteria) {
    for (const el of entry.elements) {
      for (const a of el.actions) {
        actions.push({
          criterion: entry.id ?? null,
          element: el.code ?? null,
          action: a.title ?? '?',
          owner: a.owner?.value ?? null,
          due: a.due?.value ?? null,
          done: a.done?.value ?? false,
          state: actionState(a, result.asOf, settings),
          file: entry.file.path,
          line: nodeRange(entry.file.source, a.node).start.line + 1,
        });
      }
    }
  }
  actions.sort(
    (a, b) =>
      cmp(a.due ?? '9999', b.due ?? '9999') || cmp(a.criterion ?? '', b.criterion ?? '') || cmp(a.element ?? '', b.element ?? '') || cmp(a.action, b.action),
  );
  return {
    $schema: EXPORT_SCHEMA_ID,
    version: EXPORT_VERSION,
    tool: 'has-dossier',
    toolVersion,
    asOf: result.asOf,
    lang,
    establishment: { name: report.establishment?.name ?? null, finess: report.establishment?.finess ?? null },
    manual: cat.id,
    readiness: readinessJson(result),
    elements,
    actions,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A cell: text, a civil date (written as a real date in a workbook), a number, or empty. */
export type Cell = string | number | { date: CivilDate } | null;
export interface ExportTable {
  name: string;
  headers: string[];
  widths: number[];
  rows: Cell[][];
}

/** The columns of the two sheets, in order (their headers are l10n's `exportElement.` and `exportAction.` words). */
const ELEMENT_COLUMNS = [
  'chapter',
  'objective',
  'criterion',
  'criterionTitle',
  'level',
  'element',
  'elementText',
  'status',
  'proven',
  'provenAtVisit',
  'whyNotProven',
  'evidence',
  'comment',
  'criterionComment',
  'owner',
  'openActions',
  'file',
] as const;
const ACTION_COLUMNS = ['criterion', 'element', 'action', 'owner', 'due', 'done', 'state', 'file'] as const;

/** The two tables of the export (self-evaluation, PAQSS) with headers in the user's language. */
export function exportTables(m: ExportModel): { elements: ExportTable; actions: ExportTable } {
  const h = words(m.lang, 'export');
  const yn = (b: boolean | null) => (b === null ? h.na : b ? h.yes : h.no);
  const at = (file: string | null, line: number | null) => (file ? (line ? `${file}:${line}` : file) : null);
  const evidenceText = (e: ExportEvidence) =>
    [
      e.title,
      e.file ? ` (${e.file})` : e.url ? ` (${e.url})` : '',
      e.date ? ` — ${h.dated} ${e.date}` : '',
      e.validUntil ? `, ${h.validUntil} ${e.validUntil}` : '',
      `${colon(m.lang)} ${e.valid ? h.valid : e.problem}`,
    ].join('');
  const elements: ExportTable = {
    name: h.elementsSheet,
    headers: ELEMENT_COLUMNS.map(c => t(m.lang, `exportElement.${c}`)),
    widths: [9, 9, 10, 40, 11, 8, 50, 15, 9, 12, 40, 50, 40, 30, 18, 40, 28],
    rows: m.elements.map(r => [
      r.chapter,
      r.objective,
      r.criterion,
      r.criterionTitle,
      r.level ? t(m.lang, `level.${r.level}`) : null,
      r.element,
      r.elementText,
      ELEMENT_STATE_TERMS[r.status].label[m.lang],
      yn(r.proven),
      yn(r.provenAtVisit),
      r.whyNotProven.join('\n') || null,
      r.evidence.map(evidenceText).join('\n') || null,
      r.comment,
      r.criterionComment,
      r.owner,
      r.openActions.join('\n') || null,
      at(r.file, r.line),
    ]),
  };
  const actions: ExportTable = {
    name: h.actionsSheet,
    headers: ACTION_COLUMNS.map(c => t(m.lang, `exportAction.${c}`)),
    widths: [10, 8, 50, 20, 12, 12, 16, 28],
    rows: m.actions.map(a => [
      a.criterion,
      a.element,
      a.action,
      a.owner,
      a.due ? { date: a.due } : null,
      typeof a.done === 'string' ? { date: a.done } : a.done ? h.done : null,
      t(m.lang, `actionState.${a.state}`),
      at(a.file, a.line),
    ]),
  };
  return { elements, actions };
}

/** A table as text rows (CSV): dates as YYYY-MM-DD. */
export function tableText(t: ExportTable): string[][] {
  return [t.headers, ...t.rows.map(r => r.map(c => (c === null ? '' : typeof c === 'object' ? c.date : String(c))))];
}
