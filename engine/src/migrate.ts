/**
 * Moving a dossier to a new edition of its catalogue: the criterion ids and ee codes rewritten
 * where the mapping is certain (the same text under a new number, or a person's own map), and
 * the list of what a person must decide (a criterion or element removed, a likely renumbering,
 * a reworded element to re-evaluate). The plan is data: text edits that replace only the id in
 * its scalar (comments, quotes and layout kept) and file renames; the caller applies it, and
 * only when asked to.
 */
import * as path from 'node:path';
import { isScalar, parseDocument, type Node } from 'yaml';
import type { CatalogueData } from './catalogue.js';
import { diffCatalogues, type CatalogueChange } from './catalogueDiff.js';
import type { CriterionEntry, Dossier, DossierFile } from './model.js';
import { count, t, type MessageId, type Params } from './l10n/index.js';
import type { Lang } from './types.js';
import { positionAt } from './yamlSource.js';

/** A person's decisions: old id → new id (or null: removed, nothing to map). */
export interface MigrationMap {
  criteria?: Record<string, string | null>;
  elements?: Record<string, string | null>;
}

export interface MigrationEdit {
  file: string;
  line: number;
  start: number;
  end: number;
  before: string;
  after: string;
  why: string;
}
export interface MigrationRename {
  from: string;
  to: string;
}
export interface MigrationDecision {
  file: string;
  line: number;
  subject: string;
  reason: string;
  candidate?: string;
}
export interface MigrationPlan {
  from: string;
  to: string;
  edits: MigrationEdit[];
  renames: MigrationRename[];
  decisions: MigrationDecision[];
  changes: CatalogueChange[];
}

export function planMigration(
  dossier: Dossier,
  oldCat: CatalogueData,
  newCat: CatalogueData,
  manualValue: string,
  map: MigrationMap = {},
  lang: Lang = 'fr',
): MigrationPlan {
  const say = (id: MessageId, params: Params) => t(lang, id, { catalogue: newCat.id, ...params });
  const diff = diffCatalogues(oldCat, newCat);
  const plan: MigrationPlan = { from: oldCat.id, to: newCat.id, edits: [], renames: [], decisions: [], changes: diff.changes };
  const newCriteria = new Map<string, Set<string>>();
  for (const ch of newCat.chapters) for (const ob of ch.objectives) for (const cr of ob.criteria) newCriteria.set(cr.id, new Set(cr.elements.map(e => e.id)));

  // certain renumberings, then the person's map over them
  const critMap = new Map<string, string | null>();
  const elemMap = new Map<string, string | null>();
  const likely = new Map<string, string>();
  for (const c of diff.changes) {
    if (c.kind === 'criterion-renumbered') (c.certain ? critMap : likely).set(c.old!, c.new!);
    if (c.kind === 'element-renumbered') (c.certain ? elemMap : likely).set(c.old!, c.new!);
  }
  for (const [k, v] of Object.entries(map.criteria ?? {})) critMap.set(k, v);
  for (const [k, v] of Object.entries(map.elements ?? {})) elemMap.set(k, v);
  const reworded = new Set(diff.changes.filter(c => c.kind === 'element-reworded').map(c => c.old!));

  const m = dossier.manifest;
  if (m?.manual && m.manual.value !== manualValue) edit(m.file, m.manual.node, m.manual.value, manualValue, `manual: ${oldCat.id} → ${newCat.id}`);

  const targets = new Map<string, string>();
  for (const entry of dossier.criteria) {
    if (!entry.id || !entry.idNode) continue;
    const line = lineOf(entry.file, entry.idNode);
    const mapped = critMap.has(entry.id) ? critMap.get(entry.id)! : newCriteria.has(entry.id) ? entry.id : undefined;
    if (mapped === null) {
      decide(entry.file, line, entry.id, say('migrate.criterionRemoved', { id: entry.id, file: entry.file.path }));
      continue;
    }
    if (mapped === undefined) {
      const cand = likely.get(entry.id);
      decide(
        entry.file,
        line,
        entry.id,
        cand ? say('migrate.criterionLikely', { id: entry.id, candidate: cand }) : say('migrate.criterionMissing', { id: entry.id, file: entry.file.path }),
        cand,
      );
      continue;
    }
    if (!newCriteria.has(mapped)) {
      decide(entry.file, line, entry.id, say('migrate.mapUnknown', { id: entry.id, target: mapped }));
      continue;
    }
    const other = targets.get(mapped);
    if (other) {
      decide(entry.file, line, entry.id, say('migrate.criteriaMerge', { id: entry.id, other, target: mapped }));
      continue;
    }
    targets.set(mapped, entry.file.path);
    if (mapped !== entry.id) {
      edit(entry.file, entry.idNode, entry.id, mapped, say('migrate.whyCriterion', { old: entry.id, new: mapped }));
      const base = path.posix.basename(entry.file.path);
      const ext = path.posix.extname(base);
      if (base.slice(0, -ext.length) === entry.id)
        plan.renames.push({ from: entry.file.path, to: path.posix.join(path.posix.dirname(entry.file.path), mapped + ext) });
    }
    elements(entry, mapped);
  }
  // a rename never replaces a file
  const exists = (rel: string) => dossier.host.kind(path.join(dossier.root, ...rel.split('/'))) !== undefined;
  plan.renames = plan.renames.filter(r => {
    if (!exists(r.to) || plan.renames.some(o => o.from === r.to)) return true;
    decide(
      dossier.files.find(f => f.path === r.from)!,
      1,
      r.from,
      say('migrate.renameExists', { from: r.from, to: r.to }),
    );
    return false;
  });
  plan.decisions.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return plan;

  function elements(entry: CriterionEntry, newId: string): void {
    const have = newCriteria.get(newId)!;
    const taken = new Map<string, string>();
    for (const el of entry.elements) {
      if (!el.code) continue;
      const oldRef = `${entry.id}-${el.code}`;
      const line = lineOf(entry.file, el.keyNode);
      const target: string | null | undefined = elemMap.has(oldRef) ? elemMap.get(oldRef)! : have.has(el.code) ? `${newId}-${el.code}` : undefined;
      if (target === null) {
        decide(entry.file, line, oldRef, say('migrate.elementRemoved', { id: oldRef }));
        continue;
      }
      if (target === undefined) {
        const cand = likely.get(oldRef);
        decide(
          entry.file,
          line,
          oldRef,
          cand ? say('migrate.elementLikely', { id: oldRef, candidate: cand }) : say('migrate.elementMissing', { id: oldRef }),
          cand,
        );
        continue;
      }
      const [crit, ee] = [target.slice(0, target.lastIndexOf('-')), target.slice(target.lastIndexOf('-') + 1)];
      if (crit !== newId) {
        decide(entry.file, line, oldRef, say('migrate.elementMoves', { id: oldRef, criterion: crit }));
        continue;
      }
      if (!have.has(ee)) {
        decide(entry.file, line, oldRef, say('migrate.mapUnknown', { id: oldRef, target }));
        continue;
      }
      if (taken.has(ee)) {
        decide(entry.file, line, oldRef, say('migrate.elementsMerge', { id: oldRef, other: taken.get(ee), target }));
        continue;
      }
      taken.set(ee, oldRef);
      if (ee !== el.code) edit(entry.file, el.keyNode, el.code, ee, say('migrate.whyElement', { old: oldRef, new: target }));
      if (reworded.has(oldRef) || (ee !== el.code && reworded.has(`${entry.id}-${ee}`))) decide(entry.file, line, oldRef, say('migrate.reworded', { target }));
    }
  }

  function edit(file: DossierFile, node: Node, oldText: string, newText: string, why: string): void {
    const [start, end] = node.range ?? [0, 0];
    const before = file.source.text.slice(start, end);
    const i = before.indexOf(oldText);
    if (i < 0) return;
    // a code or a catalogue path (letters, digits, `. _ / \ ~ + - :`, no space, no final `:`): put inside a
    // scalar, it cannot change the YAML's structure
    if (!/^[\p{L}\p{N}._/\\~+:-]+$/u.test(newText) || newText.endsWith(':') || !readsBack(node, before, i, oldText, newText)) {
      decide(file, positionAt(file.source, start).line + 1, oldText, say('migrate.notACode', { value: JSON.stringify(newText) }));
      return;
    }
    // only the id inside the scalar changes: quotes, `Crit.` and the method suffix stay
    plan.edits.push({
      file: file.path,
      line: positionAt(file.source, start).line + 1,
      start: start + i,
      end: start + i + oldText.length,
      before: oldText,
      after: newText,
      why,
    });
  }
  function decide(file: DossierFile, line: number, subject: string, reason: string, candidate?: string): void {
    plan.decisions.push({ file: file.path, line, subject, reason, candidate });
  }
}

/**
 * Whether the scalar's text with `oldText` at `at` replaced by `newText` reads back, through
 * `yaml`, as its value with the same replacement (a `\` in a double-quoted scalar is an escape,
 * `~` alone is null: those are left to a person).
 */
function readsBack(node: Node, source: string, at: number, oldText: string, newText: string): boolean {
  if (!isScalar(node) || typeof node.value !== 'string') return false;
  const doc = parseDocument(source.slice(0, at) + newText + source.slice(at + oldText.length));
  return !doc.errors.length && isScalar(doc.contents) && doc.contents.value === node.value.replace(oldText, newText);
}

function lineOf(file: DossierFile, node: Node): number {
  return positionAt(file.source, node.range?.[0] ?? 0).line + 1;
}

/** Applies a file's edits (they do not overlap), from the end so that offsets stay right. */
export function applyMigrationEdits(text: string, edits: MigrationEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.after + out.slice(e.end);
  return out;
}

export function renderPlanText(p: MigrationPlan, written: boolean, lang: Lang = 'fr'): string {
  const lines = [
    t(lang, 'migrate.summary', {
      from: p.from,
      to: p.to,
      edits: count(lang, 'count.edit', p.edits.length),
      renames: count(lang, 'count.rename', p.renames.length),
      decisions: count(lang, 'count.decision', p.decisions.length),
      nothing: written ? '' : t(lang, 'migrate.nothingWritten'),
    }),
  ];
  if (p.edits.length)
    lines.push(
      '',
      t(lang, written ? 'migrate.rewritten' : 'migrate.wouldRewrite'),
      ...p.edits.map(e => `  ${e.file}:${e.line}  ${e.before} → ${e.after}  (${e.why})`),
    );
  if (p.renames.length) lines.push('', t(lang, written ? 'migrate.renamed' : 'migrate.wouldRename'), ...p.renames.map(r => `  ${r.from} → ${r.to}`));
  if (p.decisions.length) lines.push('', t(lang, 'migrate.toDecide'), ...p.decisions.map(d => `  ${d.file}:${d.line}  ${d.reason}`));
  return lines.join('\n') + '\n';
}
