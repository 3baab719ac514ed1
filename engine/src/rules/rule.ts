/**
 * What a rule is: a code, a default severity, a description and messages in French and
 * English, and a check over the dossier model that reports located findings.
 */
import * as path from 'node:path';
import type { Node } from 'yaml';
import type { Catalogue, CatalogueCriterion } from '../catalogue.js';
import { parseDuration, type CivilDate, type Duration, NO_DURATION } from '../dates.js';
import type { CriterionEntry, Dossier, DossierFile, ElementEntry, EvidenceEntry } from '../model.js';
import type { Lang, RuleCode, Severity } from '../types.js';
import { climbsOut, isInside } from '../paths.js';
import type { Range } from '../yamlSource.js';

export interface Report {
  /** the file the finding sits in; a file that could not be parsed has no source (the finding goes to its start) */
  file: DossierFile | { path: string; source?: undefined };
  /** the node the finding is about (its value range is used) … */
  node?: Node | null;
  /** … or an explicit range */
  range?: Range;
  messageId: string;
  params?: Record<string, unknown>;
  criterion?: string;
  element?: string;
  /** when the finding is graver or lighter than the rule's default (e.g. an age set by the manual itself) */
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface RuleContext {
  dossier: Dossier;
  /** the dossier's catalogue; an empty one when it could not be loaded (then only `standalone` rules run) */
  catalogue: Catalogue;
  /** why the catalogue named by `manual:` could not be loaded */
  catalogueProblem?: string;
  /** ids of the bundled catalogues, for messages */
  availableCatalogues: string[];
  asOf: CivilDate;
  lang: Lang;
  report(r: Report): void;
}

export interface Rule {
  code: RuleCode;
  defaultSeverity: Severity;
  /** one sentence: when it fires (docs, SARIF, README) */
  description: Record<Lang, string>;
  messages: Record<Lang, Record<string, string>>;
  /** true when the rule needs no catalogue (it still runs when `manual:` cannot be loaded) */
  standalone?: boolean;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Every element with its criterion file, the catalogue entry when there is one. */
/** What walking the dossier needs of a rule context (the visit checklist walks it outside the rules too). */
export type DossierView = Pick<RuleContext, 'dossier' | 'catalogue'>;

export function* elementsOf(ctx: DossierView): Generator<{ entry: CriterionEntry; element: ElementEntry; catalogued?: CatalogueCriterion }> {
  for (const entry of ctx.dossier.criteria) {
    const catalogued = entry.id ? ctx.catalogue.criteria.get(entry.id) : undefined;
    for (const element of entry.elements) yield { entry, element, catalogued };
  }
}

export interface EvidenceSite {
  file: DossierFile;
  evidence: EvidenceEntry;
  criterion?: string;
  element?: string;
  /** 'criterion': evidence of an element; 'calista': an entry of dossier.yaml `calista:`; 'provider': a provider's PCA/PRA */
  origin: 'criterion' | 'calista' | 'provider';
  /** the provider's name, for 'provider' */
  provider?: string;
}

/** The kind a provider's `pca_pra:` counts as in the visit checklist. */
export const PROVIDER_PCA_KIND = 'pca-pra-fournisseurs';

/** Every evidence item of the dossier, those of the elements and those listed for CALISTA. */
export function* evidenceOf(ctx: DossierView): Generator<EvidenceSite> {
  for (const { entry, element } of elementsOf(ctx)) {
    for (const evidence of element.evidence) yield { file: entry.file, evidence, criterion: entry.id, element: element.code, origin: 'criterion' };
  }
  const m = ctx.dossier.manifest;
  if (m) for (const evidence of m.calista) yield { file: m.file, evidence, origin: 'calista' };
  if (m) {
    for (const p of m.providers) {
      if (!p.pcaPra) continue;
      const evidence: EvidenceEntry = { node: p.node, title: `PCA / PRA — ${p.name ?? '?'}`, kind: { value: PROVIDER_PCA_KIND, node: p.pcaPra.node }, file: p.pcaPra };
      yield { file: m.file, evidence, origin: 'provider', provider: p.name };
    }
  }
}

export interface Freshness { duration: Duration; basis: 'manual' | 'practice' | 'dossier'; quote?: string }

/** The maximum age of an evidence kind: dossier.yaml `freshness:` first, then the catalogue. */
export function freshnessOf(ctx: DossierView, kindId: string | undefined): Freshness | undefined {
  if (!kindId) return undefined;
  const override = ctx.dossier.manifest?.freshness.get(kindId);
  if (override) {
    if (NO_DURATION.includes(override.value.trim())) return undefined;
    const d = parseDuration(override.value);
    if (d) return { duration: d, basis: 'dossier' };
  }
  const kind = ctx.catalogue.evidenceKinds.get(kindId);
  if (!kind?.maxAge) return undefined;
  const d = parseDuration(kind.maxAge.duration);
  return d ? { duration: d, basis: kind.maxAge.basis, quote: kind.maxAge.quote } : undefined;
}

export type EvidencePath =
  | { ok: true; abs: string; rel: string }
  | { ok: false; reason: 'absolute' | 'home' | 'escapes' | 'symlink' };

/**
 * Where an evidence `file:` points. Backslashes count as separators (a dossier written on
 * Windows); absolute paths, `~` and anything that resolves outside the root are refused.
 */
const resolved = new WeakMap<Dossier, Map<string, EvidencePath>>();

export function resolveEvidencePath(dossier: Dossier, written: string): EvidencePath {
  // several rules and the visit checklist ask about the same paths within one check
  let memo = resolved.get(dossier);
  if (!memo) resolved.set(dossier, memo = new Map());
  let r = memo.get(written);
  if (!r) memo.set(written, r = resolveUncached(dossier, written));
  return r;
}

function resolveUncached(dossier: Dossier, written: string): EvidencePath {
  const p = written.replace(/\\/g, '/');
  if (p.startsWith('~')) return { ok: false, reason: 'home' };
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.startsWith('//')) return { ok: false, reason: 'absolute' };
  const rel = path.posix.normalize(p);
  if (climbsOut(rel)) return { ok: false, reason: 'escapes' };
  const abs = path.join(dossier.root, ...rel.split('/'));
  const real = dossier.host.realpath(abs);
  if (real) {
    const rootReal = dossier.host.realpath(dossier.root) ?? dossier.root;
    if (!isInside(rootReal, real)) return { ok: false, reason: 'symlink' };
  }
  return { ok: true, abs, rel };
}

export function kindTitle(ctx: DossierView, e: EvidenceEntry): string {
  return e.title ?? (e.kind ? ctx.catalogue.evidenceKinds.get(e.kind.value)?.title ?? e.kind.value : '?');
}

/** " Vouliez-vous dire X ?" / " Did you mean X?", or nothing. */
export function didYouMean(lang: Lang, target: string | undefined): string {
  if (!target) return '';
  return lang === 'fr' ? ` Vouliez-vous dire ${target} ?` : ` Did you mean ${target}?`;
}
