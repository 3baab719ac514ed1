/**
 * What a certification decision means for the next visit, from the catalogue's cycle — the one
 * sentence hover and completion both show. Apart from vocabulary.ts because it formats durations
 * (dates.ts, which counts through l10n, which reads vocabulary.ts).
 */
import type { CertificationCycle } from '../catalogue.js';
import { formatDuration, parseDuration } from '../dates.js';
import type { Lang } from '../types.js';
import { decisionOpens, type Decision, type Words } from './vocabulary.js';

const SENTENCES = {
  valid: (validity: string): Words => ({
    fr: `Certification valable ${validity} : la visite suivante vient avant sa fin.`,
    en: `Certification valid ${validity}: the next visit comes before it ends.`,
  }),
  window: (from: string, to: string): Words => ({
    fr: `Nouvelle visite entre ${from} et ${to} après la décision.`,
    en: `New visit between ${from} and ${to} after the decision.`,
  }),
};

/**
 * "Certification valable 4 ans : la visite suivante vient avant sa fin." Undefined when the
 * catalogue does not say.
 */
export function cycleSentence(d: Decision, cycle: CertificationCycle | undefined, lang: Lang): string | undefined {
  if (!cycle) return undefined;
  const say = (s: string) => {
    const p = parseDuration(s);
    return p ? formatDuration(p, lang) : s;
  };
  const next = decisionOpens(d);
  if (next === 'validity') return SENTENCES.valid(say(cycle.validity))[lang];
  const w = cycle[next];
  return w ? SENTENCES.window(say(w.from), say(w.to))[lang] : undefined;
}
