/**
 * The check: load the dossier, resolve its catalogue, run the rules, apply waivers and
 * severity overrides, sort, and compute coverage and the summary.
 */
import type { Catalogue } from './catalogue.js';
import { CatalogueError } from './catalogue.js';
import { emptyCatalogue, type CatalogueRegistry } from './catalogueRegistry.js';
import { computeCoverage, type CriterionCoverage } from './coverage.js';
import { today, type CivilDate } from './dates.js';
import type { DossierHost } from './host.js';
import { loadDossier, type Dossier, type LoadOptions } from './model.js';
import { RULES, RULES_BY_CODE } from './rules/index.js';
import type { Report, RuleContext } from './rules/rule.js';
import { format, type Finding, type Lang, type RuleCode, type SeveritySetting } from './types.js';
import { applyWaivers, parseWaivers } from './waivers.js';
import { nodeRange, type Range } from './yamlSource.js';

export interface CheckOptions extends LoadOptions {
  /** the date the dossier is judged at (default: today) */
  asOf?: CivilDate;
  lang?: Lang;
  /** overrides from the editor settings; they win over dossier.yaml `rules:` */
  ruleOverrides?: Partial<Record<string, SeveritySetting>>;
}

export interface Summary { files: number; errors: number; warnings: number; infos: number; waived: number }

export interface CheckResult {
  root: string;
  asOf: CivilDate;
  lang: Lang;
  dossier: Dossier;
  /** the dossier's catalogue, or undefined when `manual:` could not be loaded */
  catalogue?: Catalogue;
  /** why the check could not really run (no dossier.yaml, no catalogue): the CLI exits 2 on it */
  fatal?: { kind: 'no-manifest' | 'catalogue'; message: string };
  findings: Finding[];
  coverage: CriterionCoverage[];
  summary: Summary;
}

export function checkDossierAt(root: string, host: DossierHost, registry: CatalogueRegistry, options: CheckOptions = {}): CheckResult {
  return checkDossier(loadDossier(root, host, options), registry, options);
}

export function checkDossier(dossier: Dossier, registry: CatalogueRegistry, options: CheckOptions = {}): CheckResult {
  const asOf = options.asOf ?? today();
  const lang = options.lang ?? 'fr';
  let catalogue: Catalogue | undefined;
  let fatal: CheckResult['fatal'];
  let catalogueProblem: string | undefined;
  const manifest = dossier.manifest;
  if (!manifest) {
    const unreadable = dossier.unreadable.find(u => u.path === 'dossier.yaml');
    fatal = { kind: 'no-manifest', message: unreadable ? `dossier.yaml cannot be read (${unreadable.detail === 'outside' ? 'link to outside the dossier' : unreadable.failure})` : `no dossier.yaml in ${dossier.root}` };
  } else if (!manifest.manual) {
    catalogueProblem = lang === 'fr' ? '« manual: » est absent de dossier.yaml' : '"manual:" is missing from dossier.yaml';
  } else {
    try {
      catalogue = registry.resolve(manifest.manual.value, dossier.root);
    } catch (e) {
      if (!(e instanceof CatalogueError)) throw e;
      catalogueProblem = e.message;
    }
  }
  if (manifest && !catalogue) fatal = { kind: 'catalogue', message: catalogueProblem! };

  const findings: Finding[] = [];
  const ctx: RuleContext & { rule?: (typeof RULES)[number] } = {
    dossier, catalogue: catalogue ?? emptyCatalogue(), asOf, lang, catalogueProblem,
    availableCatalogues: registry.bundledIds(),
    report(r: Report) {
      const rule = ctx.rule!;
      const template = rule.messages[lang][r.messageId] ?? r.messageId;
      findings.push({
        file: r.file.path, range: r.range ?? rangeOf(r), code: rule.code, severity: r.severity ?? rule.defaultSeverity,
        message: format(template, r.params), criterion: r.criterion, element: r.element, data: r.data,
      });
    },
  };
  for (const rule of RULES) {
    if (!catalogue && !rule.standalone) continue;
    ctx.rule = rule;
    rule.check(ctx);
  }

  const waiverRule = RULES_BY_CODE.get('waiver')!;
  const waivers = dossier.files.flatMap(f => parseWaivers(f, asOf));
  findings.push(...applyWaivers(waivers, findings, (id, params) => format(waiverRule.messages[lang][id], params)));

  const overrides = new Map<string, SeveritySetting>();
  for (const [code, v] of manifest?.rules ?? []) overrides.set(code, v.value as SeveritySetting);
  for (const [code, v] of Object.entries(options.ruleOverrides ?? {})) if (v) overrides.set(code, v);
  const kept: Finding[] = [];
  for (const f of findings) {
    const o = overrides.get(f.code);
    if (o === 'off') continue;
    if (o === 'error' || o === 'warning' || o === 'info') f.severity = o;
    kept.push(f);
  }
  kept.sort(compareFindings);

  const summary: Summary = { files: dossier.files.length + dossier.unreadable.length, errors: 0, warnings: 0, infos: 0, waived: 0 };
  for (const f of kept) {
    if (f.waived) summary.waived++;
    else if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return {
    root: dossier.root, asOf, lang, dossier, catalogue, fatal, findings: kept,
    coverage: catalogue ? computeCoverage(dossier, catalogue) : [], summary,
  };
}

function rangeOf(r: Report): Range {
  const src = r.file.source;
  if (!src) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return nodeRange(src, r.node);
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start.line !== b.range.start.line) return a.range.start.line - b.range.start.line;
  if (a.range.start.character !== b.range.start.character) return a.range.start.character - b.range.start.character;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export type { RuleCode };
