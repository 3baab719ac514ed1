/**
 * The editor's coverage tree (chapter → objective → criterion → element), with counts and
 * where to open; the VS Code "Dossier" view only maps these nodes to tree items.
 */
import { provenReadiness, readiness, type ElementState, type ReportModel } from './model.js';
import { proofReasonText } from '../proof.js';
import type { ElementCounts } from '../coverage.js';
import { colon, countState, semicolon, t, type Lang } from '../l10n/index.js';
import { ELEMENT_STATE_TERMS } from '../format/vocabulary.js';
import { chapterNode } from './firstLevel.js';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface CoverageNode {
  id: string;
  label: string;
  description: string;
  /** `file`: another file that declares the same criterion (duplicate-criterion), under the criterion */
  kind: 'chapter' | 'objective' | 'criterion' | 'element' | 'file';
  /**
   * for icons: the state of an element, or the heat of a group; `duplicate`: a file that declares a
   * criterion again; `checking`: a chapter shown before the first check (firstLevel.ts)
   */
  state: ElementState | 'good' | 'fair' | 'bad' | 'none' | 'duplicate' | 'checking';
  /**
   * Something is left to do here: an element neither conforme nor non-applicable, or one declared
   * so but not proven; a criterion with such an element, no file, a finding or a second file; a
   * group holding such a criterion. The view's "gaps only" filter keeps these.
   */
  gap: boolean;
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
  return (
    `${t(lang, 'proof.declared')} ${c.conforme + c['non-applicable']}/${c.total} · ${pct(readiness(c))} · ${t(lang, 'proof.proven')} ${proven}/${c.total} · ${pct(provenReadiness(c))}` +
    `${c.missing ? ` · ${countState(lang, 'missing', c.missing)}` : ''}`
  );
}

/** Why a group has its mark: the tooltip of chapters, objectives and criteria. */
function markText(state: CoverageNode['state'], lang: Lang): string | undefined {
  return state === 'bad' || state === 'fair' || state === 'good' || state === 'none' ? t(lang, `tree.${state}`) : undefined;
}

const elementGap = (e: ReportModel['chapters'][number]['objectives'][number]['criteria'][number]['elements'][number]) =>
  !(e.state === 'conforme' || e.state === 'non-applicable') || e.proven === false;

export function coverageTree(m: ReportModel): CoverageNode[] {
  const lang = m.lang;
  const withMark = <N extends { state: CoverageNode['state']; tooltip?: string }>(n: N): N => {
    const why = markText(n.state, lang);
    return why ? { ...n, tooltip: [n.tooltip, why].filter(Boolean).join('\n\n') } : n;
  };
  const STATE = (s: ElementState) => ELEMENT_STATE_TERMS[s].label[lang];
  const criterionNode = (c: ReportModel['chapters'][number]['objectives'][number]['criteria'][number]): CoverageNode => {
    const elements: CoverageNode[] = c.elements.map(e => ({
      id: `el:${c.id}-${e.id}`,
      kind: 'element',
      label: e.id,
      description: e.proven === undefined ? STATE(e.state) : `${STATE(e.state)} · ${t(lang, e.proven ? 'proof.proven' : 'proof.notProven')}`,
      state: e.state,
      file: c.file,
      line: e.line ?? c.line,
      gap: elementGap(e),
      tooltip:
        [
          e.text,
          e.proven === false
            ? `${capitalize(t(lang, 'proof.notProven'))}${colon(lang)} ${(e.reasons ?? []).map(r => proofReasonText(r, lang)).join(`${semicolon(lang)} `)}`
            : undefined,
          e.comment ? `${t(lang, 'proof.comment')}${colon(lang)} ${e.comment}` : undefined,
        ]
          .filter(Boolean)
          .join('\n\n') || undefined,
      children: [],
    }));
    // a criterion declared in several files: counted from the first, each other file listed under it, said on the criterion
    const also: CoverageNode[] = (c.alsoIn ?? []).map(a => ({
      id: `du:${c.id}:${a.file}`,
      kind: 'file',
      label: a.file,
      description: t(lang, 'tree.duplicateFile', { id: c.id, file: c.file ?? '' }),
      state: 'duplicate',
      file: a.file,
      line: a.line,
      gap: true,
      tooltip: t(lang, 'tree.duplicateFile', { id: c.id, file: c.file ?? '' }),
      children: [],
    }));
    const description = c.file ? counts(c.counts, lang) : t(lang, 'report.noFile');
    return withMark({
      id: `cr:${c.id}`,
      kind: 'criterion',
      label: c.level === 'imperatif' ? `${c.id} ⚠ ${t(lang, 'tree.imperative')}` : c.id,
      description: also.length ? `${description} · ${t(lang, 'tree.duplicate', { n: also.length + 1 })}` : description,
      state: c.file ? groupState(c.counts) : 'missing',
      file: c.file,
      line: c.line,
      tooltip:
        [
          c.title,
          also.length ? t(lang, 'tree.duplicateTooltip', { files: [c.file, ...(c.alsoIn ?? []).map(a => a.file)].join(', '), file: c.file ?? '' }) : undefined,
        ]
          .filter(Boolean)
          .join('\n\n') || undefined,
      gap: !c.file || c.gaps > 0 || also.length > 0 || elements.some(e => e.gap),
      children: [...also, ...elements],
    });
  };
  return m.chapters.map(ch => {
    const objectives = ch.objectives.map(ob => {
      const criteria = ob.criteria.map(criterionNode);
      return withMark<CoverageNode>({
        id: `ob:${ob.id}`,
        kind: 'objective',
        label: `${ob.id} ${ob.title ?? `(${t(lang, 'report.notSourced')})`}`,
        description: counts(ob.counts, lang),
        state: groupState(ob.counts),
        gap: criteria.some(c => c.gap),
        children: criteria,
      });
    });
    return withMark<CoverageNode>({
      ...chapterNode(ch),
      description: counts(ch.counts, lang),
      state: groupState(ch.counts),
      gap: objectives.some(o => o.gap),
      children: objectives,
    });
  });
}
