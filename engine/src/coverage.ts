/** Coverage of each criterion file: its elements counted by status, and those missing. */
import type { Catalogue } from './catalogue.js';
import type { Dossier } from './model.js';
import { isStatus } from './format/vocabulary.js';

export interface ElementCounts {
  total: number; conforme: number; partiel: number; 'non-conforme': number; 'non-applicable': number; 'a-evaluer': number; missing: number;
}

export interface CriterionCoverage {
  id: string;
  file: string;
  elements: ElementCounts;
}

export function computeCoverage(dossier: Dossier, catalogue: Catalogue): CriterionCoverage[] {
  const out: CriterionCoverage[] = [];
  for (const entry of dossier.criteria) {
    const catalogued = entry.id ? catalogue.criteria.get(entry.id) : undefined;
    const counts: ElementCounts = { total: 0, conforme: 0, partiel: 0, 'non-conforme': 0, 'non-applicable': 0, 'a-evaluer': 0, missing: 0 };
    const known = new Set(catalogued?.elements.map(e => e.id) ?? []);
    const seen = new Set<string>();
    for (const el of entry.elements) {
      if (!el.code || seen.has(el.code)) continue;
      if (catalogued?.elementsComplete && !known.has(el.code)) continue; // unknown-element: not part of the criterion
      seen.add(el.code);
      const status = el.status?.value;
      if (isStatus(status)) counts[status]++;
      else counts['a-evaluer']++; // no valid status yet: not evaluated
    }
    counts.missing = [...known].filter(k => !seen.has(k)).length;
    counts.total = seen.size + counts.missing;
    out.push({ id: entry.id ?? entry.text ?? '', file: entry.file.path, elements: counts });
  }
  return out.sort((a, b) => (a.id === b.id ? (a.file < b.file ? -1 : 1) : a.id < b.id ? -1 : 1));
}
