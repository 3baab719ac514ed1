/**
 * The editor's coverage tree (chapter → objective → criterion → element), with counts and
 * where to open; the VS Code "Dossier" view only maps these nodes to tree items.
 */
import { provenReadiness, readiness, type ElementState, type ReportModel } from './model.js';
import { proofReasonText } from '../proof.js';
import type { ElementCounts } from '../coverage.js';
import { colon, countState, semicolon, t, type Lang } from '../l10n/index.js';
import { ELEMENT_STATE_TERMS } from '../format/vocabulary.js';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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

const pct = (x: number) => `${Math.round(x * 100)}\u00a0%`;
function groupState(c: ElementCounts): CoverageNode['state'] {
  if (!c.total || c.missing === c.total) return 'none';
  if (c['non-conforme'] > 0) return 'bad';
  return readiness(c) >= 0.9 ? 'good' : 'fair';
}
/** "déclaré 4/5 · 80 % · prouvé 2/5 · 40 %": declared and proven apart. */
function counts(c: ElementCounts, lang: Lang): string {
  const proven = c.provenConforme + c.provenNonApplicable;
  return `${t(lang, 'proof.declared')} ${c.conforme + c['non-applicable']}/${c.total} · ${pct(readiness(c))} · ${t(lang, 'proof.proven')} ${proven}/${c.total} · ${pct(provenReadiness(c))}`
    + `${c.missing ? ` · ${countState(lang, 'missing', c.missing)}` : ''}`;
}

/** Why a group has its mark: the tooltip of chapters, objectives and criteria. */
function markText(state: CoverageNode['state'], lang: Lang): string | undefined {
  return state === 'bad' || state === 'fair' || state === 'good' || state === 'none' ? t(lang, `tree.${state}`) : undefined;
}

export function coverageTree(m: ReportModel): CoverageNode[] {
  const lang = m.lang;
  const withMark = <N extends { state: CoverageNode['state']; tooltip?: string }>(n: N): N => {
    const why = markText(n.state, lang);
    return why ? { ...n, tooltip: [n.tooltip, why].filter(Boolean).join('\n\n') } : n;
  };
  const STATE = (s: ElementState) => ELEMENT_STATE_TERMS[s].label[lang];
  return m.chapters.map(ch => withMark({
    id: `ch:${ch.id}`, kind: 'chapter', label: `${ch.id} ${ch.title ?? ''}`.trim(), description: counts(ch.counts, lang), state: groupState(ch.counts),
    children: ch.objectives.map(ob => withMark({
      id: `ob:${ob.id}`, kind: 'objective', label: `${ob.id} ${ob.title ?? `(${t(lang, 'report.notSourced')})`}`, description: counts(ob.counts, lang), state: groupState(ob.counts),
      children: ob.criteria.map(c => withMark({
        id: `cr:${c.id}`, kind: 'criterion', label: c.level === 'imperatif' ? `${c.id} ⚠ ${t(lang, 'tree.imperative')}` : c.id,
        description: c.file ? counts(c.counts, lang) : t(lang, 'report.noFile'),
        state: c.file ? groupState(c.counts) : 'missing', file: c.file, line: c.line, tooltip: c.title,
        children: c.elements.map(e => ({
          id: `el:${c.id}-${e.id}`, kind: 'element', label: e.id,
          description: e.proven === undefined ? STATE(e.state) : `${STATE(e.state)} · ${t(lang, e.proven ? 'proof.proven' : 'proof.notProven')}`,
          state: e.state, file: c.file, line: e.line ?? c.line,
          tooltip: [e.text, e.proven === false ? `${capitalize(t(lang, 'proof.notProven'))}${colon(lang)} ${(e.reasons ?? []).map(r => proofReasonText(r, lang)).join(`${semicolon(lang)} `)}` : undefined,
            e.comment ? `${t(lang, 'proof.comment')}${colon(lang)} ${e.comment}` : undefined].filter(Boolean).join('\n\n') || undefined,
          children: [],
        })),
      })),
    })),
  }));
}
