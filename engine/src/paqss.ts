/**
 * The action plan (PAQSS) and what falls due: the windows set in dossier.yaml `paqss:`, the state
 * of an action on a date, when a document stops being valid. The rules (`no-action-plan`,
 * `action-incomplete`, `review-overdue`, `due-soon`), the exports, the calendar and `todo` all
 * read them here, so that they agree.
 */
import { addDuration, parseDuration, type CivilDate, type Duration } from './dates.js';
import type { ActionEntry, Manifest } from './model.js';
import { freshnessOf, type DossierView } from './evidence.js';
import type { EvidenceEntry } from './model.js';

export interface PaqssSettings {
  /** a criterion whose `reviewed:` is older than this is due for review (default 12 months) */
  reviewPeriod: Duration;
  /** an open action due within this is flagged `due-soon` (default 30 days) */
  actionsDueSoon: Duration;
  /** a document that stops being valid within this is flagged `due-soon` (default 60 days) */
  documentsDueSoon: Duration;
}

/** The defaults, by the model's field of each `paqss:` key (format/keys.ts). */
export const PAQSS_DEFAULTS = { reviewPeriod: '12 months', actionsDueSoon: '30 days', documentsDueSoon: '60 days' } as const;

/** The dossier's windows: `paqss:` in dossier.yaml, each falling back to its default (a malformed value is a schema error and counts as the default). */
export function paqssSettings(m: Manifest | undefined): PaqssSettings {
  const get = (field: keyof typeof PAQSS_DEFAULTS) => parseDuration(m?.paqss?.[field]?.value) ?? parseDuration(PAQSS_DEFAULTS[field])!;
  return { reviewPeriod: get('reviewPeriod'), actionsDueSoon: get('actionsDueSoon'), documentsDueSoon: get('documentsDueSoon') };
}

export type ActionState = 'done' | 'overdue' | 'due-soon' | 'planned';

export function isDone(a: ActionEntry): boolean {
  return Boolean(a.done && a.done.value !== false);
}

/** done / overdue (due before the date) / due soon (due within the window) / planned (later, or no due date). */
export function actionState(a: ActionEntry, asOf: CivilDate, settings: PaqssSettings): ActionState {
  if (isDone(a)) return 'done';
  const due = a.due?.value;
  if (!due) return 'planned';
  if (due < asOf) return 'overdue';
  if (due <= addDuration(asOf, settings.actionsDueSoon)) return 'due-soon';
  return 'planned';
}

/** The last day a document is valid: the earlier of its date plus its kind's maximum age and its `expires:`. */
export function validUntil(view: DossierView, e: EvidenceEntry): { date: CivilDate; by: 'age' | 'expires' } | undefined {
  const fresh = e.date ? freshnessOf(view, e.kind?.value) : undefined;
  const byAge = fresh && e.date ? addDuration(e.date.value, fresh.duration) : undefined;
  const exp = e.expires?.value;
  if (byAge && (!exp || byAge <= exp)) return { date: byAge, by: 'age' };
  return exp ? { date: exp, by: 'expires' } : undefined;
}
