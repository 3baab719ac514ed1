/**
 * Who must do what: per owner (a role declared in dossier.yaml, matched as the visit checklist
 * matches it, or the name as written), the overdue and soon-due actions, the documents to renew,
 * the elements still to evaluate and those without an action plan. An action's owner is its
 * `owner:`, else its criterion's; a document's and an element's is the criterion's `owner:`.
 */
import type { CheckResult } from '../check.js';
import { addDuration, daysBetween, type CivilDate, type Duration } from '../dates.js';
import { actionState, isDone, paqssSettings, validUntil } from '../paqss.js';
import { evidenceOf } from '../evidence.js';
import { ELEMENT_STATE_TERMS, isStatus } from '../format/vocabulary.js';
import type { Lang } from '../types.js';
import { fill, t, words } from '../l10n/index.js';
import { roleKey, roleOf } from '../visit.js';
import { nodeRange } from '../yamlSource.js';

export type TodoKind = 'overdue-action' | 'action-due-soon' | 'document-to-renew' | 'to-evaluate' | 'no-action-plan';

export interface TodoItem {
  kind: TodoKind;
  /** what to do, in the user's language */
  text: string;
  criterion?: string;
  element?: string;
  date?: CivilDate;
  file: string;
  line: number;
}

export interface TodoOwner {
  /** the role id when the owner names a declared role, else the owner as written; null: no owner */
  owner: string | null;
  /** "DSI (M. B. Informaticien)", the owner as written, or "sans pilote" */
  label: string;
  items: TodoItem[];
}

export interface TodoOptions {
  /** only this owner's work (a role id, title or holder, or the name as written) */
  owner?: string;
  /** horizon for soon-due actions and documents to renew (default: the dossier's due-soon windows) */
  within?: Duration;
}

const KIND_ORDER: TodoKind[] = ['overdue-action', 'action-due-soon', 'document-to-renew', 'no-action-plan', 'to-evaluate'];

export function todoList(result: CheckResult, o: TodoOptions = {}): TodoOwner[] {
  const cat = result.catalogue;
  if (!cat) throw new Error("the to-do list needs the dossier's catalogue");
  const lang: Lang = result.lang;
  const w = words(lang, 'todo');
  const { dossier, asOf } = result;
  const settings = paqssSettings(dossier.manifest);
  const actionsBy = addDuration(asOf, o.within ?? settings.actionsDueSoon);
  const documentsBy = addDuration(asOf, o.within ?? settings.documentsDueSoon);
  const groups = new Map<string, TodoOwner>();
  const keyOf = (owner: string | undefined) => (owner ? (roleOf(dossier, cat, owner) ?? roleKey(owner)) : '');
  const add = (owner: string | undefined, item: TodoItem) => {
    const key = keyOf(owner);
    let g = groups.get(key);
    if (!g) {
      const role = owner ? dossier.manifest?.roles?.get(roleOf(dossier, cat, owner) ?? '') : undefined;
      const title = role ? (role.title ?? cat.data.roles?.find(r => r.id === role.id)?.title ?? role.id) : undefined;
      const label = !owner ? w.none : role ? `${title}${role.name ? ` (${role.name})` : ''}` : owner;
      groups.set(key, (g = { owner: owner ? (role?.id ?? owner) : null, label, items: [] }));
    }
    g.items.push(item);
  };
  const line = (src: Parameters<typeof nodeRange>[0], node: Parameters<typeof nodeRange>[1]) => nodeRange(src, node).start.line + 1;

  for (const entry of dossier.criteria) {
    const seen = new Set<string>();
    for (const el of entry.elements) {
      const where = `${entry.id ?? entry.text ?? '?'}${el.code ? `-${el.code}` : ''}`;
      for (const a of el.actions) {
        const state = actionState(a, asOf, settings);
        const due = a.due?.value;
        if (state === 'done' || !due) continue;
        if (state !== 'overdue' && due > actionsBy) continue;
        add(a.owner?.value ?? entry.owner?.value, {
          kind: state === 'overdue' ? 'overdue-action' : 'action-due-soon',
          text: fill(state === 'overdue' ? w.overdue : w.soon, { date: due, title: `${a.title ?? '?'} (${where})` }),
          criterion: entry.id,
          element: el.code,
          date: due,
          file: entry.file.path,
          line: line(entry.file.source, a.node),
        });
      }
      if (!el.code || seen.has(el.code)) continue;
      seen.add(el.code);
      const status = el.status?.value;
      const valid = isStatus(status);
      if (!valid || status === 'a-evaluer') {
        add(entry.owner?.value, {
          kind: 'to-evaluate',
          text: fill(w.evaluate, { where }),
          criterion: entry.id,
          element: el.code,
          file: entry.file.path,
          line: line(entry.file.source, el.keyNode),
        });
      } else if ((status === 'non-conforme' || status === 'partiel') && !el.actions.some(a => !isDone(a))) {
        add(entry.owner?.value, {
          kind: 'no-action-plan',
          text: fill(w.noPlan, { where, status: ELEMENT_STATE_TERMS[status].label[lang] }),
          criterion: entry.id,
          element: el.code,
          file: entry.file.path,
          line: line(entry.file.source, el.keyNode),
        });
      }
    }
  }
  const view = { dossier, catalogue: cat };
  for (const s of evidenceOf(view)) {
    const until = validUntil(view, s.evidence);
    if (!until || until.date > documentsBy) continue;
    const entry = s.origin === 'criterion' ? dossier.criteria.find(e => e.file === s.file) : undefined;
    const title = `${s.evidence.title ?? s.evidence.kind?.value ?? '?'} (${s.origin === 'criterion' ? `${s.criterion ?? '?'}${s.element ? `-${s.element}` : ''}` : s.origin === 'calista' ? 'CALISTA' : (s.provider ?? '')})`;
    add(entry?.owner?.value, {
      kind: 'document-to-renew',
      text: fill(until.date < asOf ? w.renewPast : w.renew, { date: until.date, title }),
      criterion: s.criterion,
      element: s.element,
      date: until.date,
      file: s.file.path,
      line: line(s.file.source, s.evidence.node),
    });
  }
  let out = [...groups.values()];
  if (o.owner !== undefined) {
    const wanted = keyOf(o.owner);
    out = out.filter(g => g.owner !== null && keyOf(g.owner) === wanted);
  }
  for (const g of out) {
    g.items.sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        (a.date ?? '').localeCompare(b.date ?? '') ||
        a.file.localeCompare(b.file) ||
        a.line - b.line,
    );
  }
  // owners by name, "no owner" last
  return out.sort((a, b) => (a.owner === null ? 1 : b.owner === null ? -1 : a.label.localeCompare(b.label, lang)));
}

/** Days from the as-of date (negative when past), for the text format. */
export function daysFrom(asOf: CivilDate, date: CivilDate): number {
  return daysBetween(asOf, date);
}

/** The list as Markdown or plain text. */
export function renderTodo(list: TodoOwner[], format: 'text' | 'markdown', lang: Lang): string {
  const empty = t(lang, 'todo.nothing');
  if (!list.length) return empty + '\n';
  const out: string[] = [];
  for (const g of list) {
    if (format === 'markdown') {
      out.push(`### ${md(g.label)} (${g.items.length})`, '');
      for (const i of g.items) out.push(`- ${md(i.text)} — \`${i.file}:${i.line}\``);
      out.push('');
    } else {
      out.push(`${g.label} (${g.items.length})`);
      for (const i of g.items) out.push(`  - ${i.text}  ${i.file}:${i.line}`);
      out.push('');
    }
  }
  return out.join('\n');
}

function md(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|!~]/g, c => `\\${c}`).replace(/@/g, '@\u200b');
}
