/**
 * The editor's coverage tree (chapter → objective → criterion → element), with counts and
 * where to open; the VS Code "Dossier" view only maps these nodes to tree items.
 */
import { readiness, type ElementState, type ReportModel } from './model.js';
import type { ElementCounts } from '../coverage.js';

export interface CoverageNode {
  id: string;
  label: string;
  description: string;
  kind: 'chapter' | 'objective' | 'criterion' | 'element';
  /** for icons: the state of an element, or the heat of a group */
  state: ElementState | 'good' | 'fair' | 'bad' | 'none';
  /** file to open (relative to the dossier root) and 1-based line */
  file?: string;
  line?: number;
  tooltip?: string;
  children: CoverageNode[];
}

const pct = (c: ElementCounts) => `${Math.round(readiness(c) * 100)} %`;
function groupState(c: ElementCounts): CoverageNode['state'] {
  if (!c.total || c.missing === c.total) return 'none';
  if (c['non-conforme'] > 0) return 'bad';
  return readiness(c) >= 0.9 ? 'good' : 'fair';
}
function counts(c: ElementCounts, fr: boolean): string {
  return `${c.conforme + c['non-applicable']}/${c.total} · ${pct(c)}${c.missing ? (fr ? ` · ${c.missing} manquant${c.missing > 1 ? 's' : ''}` : ` · ${c.missing} missing`) : ''}`;
}

export function coverageTree(m: ReportModel): CoverageNode[] {
  const fr = m.lang === 'fr';
  const STATE: Record<ElementState, string> = fr
    ? { conforme: 'conforme', partiel: 'partiel', 'non-conforme': 'non conforme', 'non-applicable': 'non applicable', 'a-evaluer': 'à évaluer', missing: 'manquant' }
    : { conforme: 'compliant', partiel: 'partial', 'non-conforme': 'non-compliant', 'non-applicable': 'not applicable', 'a-evaluer': 'to evaluate', missing: 'missing' };
  return m.chapters.map(ch => ({
    id: `ch:${ch.id}`, kind: 'chapter', label: `${ch.id} ${ch.title ?? ''}`.trim(), description: counts(ch.counts, fr), state: groupState(ch.counts),
    children: ch.objectives.map(ob => ({
      id: `ob:${ob.id}`, kind: 'objective', label: `${ob.id} ${ob.title ?? (fr ? '(titre non sourcé)' : '(title not sourced)')}`, description: counts(ob.counts, fr), state: groupState(ob.counts),
      children: ob.criteria.map(c => ({
        id: `cr:${c.id}`, kind: 'criterion', label: c.id, description: `${counts(c.counts, fr)}${c.file ? '' : fr ? ' · pas de fichier' : ' · no file'}`,
        state: groupState(c.counts), file: c.file, line: c.line, tooltip: c.title,
        children: c.elements.map(e => ({
          id: `el:${c.id}-${e.id}`, kind: 'element', label: e.id, description: STATE[e.state], state: e.state,
          file: c.file, line: e.line ?? c.line, tooltip: e.text, children: [],
        })),
      })),
    })),
  }));
}
