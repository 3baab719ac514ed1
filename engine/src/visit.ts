/**
 * Visit readiness: the window of the next visit derived from the last certification decision,
 * and the expert visitors' checklist (the documents made available during the visit, the
 * providers' certificates and PCA/PRA, the governance audit's participants). The rules
 * `visit-window` and `visit-document-missing`, the report, the CLI's `visit` command and the
 * editor's status bar all read it from here.
 */
import type { Catalogue, EvidenceKind } from './catalogue.js';
import { addDuration, daysBetween, parseDuration, type CivilDate, type Duration } from './dates.js';
import type { Dossier, Manifest } from './model.js';
import { evidenceOf, freshnessOf, kindNamedBy, PROVIDER_PCA_KIND, resolveEvidencePath, type DossierView, type EvidenceSite } from './evidence.js';
import { nodeRange } from './yamlSource.js';

import { DECISION_LABELS, decisionOpens, isDecision, type Decision } from './format/vocabulary.js';

export { DECISION_LABELS, type Decision };

export interface VisitWindow {
  decision: Decision;
  decided: CivilDate;
  /** earliest day of the next visit (none after a certification: any day before it ends) */
  from?: CivilDate;
  /** last day of the window (after a certification: the last day it is valid) */
  to: CivilDate;
  /** the last day the certification is valid, after certifie / certifie-mention */
  validUntil?: CivilDate;
}

/** The window of the next visit, when dossier.yaml records the last decision and the catalogue gives the cycle. */
export function visitWindow(manifest: Manifest | undefined, catalogue: Catalogue): VisitWindow | undefined {
  const cycle = catalogue.data.certification;
  const decision = manifest?.certification?.decision?.value as Decision | undefined;
  const decided = manifest?.certification?.date?.value;
  if (!cycle || !decision || !decided || !isDecision(decision)) return undefined;
  const after = (d: string | undefined): CivilDate | undefined => {
    const p = parseDuration(d);
    return p ? addDuration(decided, p) : undefined;
  };
  const lastDayOf = (d: string | undefined): CivilDate | undefined => {
    const end = after(d);
    return end ? addDuration(end, DAY, -1) : undefined;
  };
  if (decisionOpens(decision) === 'validity') {
    // valid 4 years: from the decision day through the day before its 4th anniversary
    const validUntil = lastDayOf(cycle.validity);
    return validUntil ? { decision, decided, to: validUntil, validUntil } : undefined;
  }
  const w = cycle[decisionOpens(decision) as 'conditional' | 'refused'];
  const from = after(w?.from),
    to = after(w?.to);
  return from && to ? { decision, decided, from, to } : undefined;
}

const DAY: Duration = { amount: 1, unit: 'day', text: '1 day' };

export function isInWindow(w: VisitWindow, day: CivilDate): boolean {
  return (w.from === undefined ? day > w.decided : day >= w.from) && day <= w.to;
}

/** From how long before the visit a missing checklist document is a warning: dossier.yaml first, then the catalogue. */
export function documentsReadyBefore(manifest: Manifest | undefined, catalogue: Catalogue): Duration {
  return (
    parseDuration(manifest?.documentsReady?.value) ??
    parseDuration(catalogue.data.visit?.readyBefore?.duration) ?? { amount: 2, unit: 'month', text: '2 months' }
  );
}

export interface ProvidedDocument {
  /** where it is declared: the dossier file and 1-based line */
  declaredIn: string;
  line: number;
  title: string;
  /** the evidence file, relative to the root, and whether it exists */
  file?: string;
  fileExists?: boolean;
  url?: string;
  date?: CivilDate;
  origin: EvidenceSite['origin'];
  criterion?: string;
  element?: string;
  provider?: string;
  /** valid on the day checked (the visit's first day, or as-of when no visit is set) */
  valid: boolean;
  /** why not valid: stale since, expired on, file missing */
  invalidBecause?: { reason: 'stale'; since: CivilDate } | { reason: 'expired'; on: CivilDate } | { reason: 'file-missing' } | { reason: 'no-file' };
}

/** An evidence item without `kind:` whose title names a kind of the checklist. */
export interface UntypedDocument {
  /** where it is declared: the dossier file and 1-based line */
  declaredIn: string;
  line: number;
  title: string;
  criterion?: string;
  element?: string;
}

export interface ChecklistItem {
  kind: EvidenceKind;
  criteria: string[];
  criteriaNote?: string;
  provided: ProvidedDocument[];
  /** nothing provides it (for the providers' PCA/PRA: a provider has none) */
  missing: boolean;
  /** evidence without `kind:` whose title names this kind (kindNamedBy): with `kind:` added, it would provide it */
  untyped: UntypedDocument[];
  /** providers without a PCA/PRA (the PCA/PRA item only) */
  providersWithout?: string[];
}

export interface ProviderStatus {
  name: string;
  service?: string;
  line: number;
  certificate?: string;
  validUntil?: CivilDate;
  /** on as-of / on the visit's first day */
  validNow?: boolean;
  validOnVisit?: boolean;
  pcaPra?: string;
}

export interface GovernanceSeat {
  role: string;
  title: string;
  uncertain: boolean;
  holder?: string;
  declared: boolean;
}

export interface VisitChecklist {
  asOf: CivilDate;
  visitStart?: CivilDate;
  /** days from as-of to the first day of the visit (negative once it has begun) */
  daysLeft?: number;
  /** the day from which a missing document is a warning */
  readyBy?: CivilDate;
  readyBefore: Duration;
  readyBeforeBasis: 'manual' | 'practice' | 'dossier';
  window?: VisitWindow & { visitInWindow?: boolean };
  documents: ChecklistItem[];
  providers: ProviderStatus[];
  governance?: { title?: string; duration?: string; seats: GovernanceSeat[] };
}

/** The expert visitors' checklist for a dossier, judged on the visit's first day (or as-of when there is none). */
export function visitChecklist(view: DossierView, asOf: CivilDate, o: { presenceOnly?: boolean } = {}): VisitChecklist {
  const { dossier, catalogue } = view;
  const m = dossier.manifest;
  const visitStart = m?.visitStart?.value;
  const day = visitStart && visitStart > asOf ? visitStart : asOf;
  const readyBefore = documentsReadyBefore(m, catalogue);
  const w = visitWindow(m, catalogue);

  const sitesByKind = new Map<string, EvidenceSite[]>();
  for (const site of evidenceOf(view)) {
    const k = site.evidence.kind?.value;
    if (!k) continue;
    let list = sitesByKind.get(k);
    if (!list) sitesByKind.set(k, (list = []));
    list.push(site);
  }
  const untypedByKind = untypedEvidence(view);
  const documents: ChecklistItem[] = [];
  for (const kind of catalogue.data.evidenceKinds) {
    if (kind.shown !== 'visit') continue;
    // the rule only needs to know whether something provides the kind: no stat, no freshness
    const provided = (sitesByKind.get(kind.id) ?? []).map(s => (o.presenceOnly ? ({ origin: s.origin } as ProvidedDocument) : describe(view, s, day)));
    const item: ChecklistItem = {
      kind,
      criteria: kind.criteria ?? [],
      criteriaNote: kind.criteriaNote,
      provided,
      missing: provided.length === 0,
      untyped: (untypedByKind.get(kind.id) ?? []).map(site => ({
        declaredIn: site.file.path,
        line: nodeRange(site.file.source, site.evidence.node).start.line + 1,
        title: site.evidence.title!,
        criterion: site.criterion,
        element: site.element,
      })),
    };
    if (kind.id === PROVIDER_PCA_KIND && m?.providers.length) {
      // with providers declared, each one's PCA/PRA is asked for
      item.providersWithout = m.providers.filter(p => !p.pcaPra).map(p => p.name ?? '?');
      item.missing = item.providersWithout.length > 0;
    }
    documents.push(item);
  }

  const providers: ProviderStatus[] = (m?.providers ?? []).map(p => ({
    name: p.name ?? '?',
    service: p.service,
    line: nodeRange(m!.file.source, p.node).start.line + 1,
    certificate: p.hdsCertificate?.value,
    validUntil: p.hdsValidUntil?.value,
    validNow: p.hdsValidUntil ? p.hdsValidUntil.value >= asOf : undefined,
    validOnVisit: p.hdsValidUntil && visitStart ? p.hdsValidUntil.value >= visitStart : undefined,
    pcaPra: p.pcaPra?.value,
  }));

  const audit = catalogue.data.visit?.governanceAudit;
  const governance = audit
    ? {
        title: audit.title,
        duration: audit.duration,
        seats: audit.participants.map(p => {
          const declared = m?.roles?.get(p.role);
          return { role: p.role, title: p.title, uncertain: Boolean(p.uncertain), holder: declared?.name, declared: Boolean(declared) };
        }),
      }
    : undefined;

  return {
    asOf,
    visitStart,
    daysLeft: visitStart ? daysBetween(asOf, visitStart) : undefined,
    readyBy: visitStart ? addDuration(visitStart, readyBefore, -1) : undefined,
    readyBefore,
    readyBeforeBasis: m?.documentsReady && parseDuration(m.documentsReady.value) ? 'dossier' : (catalogue.data.visit?.readyBefore?.basis ?? 'practice'),
    window: w ? { ...w, visitInWindow: visitStart ? isInWindow(w, visitStart) : undefined } : undefined,
    documents,
    providers,
    governance,
  };
}

/** The evidence items of the elements without `kind:` whose title names a kind (kindNamedBy), by that kind's id. */
export function untypedEvidence(view: DossierView): ReadonlyMap<string, readonly EvidenceSite[]> {
  // asked twice a check (the checklist, then the rule that says it): each title is read once
  const hit = untypedMemo.get(view.dossier);
  if (hit && hit.catalogue === view.catalogue && hit.sites === evidenceOf(view)) return hit.byKind;
  const byKind = untypedEvidenceOf(view);
  untypedMemo.set(view.dossier, { catalogue: view.catalogue, sites: evidenceOf(view), byKind });
  return byKind;
}
const untypedMemo = new WeakMap<Dossier, { catalogue: Catalogue; sites: readonly EvidenceSite[]; byKind: Map<string, EvidenceSite[]> }>();

function untypedEvidenceOf(view: DossierView): Map<string, EvidenceSite[]> {
  const out = new Map<string, EvidenceSite[]>();
  for (const site of evidenceOf(view)) {
    if (site.origin !== 'criterion' || site.evidence.kind) continue;
    const kind = kindNamedBy(view.catalogue, site.evidence.title);
    if (!kind) continue;
    let list = out.get(kind.id);
    if (!list) out.set(kind.id, (list = []));
    list.push(site);
  }
  return out;
}

function describe(view: DossierView, site: EvidenceSite, day: CivilDate): ProvidedDocument {
  const e = site.evidence;
  const doc: ProvidedDocument = {
    declaredIn: site.file.path,
    line: nodeRange(site.file.source, e.node).start.line + 1,
    title: e.title ?? view.catalogue.evidenceKinds.get(e.kind?.value ?? '')?.title ?? '?',
    url: e.url,
    date: e.date?.value ?? e.uploaded?.value,
    origin: site.origin,
    criterion: site.criterion,
    element: site.element,
    provider: site.provider,
    valid: true,
  };
  if (e.file) {
    const where = resolveEvidencePath(view.dossier, e.file.value);
    doc.file = where.ok ? where.rel : e.file.value;
    doc.fileExists = where.ok && view.dossier.host.kind(where.abs) !== undefined;
    if (!doc.fileExists) {
      doc.valid = false;
      doc.invalidBecause = { reason: 'file-missing' };
      return doc;
    }
  } else if (!e.url) {
    doc.valid = false;
    doc.invalidBecause = { reason: 'no-file' };
    return doc;
  }
  if (e.expires && e.expires.value < day) {
    doc.valid = false;
    doc.invalidBecause = { reason: 'expired', on: e.expires.value };
    return doc;
  }
  const fresh = e.kind && e.date ? freshnessOf(view, e.kind.value) : undefined;
  if (fresh && e.date) {
    const validThrough = addDuration(e.date.value, fresh.duration);
    if (validThrough < day) {
      doc.valid = false;
      doc.invalidBecause = { reason: 'stale', since: addDuration(validThrough, DAY) };
    }
  }
  return doc;
}

/** Normalises an owner or a role for comparison: case, accents, spaces and dashes do not count. */
export function roleKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** The declared role an owner names (by id, title or holder), or undefined. */
export function roleOf(dossier: Dossier, catalogue: Catalogue, owner: string): string | undefined {
  const roles = dossier.manifest?.roles;
  if (!roles) return undefined;
  return roleIndex(roles, catalogue).get(roleKey(owner));
}

/** Every name of every declared role → its id, built once per manifest and catalogue (owners × roles stays linear). */
const roleIndexes = new WeakMap<object, { catalogue: Catalogue; index: Map<string, string> }>();
function roleIndex(roles: NonNullable<NonNullable<Dossier['manifest']>['roles']>, catalogue: Catalogue): Map<string, string> {
  const hit = roleIndexes.get(roles);
  if (hit && hit.catalogue === catalogue) return hit.index;
  const titles = new Map((catalogue.data.roles ?? []).map(c => [c.id, c.title]));
  const index = new Map<string, string>();
  // first declared role wins, as the scan in declaration order did
  for (const r of roles.values()) {
    for (const name of [r.id, r.title, r.name, titles.get(r.id)]) {
      if (!name) continue;
      const k = roleKey(name);
      if (!index.has(k)) index.set(k, r.id);
    }
  }
  roleIndexes.set(roles, { catalogue, index });
  return index;
}
