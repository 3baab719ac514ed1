/**
 * The check: load the dossier, resolve its catalogue, run the rules, apply waivers and
 * severity overrides, sort, and compute coverage and the summary.
 */
import type { Catalogue } from './catalogue.js';
import { CatalogueError } from './catalogue.js';
import { emptyCatalogue, type CatalogueRegistry } from './catalogueRegistry.js';
import { computeCoverage, type CriterionCoverage } from './coverage.js';
import { today, type CivilDate } from './dates.js';
import { t } from './l10n/index.js';
import type { DossierHost } from './host.js';
import { loadDossier, type Dossier, type LoadOptions } from './model.js';
import { computeProof, type ElementProof } from './proof.js';
import { RULES, RULES_BY_CODE } from './rules/index.js';
import type { AnyRule, Report, RuleContext } from './rules/rule.js';
import { format, MAX_FINDINGS_PER_RULE, type Finding, type Lang, type RuleCode, type Severity, type SeveritySetting } from './types.js';
import { applyWaivers, parseWaivers, type WaiverOverflow } from './waivers.js';
import { nodeRange, type Range } from './yamlSource.js';

export interface CheckOptions extends LoadOptions {
  /** the date the dossier is judged at (default: today) */
  asOf?: CivilDate;
  lang?: Lang;
  /** overrides from the editor settings; they win over dossier.yaml `rules:` */
  ruleOverrides?: Partial<Record<string, SeveritySetting>>;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  waived: number;
}

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
  /** declared and proven, element by element (proof.ts) */
  proof: ElementProof[];
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
    const why = unreadable && t(lang, unreadable.detail === 'outside' ? 'check.manifestOutside' : `readFailure.${unreadable.failure}`);
    fatal = { kind: 'no-manifest', message: why ? t(lang, 'check.manifestUnreadable', { why }) : t(lang, 'check.noManifest', { root: dossier.root }) };
  } else if (!manifest.manual) {
    catalogueProblem = t(lang, 'check.noManual');
  } else {
    try {
      catalogue = registry.resolve(manifest.manual.value, dossier.root);
    } catch (e) {
      if (!(e instanceof CatalogueError)) throw e;
      catalogueProblem = e.text(lang);
    }
  }
  if (manifest && !catalogue) fatal = { kind: 'catalogue', message: catalogueProblem! };

  const findings: Finding[] = [];
  const base = { dossier, catalogue: catalogue ?? emptyCatalogue(), asOf, lang, catalogueProblem, availableCatalogues: registry.bundledIds() };
  // past the cap of one rule in one file, a message is written only if its finding is shown
  const sink: Sink = { reported: new Map(), pending: new Map() };
  for (const rule of RULES) {
    if (!catalogue && !rule.standalone) continue;
    runIsolated(rule, base, findings, sink);
  }

  const waiverRule = RULES_BY_CODE.get('waiver')!;
  const waivers = dossier.files.map(f => parseWaivers(f, asOf));
  const waiverOverflow = new Map<string, WaiverOverflow>();
  for (const w of applyWaivers(waivers, findings, (id, params) => format(waiverRule.messages[lang][id], params), {
    cap: MAX_FINDINGS_PER_RULE,
    overflow: waiverOverflow,
  }))
    findings.push(w);

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
  // the waiver findings past the cap, counted and not made: off, or at the severity set for the rule
  const waiverSetting = overrides.get('waiver');
  const overflow =
    waiverSetting === 'off'
      ? []
      : [...waiverOverflow].map(([file, o]) => ({ file, ...o, severity: (waiverSetting ?? waiverRule.defaultSeverity) as Severity }));

  // the summary counts every finding; the list shows at most MAX_FINDINGS_PER_RULE of one rule in one file
  const summary: Summary = { files: dossier.files.length + dossier.unreadable.length, errors: 0, warnings: 0, infos: 0, waived: 0 };
  for (const f of kept) {
    if (f.waived) summary.waived++;
    else if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  for (const o of overflow) summary[o.severity === 'error' ? 'errors' : o.severity === 'warning' ? 'warnings' : 'infos'] += o.count;
  const proof = catalogue ? computeProof(dossier, catalogue, kept, asOf) : [];
  return {
    root: dossier.root,
    asOf,
    lang,
    dossier,
    catalogue,
    fatal,
    findings: capFindings(kept, lang, sink.pending, overflow),
    coverage: catalogue ? computeCoverage(dossier, catalogue, proof) : [],
    proof,
    summary,
  };
}

type RuleBase = Omit<RuleContext, 'report'>;

/** The finding of a rule's report, its message filled in the check's language. */
function findingOf(rule: AnyRule, lang: Lang, r: Report, sink?: Sink): Finding {
  const template = (rule.messages[lang] as Record<string, string | undefined>)[r.messageId];
  // the message ids are types (rules/rule.ts): an unknown one is a defect of the rule, not a message
  if (template === undefined) throw new Error(`unknown message id "${r.messageId}"`);
  const f: Finding = {
    file: r.file.path,
    range: r.range ?? rangeOf(r),
    code: rule.code as RuleCode,
    severity: r.severity ?? rule.defaultSeverity,
    messageId: r.messageId,
    message: '',
    criterion: r.criterion,
    element: r.element,
    data: r.data,
  };
  let n = 1;
  if (sink) {
    // by rule, then file: no key string built per finding
    let byFile = sink.reported.get(f.code);
    if (!byFile) sink.reported.set(f.code, (byFile = new Map()));
    n = (byFile.get(f.file) ?? 0) + 1;
    byFile.set(f.file, n);
  }
  if (sink && n > MAX_FINDINGS_PER_RULE) sink.pending.set(f, () => format(template, r.params));
  else f.message = format(template, r.params);
  return f;
}

interface Sink {
  /** findings reported so far, by rule code, then file */
  reported: Map<string, Map<string, number>>;
  pending: Map<Finding, () => string>;
}

/** A finding that something is absent, in a file whose parse is partial (it cannot tell). */
function saysAbsenceInBrokenFile(rule: AnyRule, r: Report): boolean {
  if (!rule.absence || !r.file.source?.syntaxErrors.length) return false;
  return rule.absence === true || (rule.absence as readonly string[]).includes(r.messageId);
}

/**
 * Runs one rule on its own: when it throws, the findings it reported before stay, every other
 * rule still runs, and one `internal-error` finding names the rule and the file it failed on.
 */
function runIsolated(rule: AnyRule, base: RuleBase, findings: Finding[], sink: Sink): void {
  try {
    rule.check({
      ...base,
      report: r => {
        if (!saysAbsenceInBrokenFile(rule, r)) findings.push(findingOf(rule, base.lang, r, sink));
      },
    });
  } catch (e) {
    const file = failingFile(rule, base);
    const internal = RULES_BY_CODE.get('internal-error')!;
    const error = e instanceof Error ? e.message : String(e);
    findings.push(findingOf(internal, base.lang, { file: { path: file }, messageId: 'failed', params: { rule: rule.code, file, error } }));
  }
}

/**
 * The file a rule fails on: it is run again (its findings dropped) on views of the dossier, first
 * dossier.yaml alone, then dossier.yaml with one other file at a time; the first view it still
 * fails on names the file. When it fails on none (the failure needs several files), dossier.yaml
 * is named (or the first file when there is none).
 */
function failingFile(rule: AnyRule, base: RuleBase): string {
  const { dossier } = base;
  const manifestFile = dossier.manifest?.file;
  const throwsOn = (files: Dossier['files'], unreadable: Dossier['unreadable']) => {
    const view: Dossier = { ...dossier, files, unreadable, criteria: dossier.criteria.filter(c => files.includes(c.file)) };
    try {
      rule.check({ ...base, dossier: view, report: () => undefined });
      return false;
    } catch {
      return true;
    }
  };
  const withManifest = (f?: Dossier['files'][number]) => [...(manifestFile ? [manifestFile] : []), ...(f && f !== manifestFile ? [f] : [])];
  if (manifestFile && throwsOn(withManifest(), [])) return manifestFile.path;
  for (const file of dossier.files) if (file !== manifestFile && throwsOn(withManifest(file), [])) return file.path;
  for (const u of dossier.unreadable) if (throwsOn(withManifest(), [u])) return u.path;
  return manifestFile?.path ?? dossier.files[0]?.path ?? dossier.unreadable[0]?.path ?? 'dossier.yaml';
}

/** The « and N more » finding that stands for the findings of one rule in one file past the cap. */
function moreFinding(lang: Lang, file: string, range: Range, code: RuleCode, severity: Severity, count: number): Finding {
  return { file, range, code, severity, messageId: 'more', message: t(lang, 'check.more', { n: count, code }), data: { more: count } };
}

/**
 * Sorted findings, with at most MAX_FINDINGS_PER_RULE per rule and file: a hostile file cannot
 * flood an editor or a CI log. The waiver findings past the cap were counted and not made
 * (`waiverOverflow`): their « and N more » is added here.
 */
function capFindings(
  sorted: Finding[],
  lang: Lang,
  pending: Map<Finding, () => string>,
  waiverOverflow: { file: string; count: number; range: Range; severity: Severity }[],
): Finding[] {
  // one pass: counts by rule, then file (no key string built per finding: 150,000 findings on a
  // hostile file), the first MAX_FINDINGS_PER_RULE kept, and a place held for the « and N more »
  // that is written once the count is known
  const counts = new Map<string, Map<string, number>>();
  const more: { at: number; first: Finding }[] = [];
  const out: Finding[] = [];
  for (const f of sorted) {
    let byFile = counts.get(f.code);
    if (!byFile) counts.set(f.code, (byFile = new Map()));
    const i = (byFile.get(f.file) ?? 0) + 1;
    byFile.set(f.file, i);
    if (i <= MAX_FINDINGS_PER_RULE) {
      const write = pending.get(f);
      if (write) f.message = write();
      out.push(f);
    } else if (i === MAX_FINDINGS_PER_RULE + 1) {
      more.push({ at: out.length, first: f });
      out.push(f);
    }
  }
  for (const { at, first: f } of more)
    out[at] = moreFinding(lang, f.file, f.range, f.code, f.severity, counts.get(f.code)!.get(f.file)! - MAX_FINDINGS_PER_RULE);
  if (!waiverOverflow.length) return out;
  for (const o of waiverOverflow) out.push(moreFinding(lang, o.file, o.range, 'waiver', o.severity, o.count));
  return out.sort(compareFindings);
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
