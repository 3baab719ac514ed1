/** The summary sentences of the human formats (stylish, compact) and of `check --all`'s grand total (words from the engine's l10n). */
import type { Lang } from '../../../engine/src/index.js';
import { l10n, terminalText as plain } from '../../../engine/src/index.js';

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  waived: number;
}

const n = (lang: Lang, id: l10n.MessageId, k: number) => l10n.count(lang, id, k);
const counts = (s: Counts, lang: Lang) => ({
  errors: n(lang, 'count.error', s.errors),
  warnings: n(lang, 'count.warning', s.warnings),
  infos: n(lang, 'count.info', s.infos),
  waived: n(lang, 'count.waived', s.waived),
});

/** « 1 erreur, 3 avertissements, 7 infos, 1 dérogé » / "1 error, 3 warnings, 7 info, 1 waived" */
export function countsText(s: Counts, lang: Lang): string {
  return l10n.t(lang, 'summary.counts', counts(s, lang));
}

/** The last line of one dossier: counts, files, manual, date. */
export function summaryText(s: Counts, lang: Lang, manual: string, asOf: string): string {
  const mark = s.errors + s.warnings ? '✖' : '✔';
  return `${mark} ${l10n.t(lang, 'summary.stylish', { ...counts(s, lang), files: n(lang, 'count.file', s.files), manual: plain(manual), asOf })}`;
}

/** `check --all`: the grand total of the group. */
export function totalText(s: Counts, dossiers: number, lang: Lang): string {
  const mark = s.errors + s.warnings ? '✖' : '✔';
  return `${mark} ${l10n.t(lang, 'summary.total', { counts: countsText(s, lang), dossiers: n(lang, 'count.dossier', dossiers), files: n(lang, 'count.file', s.files) })}`;
}

/** Why --max-warnings failed the run: « 3 avertissements, plus que --max-warnings 2 ». */
export function tooManyWarningsText(warnings: number, max: number, lang: Lang): string {
  return l10n.t(lang, 'summary.tooManyWarnings', { warnings: n(lang, 'count.warning', warnings), max });
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { files: a.files + b.files, errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos, waived: a.waived + b.waived };
}
export const NO_COUNTS: Counts = { files: 0, errors: 0, warnings: 0, infos: 0, waived: 0 };
