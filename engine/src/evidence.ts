/**
 * What the rules share with the visit checklist, the report and the editor features: walking the
 * elements and the evidence of a dossier, an evidence kind's maximum age, where an evidence
 * `file:` points. It sits below the rules: nothing here knows of a rule.
 */
import * as path from 'node:path';
import type { Catalogue, CatalogueCriterion, EvidenceKind } from './catalogue.js';
import { parseDuration, type Duration, NO_DURATION } from './dates.js';
import type { CriterionEntry, Dossier, DossierFile, ElementEntry, EvidenceEntry } from './model.js';
import { climbsOut, isInside } from './paths.js';

/** What walking the dossier needs: the dossier and its catalogue (a rule context is one). */
export interface DossierView {
  dossier: Dossier;
  catalogue: Catalogue;
}

export interface ElementSite {
  entry: CriterionEntry;
  element: ElementEntry;
  catalogued?: CatalogueCriterion;
}

/**
 * One list per dossier and catalogue: a dozen rules walk the same elements and evidence items
 * (25,000 of them in a hostile file), and the dossier does not change once loaded.
 */
function memoOf<T>(
  memo: WeakMap<Dossier, { catalogue: Catalogue; criteria: readonly CriterionEntry[]; list: readonly T[] }>,
  ctx: DossierView,
  make: () => T[],
) {
  const hit = memo.get(ctx.dossier);
  if (hit && hit.catalogue === ctx.catalogue && hit.criteria === ctx.dossier.criteria) return hit.list;
  const list = make();
  memo.set(ctx.dossier, { catalogue: ctx.catalogue, criteria: ctx.dossier.criteria, list });
  return list;
}
const elementSites = new WeakMap<Dossier, { catalogue: Catalogue; criteria: readonly CriterionEntry[]; list: readonly ElementSite[] }>();
const evidenceSites = new WeakMap<Dossier, { catalogue: Catalogue; criteria: readonly CriterionEntry[]; list: readonly EvidenceSite[] }>();

/** Every element with its criterion file, the catalogue entry when there is one. */
export function elementsOf(ctx: DossierView): readonly ElementSite[] {
  return memoOf(elementSites, ctx, () => {
    const out: ElementSite[] = [];
    for (const entry of ctx.dossier.criteria) {
      const catalogued = entry.id ? ctx.catalogue.criteria.get(entry.id) : undefined;
      for (const element of entry.elements) out.push({ entry, element, catalogued });
    }
    return out;
  });
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
export function evidenceOf(ctx: DossierView): readonly EvidenceSite[] {
  return memoOf(evidenceSites, ctx, () => evidenceSitesOf(ctx));
}

function evidenceSitesOf(ctx: DossierView): EvidenceSite[] {
  const out: EvidenceSite[] = [];
  for (const { entry, element } of elementsOf(ctx)) {
    for (const evidence of element.evidence) out.push({ file: entry.file, evidence, criterion: entry.id, element: element.code, origin: 'criterion' });
  }
  const m = ctx.dossier.manifest;
  if (m) for (const evidence of m.calista) out.push({ file: m.file, evidence, origin: 'calista' });
  if (m) {
    for (const p of m.providers) {
      if (!p.pcaPra) continue;
      const evidence: EvidenceEntry = {
        node: p.node,
        title: `PCA / PRA — ${p.name ?? '?'}`,
        kind: { value: PROVIDER_PCA_KIND, node: p.pcaPra.node },
        file: p.pcaPra,
      };
      out.push({ file: m.file, evidence, origin: 'provider', provider: p.name });
    }
  }
  return out;
}

export interface Freshness {
  duration: Duration;
  basis: 'manual' | 'practice' | 'dossier';
  quote?: string;
}

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

export type EvidencePath = { ok: true; abs: string; rel: string } | { ok: false; reason: 'absolute' | 'home' | 'escapes' | 'symlink' };

/**
 * Where an evidence `file:` points. Backslashes count as separators (a dossier written on
 * Windows); absolute paths, `~` and anything that resolves outside the root are refused.
 */
const resolved = new WeakMap<Dossier, Map<string, EvidencePath>>();

export function resolveEvidencePath(dossier: Dossier, written: string): EvidencePath {
  // several rules and the visit checklist ask about the same paths within one check
  let memo = resolved.get(dossier);
  if (!memo) resolved.set(dossier, (memo = new Map()));
  let r = memo.get(written);
  if (!r) memo.set(written, (r = resolveUncached(dossier, written)));
  return r;
}

function resolveUncached(dossier: Dossier, written: string): EvidencePath {
  const p = written.replace(/\\/g, '/');
  if (p.startsWith('~')) return { ok: false, reason: 'home' };
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.startsWith('//')) return { ok: false, reason: 'absolute' };
  let rel = path.posix.normalize(p);
  if (climbsOut(rel)) return { ok: false, reason: 'escapes' };
  let abs = path.join(dossier.root, ...rel.split('/'));
  // « résumé.pdf » typed (NFC) and saved by a Mac (NFD) is the same name to the user: find either
  if (/[^\x00-\x7f]/.test(rel) && dossier.host.kind(abs) === undefined) {
    for (const form of ['NFC', 'NFD'] as const) {
      const other = rel.normalize(form);
      const otherAbs = path.join(dossier.root, ...other.split('/'));
      if (other !== rel && dossier.host.kind(otherAbs) !== undefined) {
        rel = other;
        abs = otherAbs;
        break;
      }
    }
  }
  // a missing file has no real path (asking would be a failed system call per missing file)
  const real = dossier.host.kind(abs) === undefined ? undefined : dossier.host.realpath(abs);
  if (real) {
    const rootReal = dossier.host.realpath(dossier.root) ?? dossier.root;
    if (!isInside(rootReal, real)) return { ok: false, reason: 'symlink' };
  }
  return { ok: true, abs, rel };
}

/** The title a user knows an evidence item by: its own, else its kind's. */
export function kindTitle(ctx: DossierView, e: EvidenceEntry): string {
  return e.title ?? (e.kind ? (ctx.catalogue.evidenceKinds.get(e.kind.value)?.title ?? e.kind.value) : '?');
}

/**
 * A title as a name: case, accents, punctuation and spacing do not count (« Matrice d’habilitation »,
 * "MATRICE D'HABILITATION" and "matrice-habilitation" are one name), nor a year or a date at its end
 * (« Matrice d'habilitation 2026 »).
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/(?:^| )(?:(?:\d{1,2} ){0,2}(?:19|20)\d\d|(?:19|20)\d\d(?: \d{1,2}){0,2})$/, '')
    .trim();
}

/** The names of a kind: its title, the title's heading (before « : », « ( » or « - »), its id. */
function kindNames(kind: EvidenceKind): string[] {
  const heading = kind.title.split(/\s+[:(–—-]\s*|\s*\(|\s+:/)[0];
  return [kind.title, heading, kind.id].map(titleKey).filter(k => k.length > 0);
}

const namesIndex = new WeakMap<Catalogue, Map<string, EvidenceKind | null>>();

/**
 * The evidence kind an evidence title names, when it names one clearly: the same words as the
 * kind's title, as its heading or as its id (titleKey). Nothing closer than that is taken (no
 * plural, synonym or part of a title), and a name two kinds share names neither.
 */
export function kindNamedBy(catalogue: Catalogue, title: string | undefined): EvidenceKind | undefined {
  if (!title) return undefined;
  let index = namesIndex.get(catalogue);
  if (!index) {
    index = new Map();
    for (const kind of catalogue.data.evidenceKinds) {
      for (const name of new Set(kindNames(kind))) {
        const seen = index.get(name);
        index.set(name, seen === undefined || seen === kind ? kind : null);
      }
    }
    namesIndex.set(catalogue, index);
  }
  return index.get(titleKey(title)) ?? undefined;
}
