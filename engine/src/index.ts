/**
 * The has-dossier engine: one facade over a pure service (no vscode, no LSP). The CLI, the
 * language server and the tests are thin layers on it.
 */
export {
  Catalogue,
  CatalogueError,
  parseCriterionCode,
  parseElementCode,
  REFERENCE_PATTERN,
  type CatalogueCriterion,
  type CatalogueElement,
  type EvidenceKind,
  elementsState,
  type ElementsState,
  type Grade,
  GRADES,
  WHOLE_ESTABLISHMENT,
} from './catalogue.js';
export { matchScope, scopeIdsOf, scopeKey, type ScopeMatch } from './scopes.js';
export { CatalogueRegistry, locateSchemasDir, readJsonFile, jsonReadProblem, CATALOGUE_MAX_BYTES, type CatalogueInfo } from './catalogueRegistry.js';
export { checkDossier, checkDossierAt, compareFindings, type CheckOptions, type CheckResult, type Summary } from './check.js';
export type { CriterionCoverage, ElementCounts } from './coverage.js';
export { addDuration, formatDuration, parseCivilDate, parseDuration, today, type CivilDate } from './dates.js';
export {
  checkReadiness,
  computeProof,
  proofGapText,
  proofReasonText,
  proofText,
  readinessJson,
  readinessOf,
  readinessText,
  totalsOf,
  type ElementProof,
  type ProofReason,
  type Readiness,
} from './proof.js';
export { nodeHost, MANIFEST, readRegularFile, type DossierHost } from './host.js';
export { memoryHost, type MemoryTree } from './memoryHost.js';
export { loadDossier, type Dossier, type ParseCache } from './model.js';
export * from './language/index.js';
export { criterionFileText, scaffoldDossier, criteriaInScope } from './scaffold.js';
export { criteriaToAdd, type CriteriaToAdd, type CriterionToAdd } from './criteriaToAdd.js';
export { parseYaml, positionAt, offsetAt, lineReader, splitLines } from './yamlSource.js';
export { RULE_CODES, RULES, RULES_BY_CODE, type Rule } from './rules/index.js';
export { generateSchemas } from './schemaGen.js';
export {
  CERTIFICATION_DECISIONS,
  cycleSentence,
  DECISION_LABELS,
  ELEMENT_STATE_TERMS,
  ELEMENT_STATES,
  SEVERITIES,
  SEVERITY_SETTINGS,
  SEVERITY_TERMS,
  STATUS_TERMS,
  STATUSES,
  type Decision,
  type ElementState,
  type Status,
  type Words,
} from './format/index.js';
export { type Finding, type Lang, type RuleCode, type Severity, type SeveritySetting } from './types.js';
export type { Position, Range } from './yamlSource.js';
export { buildReportModel, provenReadiness, readiness, type ReportModel, type ReportCriterion, type ReportChapter } from './report/model.js';
export { renderReportHtml } from './report/html.js';
export { renderMarkdownSummary } from './report/markdown.js';
export { coverageTree, type CoverageNode } from './report/tree.js';
export { firstLevelAt } from './report/firstLevel.js';
export { findDossierRoots, MAX_ROOT_DEPTH, rootOf, type SkippedFolder } from './roots.js';
export { climbsOut, isInside, relativeInside, relativeInsidePosix } from './paths.js';
export { visitChecklist, visitWindow, type VisitChecklist, type VisitWindow, type ChecklistItem, type UntypedDocument } from './visit.js';
export { visitSummary, countdownText, cycleText, documentsCountText, invalidText, visitWords } from './report/visitText.js';
export { diffCatalogues, renderDiffText } from './catalogueDiff.js';
export { catalogueRows, exportCatalogueCsv, FIELD_ORDER, importCatalogue, ImportError, TEMPLATE_HEADERS, toCsv } from './catalogueImport.js';
export { applyMigrationEdits, planMigration, renderPlanText, type MigrationMap } from './migrate.js';
/** Words: messages by id (fr/en), plurals, numbers; `l10n.t(lang, 'cli.…')`. */
export * as l10n from './l10n/index.js';
export { html, trusted, escapeHtml, type Html } from './text/html.js';
export { escapeMarkdown, codeSpan } from './text/markdown.js';
export { terminalText, terminalLines, terminalData } from './text/terminal.js';
export {
  buildExportModel,
  EXPORT_SCHEMA_ID,
  EXPORT_VERSION,
  exportTables,
  tableText,
  type ExportModel,
  type ExportTable,
  type ExportElementRow,
  type ExportActionRow,
} from './export/model.js';
export { calendarEvents, type CalendarEvent } from './export/calendar.js';
export { renderTodo, todoList, type TodoItem, type TodoOwner } from './export/todo.js';
export { paqssSettings, actionState } from './paqss.js';
export { groupRow, renderGroupIndexHtml, type GroupRow } from './report/group.js';
export { checkFiness } from './finess.js';
