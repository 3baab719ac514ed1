/**
 * Proven, not only declared: for every element, whether the dossier itself proves its declared
 * status. An element `conforme` is proven when it has evidence and every piece of it is a file
 * inside the dossier that exists, is fresh on the as-of date (its kind's maximum age, its
 * `expires:`) and the element carries no error finding; an element `non-applicable` is proven
 * when it is justified. Computed once per check (check.ts) after severities are settled; the
 * coverage counts, the report, the editor and the exports read it.
 */
import type { Catalogue } from './catalogue.js';
import type { CheckResult } from './check.js';
import { criteriaWithoutFile } from './coverage.js';
import { addDuration, type CivilDate } from './dates.js';
import type { CriterionEntry, Dossier, ElementEntry, EvidenceEntry } from './model.js';
import { freshnessOf, resolveEvidencePath, type DossierView } from './evidence.js';
import { STATUSES, type Status } from './schemaGen.js';
import type { Finding, Lang } from './types.js';
import { colon, count, formatNumber, semicolon, t, type Params } from './l10n/index.js';

/** Why an element declared conforme (or non applicable) is not proven. */
export type ProofReason =
  | { code: 'no-evidence' }
  | { code: 'not-in-dossier'; title: string }
  | { code: 'not-found'; title: string; file: string }
  | { code: 'outside'; title: string; file: string }
  | { code: 'undated'; title: string }
  | { code: 'stale'; title: string; validThrough: CivilDate }
  | { code: 'expired'; title: string; expires: CivilDate }
  | { code: 'error-finding'; rule: string }
  | { code: 'no-justification' };

export interface ElementProof {
  /** criterion file, relative to the dossier root */
  file: string;
  criterion?: string;
  /** eeNN */
  element: string;
  /** the key as written */
  key: string;
  /** the declared status; an absent or invalid one counts as `a-evaluer` */
  status: Status;
  /** true when the declared status is conforme or non-applicable and the dossier proves it */
  proven: boolean;
  /** why not (empty when proven, or when the status claims nothing: partiel, non-conforme, a-evaluer) */
  reasons: ProofReason[];
  /** the same judgement on the first day of the visit, when it is still to come */
  provenAtVisit: boolean;
  reasonsAtVisit: ProofReason[];
}

export const CLAIMS: readonly Status[] = ['conforme', 'non-applicable'];

/** Proof of every element of the dossier (each criterion file, each well-formed element key once). */
export function computeProof(dossier: Dossier, catalogue: Catalogue, findings: readonly Finding[], asOf: CivilDate): ElementProof[] {
  const view: DossierView = { dossier, catalogue };
  const visit = dossier.manifest?.visitStart?.value;
  const visitDay = visit && visit > asOf ? visit : undefined;
  // error findings by criterion file and element code (waived ones do not count: the team accepted them)
  const errors = new Map<string, string[]>();
  for (const f of findings) {
    if (f.severity !== 'error' || f.waived || !f.element) continue;
    const k = `${f.file}\0${f.element}`;
    const list = errors.get(k);
    if (list) {
      if (!list.includes(f.code)) list.push(f.code);
    } else errors.set(k, [f.code]);
  }
  const out: ElementProof[] = [];
  for (const entry of dossier.criteria) {
    const seen = new Set<string>();
    for (const element of entry.elements) {
      if (!element.code || seen.has(element.code)) continue;
      seen.add(element.code);
      const raw = element.status?.value;
      const status: Status = raw && (STATUSES as readonly string[]).includes(raw) ? (raw as Status) : 'a-evaluer';
      const ruleErrors = errors.get(`${entry.file.path}\0${element.code}`) ?? [];
      const reasons = judge(view, entry, element, status, asOf, ruleErrors);
      const reasonsAtVisit = visitDay ? judge(view, entry, element, status, visitDay, ruleErrors) : reasons;
      out.push({
        file: entry.file.path,
        criterion: entry.id,
        element: element.code,
        key: element.key,
        status,
        proven: CLAIMS.includes(status) && reasons.length === 0,
        reasons,
        provenAtVisit: CLAIMS.includes(status) && reasonsAtVisit.length === 0,
        reasonsAtVisit,
      });
    }
  }
  return out;
}

function judge(view: DossierView, entry: CriterionEntry, element: ElementEntry, status: Status, on: CivilDate, ruleErrors: string[]): ProofReason[] {
  if (status === 'non-applicable') return element.justification?.trim() ? [] : [{ code: 'no-justification' }];
  if (status !== 'conforme') return [];
  const reasons: ProofReason[] = [];
  if (element.evidence.length === 0) reasons.push({ code: 'no-evidence' });
  for (const e of element.evidence) {
    const r = evidenceProblem(view, e, on);
    if (r) reasons.push(r);
  }
  for (const rule of ruleErrors) reasons.push({ code: 'error-finding', rule });
  void entry;
  return reasons;
}

/** Why one piece of evidence does not prove anything on a date, or undefined when it does. */
export function evidenceProblem(view: DossierView, e: EvidenceEntry, on: CivilDate): ProofReason | undefined {
  const title = e.title ?? e.kind?.value ?? '?';
  if (!e.file) return { code: 'not-in-dossier', title };
  const where = resolveEvidencePath(view.dossier, e.file.value);
  if (!where.ok) return { code: 'outside', title, file: e.file.value };
  if (view.dossier.host.kind(where.abs) !== 'file') return { code: 'not-found', title, file: e.file.value };
  if (e.expires && e.expires.value < on) return { code: 'expired', title, expires: e.expires.value };
  const fresh = freshnessOf(view, e.kind?.value);
  if (fresh) {
    if (!e.date) return { code: 'undated', title };
    const validThrough = addDuration(e.date.value, fresh.duration);
    if (validThrough < on) return { code: 'stale', title, validThrough };
  }
  return undefined;
}

/** One reason in words. */
export function proofReasonText(r: ProofReason, lang: Lang): string {
  return t(lang, `proof.${r.code}`, r as unknown as Params);
}

/** "prouvé", "non prouvé : aucune preuve ; …", "—" for a status that claims nothing. */
export function proofText(p: Pick<ElementProof, 'status' | 'proven' | 'reasons'>, lang: Lang): string {
  if (!CLAIMS.includes(p.status)) return t(lang, 'proof.noClaim');
  if (p.proven) return t(lang, 'proof.proven');
  return `${t(lang, 'proof.notProven')}${colon(lang)} ${p.reasons.map(r => proofReasonText(r, lang)).join(`${semicolon(lang)} `)}`;
}

/** Readiness in both senses, with the gap in words (the headline of every readiness figure). */
export interface Readiness {
  total: number;
  /** conforme + non-applicable, as declared */
  declared: number;
  /** of which the dossier proves */
  proven: number;
  /** proven on the first day of the visit */
  provenAtVisit: number;
  /** conforme declared without valid proof */
  unprovenConforme: number;
  /** non-applicable without a justification */
  unjustified: number;
}

export interface ProofCounts {
  total: number;
  conforme: number;
  'non-applicable': number;
  provenConforme: number;
  provenNonApplicable: number;
  provenAtVisit: number;
}

export function readinessOf(c: ProofCounts): Readiness {
  return {
    total: c.total,
    declared: c.conforme + c['non-applicable'],
    proven: c.provenConforme + c.provenNonApplicable,
    provenAtVisit: c.provenAtVisit,
    unprovenConforme: c.conforme - c.provenConforme,
    unjustified: c['non-applicable'] - c.provenNonApplicable,
  };
}

/** "12 éléments déclarés conformes sans preuve valable" (and the unjustified non-applicable ones), or undefined when every claim is proven. */
export function proofGapText(r: Readiness, lang: Lang): string | undefined {
  const parts: string[] = [];
  if (r.unprovenConforme) parts.push(count(lang, 'proof.gapUnproven', r.unprovenConforme));
  if (r.unjustified) parts.push(count(lang, 'proof.gapUnjustified', r.unjustified));
  return parts.length ? parts.join(' · ') : undefined;
}

/** "déclaré 80 % · prouvé 45 %" / "declared 80% · proven 45%"; with the counts: "déclaré 80 % (4/5) · prouvé 40 % (2/5)". */
export function readinessText(r: Readiness, lang: Lang, withCounts = false): string {
  const pct = (n: number) => t(lang, 'proof.percent', { p: formatNumber(lang, percent(n, r.total)) }) + (withCounts ? ` (${n}/${r.total})` : '');
  return t(lang, 'proof.readiness', { declared: pct(r.declared), proven: pct(r.proven) });
}

export function percent(n: number, total: number): number {
  return total ? Math.round((n / total) * 100) : 0;
}

/** Totals of a check's coverage (every criterion file). */
export function totalsOf(coverage: readonly { elements: ProofCounts }[]): ProofCounts {
  const t: ProofCounts = { total: 0, conforme: 0, 'non-applicable': 0, provenConforme: 0, provenNonApplicable: 0, provenAtVisit: 0 };
  for (const c of coverage) for (const k of Object.keys(t) as (keyof ProofCounts)[]) t[k] += c.elements[k];
  return t;
}

/**
 * Readiness of a whole check: every criterion file, and the elements of the criteria that apply
 * but have no file (all missing), as the report counts them.
 */
export function checkReadiness(result: Pick<CheckResult, 'coverage' | 'dossier' | 'catalogue'>): Readiness {
  // a criterion declared in two files (duplicate-criterion) counts once, from the file the report
  // shows it from (the first one read), so that every figure says what the report says
  const standing = new Map<string, string>();
  for (const entry of result.dossier.criteria) if (entry.id && !standing.has(entry.id)) standing.set(entry.id, entry.file.path);
  const totals = totalsOf(result.coverage.filter(c => !standing.has(c.id) || standing.get(c.id) === c.file));
  for (const c of criteriaWithoutFile(result.dossier, result.catalogue)) totals.total += c.elements.length;
  return readinessOf(totals);
}

/** Readiness of a check as JSON prints it and the status bar shows it: figures, percentages and the headline in words. */
export function readinessJson(
  result: Pick<CheckResult, 'coverage' | 'dossier' | 'catalogue' | 'lang'>,
): Readiness & { declaredPercent: number; provenPercent: number; provenAtVisitPercent: number; text: string; headline: string | null } {
  const r = checkReadiness(result);
  return {
    ...r,
    declaredPercent: percent(r.declared, r.total),
    provenPercent: percent(r.proven, r.total),
    provenAtVisitPercent: percent(r.provenAtVisit, r.total),
    text: readinessText(r, result.lang),
    headline: proofGapText(r, result.lang) ?? null,
  };
}
