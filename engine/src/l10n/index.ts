/**
 * The one place for words of the engine and the CLI that are not a rule's message (rule modules
 * keep their typed messages and use the helpers below): messages by id in French and English,
 * plurals through `Intl.PluralRules` (French: 0 and 1 are singular — « 0 erreur », « 1 erreur »,
 * « 2 erreurs »; English: « 1 error », « 0 errors »), numbers formatted the French way in French
 * text (« 1 234 », narrow no-break space), and the little typography that differs (« : »).
 *
 * Dates stay ISO 8601 (2027-03-15) in both languages: they are the values the team writes in
 * its YAML and searches for (decision written in the README, "Languages").
 */
import type { Lang } from '../types.js';
import { ELEMENT_STATE_TERMS, type ElementState } from '../format/vocabulary.js';
import { MESSAGES, type Message, type Plural } from './messages.js';

export type { Lang } from '../types.js';
export type { Message, Plural } from './messages.js';
export { HELP_FR } from './cliHelp.js';
export type MessageId = keyof typeof MESSAGES;
export type Params = Record<string, string | number | undefined>;

export const LANGS: readonly Lang[] = ['fr', 'en'];

const PLURAL_RULES: Record<Lang, Intl.PluralRules> = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };
const NUMBERS: Record<Lang, Intl.NumberFormat> = { fr: new Intl.NumberFormat('fr-FR'), en: new Intl.NumberFormat('en-GB') };

/** A language tag (`fr`, `fr-FR`, `en_US.UTF-8`, `EN`) → a language of the product, or undefined. */
export function parseLang(tag: string | undefined): Lang | undefined {
  const l = tag?.trim().toLowerCase().slice(0, 2);
  return l === 'fr' || l === 'en' ? l : undefined;
}

/** 1234 → « 1 234 » in French, "1,234" in English. */
export function formatNumber(lang: Lang, n: number): string {
  return NUMBERS[lang].format(n);
}

/** The form of a plural for a count: `one`, `many` (French millions, falls back to `other`) or `other`. */
export function pluralForm(lang: Lang, n: number, forms: Plural): string {
  const category = PLURAL_RULES[lang].select(n);
  return (category === 'one' ? forms.one : category === 'many' ? forms.many : undefined) ?? forms.other;
}

/** `{n}` is the count, formatted for the language; other `{name}`s are filled from params. */
export function plural(lang: Lang, n: number, forms: Plural, params: Params = {}): string {
  return fill(pluralForm(lang, n, forms), { ...params, n: formatNumber(lang, n) });
}

/** The other language (SARIF gives a rule's description in it as help). */
export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/** What a file that is not a regular file is (`fifo`, `device`, `socket`, `other` as the host says), in words. */
export function fileType(lang: Lang, type: string | undefined): string {
  const id = `fileType.${type}`;
  return id in MESSAGES ? t(lang, id as MessageId) : (type ?? '');
}

/** « : » in French (a space before), ":" in English. */
export function colon(lang: Lang): string {
  return lang === 'fr' ? ' :' : ':';
}

/** « ; » in French (a space before), ";" in English. */
export function semicolon(lang: Lang): string {
  return lang === 'fr' ? ' ;' : ';';
}

/** "a, b et c" / "a, b and c". */
export function list(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/** Fills `{name}` placeholders; a missing parameter is a programming error, not a silent `{name}`. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => {
    const v = params[k];
    if (v === undefined) throw new Error(`l10n: no value for {${k}} in "${template}"`);
    return String(v);
  });
}

/**
 * A message by id. A plural message takes its count from `params.n` (a number); every
 * placeholder must be given.
 */
export function t(lang: Lang, id: MessageId, params: Params = {}): string {
  const m: Message = MESSAGES[id][lang];
  if (typeof m === 'string') return fill(m, params);
  const n = params.n;
  if (typeof n !== 'number') throw new Error(`l10n: message ${id} is a plural and needs a number n`);
  return plural(lang, n, m, params);
}

/** The same message in both languages (the SARIF help, the README's tables). */
export function both(id: MessageId, params: Params = {}): Record<Lang, string> {
  return { fr: t('fr', id, params), en: t('en', id, params) };
}

/** « 3 erreurs », "1 error": the number formatted for the language, then its noun. */
export function count(lang: Lang, id: MessageId, n: number): string {
  return `${formatNumber(lang, n)} ${t(lang, id, { n })}`;
}

/** « 2 conformes », « 1 partiel », "0 missing": a count of elements in a state, the state's words from the format. */
export function countState(lang: Lang, state: ElementState, n: number): string {
  const term = ELEMENT_STATE_TERMS[state];
  return `${formatNumber(lang, n)} ${pluralForm(lang, n, { one: term.label[lang], other: term.plural[lang] })}`;
}

type KeysOf<N extends string> = MessageId extends infer K ? (K extends `${N}.${infer R}` ? R : never) : never;
export type Words<N extends string> = { readonly [K in KeysOf<N>]: (typeof MESSAGES)[`${N}.${K}` & MessageId][Lang] };
const wordsCache = new Map<string, unknown>();

/**
 * The messages of one group as an object (`words('fr', 'report').title`), for renderers that
 * read many of them; plural entries come as their forms, for `plural()`.
 */
export function words<N extends string>(lang: Lang, group: N): Words<N> {
  const key = `${lang}:${group}`;
  let w = wordsCache.get(key) as Words<N> | undefined;
  if (!w) {
    const o: Record<string, Message> = {};
    for (const [id, m] of Object.entries(MESSAGES)) if (id.startsWith(group + '.')) o[id.slice(group.length + 1)] = m[lang];
    w = Object.freeze(o) as unknown as Words<N>;
    wordsCache.set(key, w);
  }
  return w;
}
