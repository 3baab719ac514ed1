/**
 * What changed between two editions of a catalogue: criteria and elements added, removed,
 * renumbered or reworded, levels and champs d'application changed. A renumbering is *certain*
 * when the text under the new id is the same (case, accents, spaces and punctuation aside);
 * a close text is only *likely*, and left to a person.
 */
import { distance } from 'fastest-levenshtein';
import type { CatalogueCriterion, CatalogueData, Level } from './catalogue.js';
import { count, t } from './l10n/index.js';
import type { Lang } from './types.js';

export type ChangeKind =
  | 'criterion-added'
  | 'criterion-removed'
  | 'criterion-renumbered'
  | 'criterion-reworded'
  | 'level-changed'
  | 'scopes-changed'
  | 'element-added'
  | 'element-removed'
  | 'element-renumbered'
  | 'element-reworded'
  | 'method-changed';

export interface CatalogueChange {
  kind: ChangeKind;
  /** `3.4-05` or `3.4-05-ee01` in the old edition */
  old?: string;
  /** the same in the new edition */
  new?: string;
  /** renumberings only: the texts are the same (certain) or close (likely) */
  certain?: boolean;
  before?: string;
  after?: string;
}

export interface CatalogueDiff {
  old: string;
  new: string;
  changes: CatalogueChange[];
}

export function normaliseText(s: string | undefined): string {
  return (s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Similarity 0..1 of two normalised texts. */
function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}
const LIKELY = 0.8;

function criteriaOf(c: CatalogueData): Map<string, CatalogueCriterion> {
  const m = new Map<string, CatalogueCriterion>();
  for (const ch of c.chapters) for (const ob of ch.objectives) for (const cr of ob.criteria) m.set(cr.id, cr);
  return m;
}

/** The text a criterion is recognised by: its title, else its elements' texts. */
function signature(cr: CatalogueCriterion): string {
  return normaliseText(cr.title) || cr.elements.map(e => normaliseText(e.text)).join(' | ');
}

export function diffCatalogues(a: CatalogueData, b: CatalogueData): CatalogueDiff {
  const oldC = criteriaOf(a),
    newC = criteriaOf(b);
  const changes: CatalogueChange[] = [];
  const pairs: [CatalogueCriterion, CatalogueCriterion][] = [];
  const criteria = match([...oldC.values()], [...newC.values()], c => c.id, signature);
  for (const m of criteria) {
    const o = m.old !== undefined ? oldC.get(m.old) : undefined,
      n = m.new !== undefined ? newC.get(m.new) : undefined;
    if (m.how === 'added') changes.push({ kind: 'criterion-added', new: m.new, after: n!.title });
    else if (m.how === 'removed') changes.push({ kind: 'criterion-removed', old: m.old, before: o!.title });
    else if (m.how === 'likely') changes.push({ kind: 'criterion-renumbered', old: m.old, new: m.new, certain: false, before: o!.title, after: n!.title });
    else {
      if (m.how === 'renumbered') changes.push({ kind: 'criterion-renumbered', old: m.old, new: m.new, certain: true, before: o!.title });
      pairs.push([o!, n!]);
    }
  }
  for (const [o, n] of pairs) {
    if (normaliseText(o.title) !== normaliseText(n.title) && (o.title || n.title))
      changes.push({ kind: 'criterion-reworded', old: o.id, new: n.id, before: o.title, after: n.title });
    if (o.level !== n.level) changes.push({ kind: 'level-changed', old: o.id, new: n.id, before: o.level, after: n.level });
    if ((o.scopes ?? []).join() !== (n.scopes ?? []).join())
      changes.push({ kind: 'scopes-changed', old: o.id, new: n.id, before: (o.scopes ?? []).join(', '), after: (n.scopes ?? []).join(', ') });
    const oldE = new Map(o.elements.map(e => [e.id, e])),
      newE = new Map(n.elements.map(e => [e.id, e]));
    for (const m of match(
      o.elements,
      n.elements,
      e => e.id,
      e => normaliseText(e.text),
    )) {
      const before = m.old !== undefined ? oldE.get(m.old) : undefined,
        after = m.new !== undefined ? newE.get(m.new) : undefined;
      const oldRef = m.old !== undefined ? `${o.id}-${m.old}` : undefined,
        newRef = m.new !== undefined ? `${n.id}-${m.new}` : undefined;
      if (m.how === 'added') {
        changes.push({ kind: 'element-added', new: newRef, after: after!.text });
        continue;
      }
      if (m.how === 'removed') {
        changes.push({ kind: 'element-removed', old: oldRef, before: before!.text });
        continue;
      }
      if (m.how === 'renumbered' || m.how === 'likely')
        changes.push({
          kind: 'element-renumbered',
          old: oldRef,
          new: newRef,
          certain: m.how === 'renumbered',
          before: before!.text,
          ...(m.how === 'likely' ? { after: after!.text } : {}),
        });
      if (m.how !== 'renumbered' && normaliseText(before!.text) !== normaliseText(after!.text))
        changes.push({ kind: 'element-reworded', old: oldRef, new: newRef, before: before!.text, after: after!.text });
      if (m.how !== 'likely' && before!.method !== after!.method)
        changes.push({ kind: 'method-changed', old: oldRef, new: newRef, before: before!.method, after: after!.method });
    }
  }
  const key = (c: CatalogueChange) => c.old ?? c.new ?? '';
  changes.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : x.kind < y.kind ? -1 : 1));
  return { old: a.id, new: b.id, changes };
}

interface Match {
  old?: string;
  new?: string;
  how: 'same-id' | 'renumbered' | 'likely' | 'added' | 'removed';
}

/**
 * Pairs the items of two editions. The same text under another id is a renumbering, even when
 * the old id still exists with another text (then that one is new); otherwise the same id pairs
 * (reworded if the text changed); a close text is only likely; the rest is removed or added.
 */
function match<T>(olds: T[], news: T[], id: (t: T) => string, text: (t: T) => string): Match[] {
  const out: Match[] = [];
  const claimed = new Set<string>();
  const newById = new Map(news.map(n => [id(n), n]));
  const pending: T[] = [];
  for (const o of olds) {
    const same = newById.get(id(o));
    if (same && text(same) === text(o)) {
      out.push({ old: id(o), new: id(o), how: 'same-id' });
      claimed.add(id(o));
      continue;
    }
    pending.push(o);
  }
  const rest: T[] = [];
  for (const o of pending) {
    const t = text(o);
    const moved = t ? news.filter(n => !claimed.has(id(n)) && id(n) !== id(o) && text(n) === t) : [];
    if (moved.length === 1) {
      out.push({ old: id(o), new: id(moved[0]), how: 'renumbered' });
      claimed.add(id(moved[0]));
      continue;
    }
    rest.push(o);
  }
  for (const o of rest) {
    if (newById.has(id(o)) && !claimed.has(id(o))) {
      out.push({ old: id(o), new: id(o), how: 'same-id' });
      claimed.add(id(o));
      continue;
    }
    const best = news
      .filter(n => !claimed.has(id(n)) && !olds.some(x => id(x) === id(n)))
      .map(n => ({ n, s: similarity(text(o), text(n)) }))
      .sort((p, q) => q.s - p.s)[0];
    if (best && best.s >= LIKELY) {
      out.push({ old: id(o), new: id(best.n), how: 'likely' });
      claimed.add(id(best.n));
      continue;
    }
    out.push({ old: id(o), how: 'removed' });
  }
  for (const n of news) if (!claimed.has(id(n))) out.push({ new: id(n), how: 'added' });
  return out;
}

export function renderDiffText(d: CatalogueDiff, lang: Lang = 'en'): string {
  if (!d.changes.length) return `${t(lang, 'diff.none', { old: d.old, new: d.new })}\n`;
  const lines = [t(lang, 'diff.header', { old: d.old, new: d.new, changes: count(lang, 'count.change', d.changes.length) })];
  // a level no source gives is unknown (the bundled catalogue leaves 31 so), never blank
  const value = (c: CatalogueChange, v: string | undefined) =>
    c.kind === 'level-changed' ? (v ? t(lang, `level.${v as Level}`) : t(lang, 'show.levelUnknown')) : v || '—';
  for (const c of d.changes) {
    const ids = c.old && c.new && c.old !== c.new ? `${c.old} → ${c.new}` : (c.old ?? c.new);
    const sure = c.certain === undefined ? '' : ` ${t(lang, c.certain ? 'diff.sameText' : 'diff.likely')}`;
    const sign = c.kind.endsWith('added') ? '+' : c.kind.endsWith('removed') ? '-' : '~';
    lines.push(`${sign} ${ids}  ${t(lang, `diff.${c.kind}`)}${sure}`);
    if ((c.before !== undefined || c.after !== undefined) && (c.kind.endsWith('reworded') || c.kind.endsWith('changed')))
      lines.push(`    ${t(lang, 'diff.was', { value: value(c, c.before) })}`, `    ${t(lang, 'diff.now', { value: value(c, c.after) })}`);
  }
  return lines.join('\n') + '\n';
}
