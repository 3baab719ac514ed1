/** Coverage of each criterion file: its elements counted by status, and those missing. */
import type { Catalogue, CatalogueCriterion } from './catalogue.js';
import { appliesTo } from './scaffold.js';
import { scopeIdsOf } from './scopes.js';
import type { Dossier } from './model.js';
import { isStatus } from './format/vocabulary.js';
import type { ElementProof } from './proof.js';

/** Elements by declared status, and how many of the claims (conforme, non-applicable) the dossier proves (proof.ts). */
export interface ElementCounts {
  total: number;
  conforme: number;
  partiel: number;
  'non-conforme': number;
  'non-applicable': number;
  'a-evaluer': number;
  missing: number;
  provenConforme: number;
  provenNonApplicable: number;
  /** conforme and non-applicable elements still proven on the first day of the visit (= proven when no visit is ahead) */
  provenAtVisit: number;
}

export const zeroCounts = (): ElementCounts => ({
  total: 0,
  conforme: 0,
  partiel: 0,
  'non-conforme': 0,
  'non-applicable': 0,
  'a-evaluer': 0,
  missing: 0,
  provenConforme: 0,
  provenNonApplicable: 0,
  provenAtVisit: 0,
});

export interface CriterionCoverage {
  id: string;
  file: string;
  elements: ElementCounts;
}

export function computeCoverage(dossier: Dossier, catalogue: Catalogue, proof: readonly ElementProof[] = []): CriterionCoverage[] {
  const out: CriterionCoverage[] = [];
  const proofs = new Map(proof.map(p => [`${p.file}\0${p.element}`, p]));
  for (const entry of dossier.criteria) {
    const catalogued = entry.id ? catalogue.criteria.get(entry.id) : undefined;
    const counts = zeroCounts();
    const known = new Set(catalogued?.elements.map(e => e.id) ?? []);
    const seen = new Set<string>();
    for (const el of entry.elements) {
      if (!el.code || seen.has(el.code)) continue;
      if (catalogued?.elementsComplete && !known.has(el.code)) continue; // unknown-element: not part of the criterion
      seen.add(el.code);
      const status = el.status?.value;
      if (isStatus(status)) counts[status]++;
      else counts['a-evaluer']++; // no valid status yet: not evaluated
      const p = proofs.get(`${entry.file.path}\0${el.code}`);
      if (p?.proven) {
        if (p.status === 'conforme') counts.provenConforme++;
        else counts.provenNonApplicable++;
      }
      if (p?.provenAtVisit) counts.provenAtVisit++;
    }
    counts.missing = [...known].filter(k => !seen.has(k)).length;
    counts.total = seen.size + counts.missing;
    out.push({ id: entry.id ?? entry.text ?? '', file: entry.file.path, elements: counts });
  }
  return out.sort((a, b) => (a.id === b.id ? (a.file < b.file ? -1 : 1) : a.id < b.id ? -1 : 1));
}

/**
 * The catalogue's criteria that apply to the dossier's scope and have no file: all their known
 * elements are missing. The report counts them in its rows and totals, and every readiness
 * figure (`proof.ts`) adds them, so that the JSON, the status bar and the code lens say what the
 * report says.
 */
export function criteriaWithoutFile(dossier: Dossier, catalogue: Catalogue | undefined): CatalogueCriterion[] {
  if (!catalogue) return [];
  // a folder that could not be read may hold them: unreadable-file says so, none is called missing
  if (dossier.unreadable.some(u => u.failure === 'unreadable-folder')) return [];
  const filed = new Set(dossier.criteria.map(e => e.id).filter(Boolean));
  const scope = scopeIdsOf(catalogue, dossier.manifest?.scope.map(x => x.value) ?? []);
  return [...catalogue.criteria.values()].filter(c => !filed.has(c.id) && appliesTo(c, scope));
}
