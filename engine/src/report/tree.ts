/**
 * The editor's coverage tree (chapter → objective → criterion → element), with counts and
 * where to open; the VS Code "Dossier" view only maps these nodes to tree items.
 */
import { readiness, type ElementState, type ReportModel } from './model.js';
import type { ElementCounts } from '../coverage.js';
import { countState, t, type Lang } from '../l10n/index.js';
import { ELEMENT_STATE_TERMS } from '../format/vocabulary.js';

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
function counts(c: ElementCounts, lang: Lang): string {
  return `${c.conforme + c['non-applicable']}/${c.total} · ${pct(c)}${c.missing ? ` · ${countState(lang, 'missing', c.missing)}` : ''}`;
}

export function coverageTree(m: ReportModel): CoverageNode[] {
  const lang = m.lang;
  const STATE = (s: ElementState) => ELEMENT_STATE_TERMS[s].label[lang];
  return m.chapters.map(ch => ({
    id: `ch:${ch.id}`, kind: 'chapter', label: `${ch.id} ${ch.title ?? ''}`.trim(), description: counts(ch.counts, lang), state: groupState(ch.counts),
    children: ch.objectives.map(ob => ({
      id: `ob:${ob.id}`, kind: 'objective', label: `${ob.id} ${ob.title ?? `(${t(lang, 'report.notSourced')})`}`, description: counts(ob.counts, lang), state: groupState(ob.counts),
      children: ob.criteria.map(c => ({
        id: `cr:${c.id}`, kind: 'criterion', label: c.level === 'imperatif' ? `${c.id} ⚠ ${t(lang, 'tree.imperative')}` : c.id,
        description: c.file ? counts(c.counts, lang) : t(lang, 'report.noFile'),
        state: c.file ? groupState(c.counts) : 'missing', file: c.file, line: c.line, tooltip: c.title,
        children: c.elements.map(e => ({
          id: `el:${c.id}-${e.id}`, kind: 'element', label: e.id, description: STATE(e.state), state: e.state,
          file: c.file, line: e.line ?? c.line, tooltip: e.text, children: [],
        })),
      })),
    })),
  }));
}
