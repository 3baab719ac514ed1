/**
 * The words of the editor's status bar item: its countdown to the visit, its tooltip line per
 * dossier (named by its folder, never by an absolute path) and the feedback of "Check the dossier
 * again". Counts with their plurals, in the user's language.
 */
import type { CheckResult } from '../check.js';
import { count, t, type Lang } from '../l10n/index.js';

export interface StatusTexts {
  /** "2 erreurs, 30 avertissements, … (manuel has-es-2025, au 2026-11-23)", after the dossier's name */
  summary: string;
  /** "Dossier ch-exemple vérifié : 2 erreurs, 30 avertissements, 63 infos." */
  checked: string;
}

export function statusTexts(result: CheckResult, name: string, lang: Lang): StatusTexts {
  const s = result.summary;
  const counts = {
    errors: count(lang, 'count.error', s.errors),
    warnings: count(lang, 'count.warning', s.warnings),
    infos: count(lang, 'count.info', s.infos),
  };
  return {
    summary: t(lang, 'status.summary', {
      name,
      ...counts,
      waived: count(lang, 'count.waived', s.waived),
      manual: result.catalogue?.id ?? '?',
      asOf: result.asOf,
    }),
    checked: t(lang, 'status.checked', { name, ...counts }),
  };
}

/** « J-112 » in French, "112 days to the visit" in English. */
export function countdownShort(daysLeft: number, lang: Lang): string {
  return t(lang, 'status.countdown', { n: daysLeft });
}

/** What "Check the dossier again" says when the workspace holds no dossier; the server's first line in its output. */
export function statusWord(lang: Lang, id: 'noDossier' | 'started'): string {
  return t(lang, `status.${id}`);
}

/** The server's lines in its Output channel, in the user's language. */
export function logLine(
  lang: Lang,
  line: { dossiers: string[] } | { root: string; ms: number; errors: number; warnings: number } | { settings: unknown },
): string {
  if ('dossiers' in line) return t(lang, 'log.dossiers', { list: line.dossiers.join(', ') || t(lang, 'log.none') });
  if ('settings' in line) return t(lang, 'log.settings', { json: JSON.stringify(line.settings) });
  return t(lang, 'log.checked', {
    root: line.root,
    ms: new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(line.ms),
    errors: count(lang, 'count.error', line.errors),
    warnings: count(lang, 'count.warning', line.warnings),
  });
}
