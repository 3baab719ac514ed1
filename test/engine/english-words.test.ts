/**
 * Issue 20, point 10: what an English-speaking user reads has English spacing and words — no
 * French space before a colon ("Legend :", "3.4-05 :"), no French countdown ("J-195" or a made-up
 * "D-195"), no key name standing for a sentence ("(certification:)").
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportModel, checkDossierAt, countdownShort, findCodeLenses, nodeHost, renderReportHtml, RULES, statusTexts } from '../../engine/src/index.js';
import { MESSAGES } from '../../engine/src/l10n/messages.js';
import { STRUCTURE_MESSAGES } from '../../engine/src/validation.js';
import { REPO, registry } from '../helpers.js';

const EXAMPLE = path.join(REPO, 'examples', 'ch-exemple');
const check = (lang: 'fr' | 'en') => checkDossierAt(EXAMPLE, nodeHost, registry, { asOf: '2026-11-23', lang });
/** The words of a page: no style, script nor tag. */
const words = (html: string) =>
  html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, '\u00a0');

describe('English words (issue 20, point 10)', () => {
  it('counts down to the visit in words in English, J-n in French', () => {
    expect(countdownShort(195, 'en')).toBe('195 days to the visit');
    expect(countdownShort(1, 'en')).toBe('1 day to the visit');
    expect(countdownShort(195, 'fr')).toBe('J-195');
  });

  it('the English report reads "Legend:" and "3.4-05:", with no French space before a colon', () => {
    const text = words(renderReportHtml(buildReportModel(check('en')), { link: (f, l) => `${f}#L${l}` }));
    expect(text).toContain('Legend:');
    // (the catalogue's and the dossier's own texts are French: only our words are looked at)
    expect(text.match(/(Legend|\b\d\.\d-\d\d|\bee\d\d)[ \u00a0\u202f]:/g) ?? []).toEqual([]);
    expect(words(renderReportHtml(buildReportModel(check('fr')), { link: (f, l) => `${f}#L${l}` }))).toMatch(/Légende[ \u00a0\u202f]:/);
  });

  it('no English message of the engine puts a space before : ; ! or ?', () => {
    const english: string[] = [];
    const collect = (x: unknown): void => {
      if (typeof x === 'string') english.push(x);
      else if (x && typeof x === 'object') Object.values(x).forEach(collect);
    };
    for (const m of Object.values(MESSAGES)) collect((m as { en: unknown }).en);
    for (const r of RULES) collect(r.messages.en);
    collect(STRUCTURE_MESSAGES.en);
    expect(english.length).toBeGreaterThan(500);
    expect(english.filter(m => /\S[ \u00a0\u202f][:;!?](\s|$)/.test(m))).toEqual([]);
  });

  it("the code lens of a criterion reads '3.4-05: …' in English, '3.4-05 : …' in French", () => {
    for (const [lang, head] of [
      ['en', /^3\.4-05: \d+ compliant/],
      ['fr', /^3\.4-05 : \d+ conformes?/],
    ] as const) {
      const result = check(lang);
      const file = result.dossier.files.find(f => f.path === 'criteres/3.4-05.yaml')!;
      const lenses = findCodeLenses({ result, registry, path: file.path, text: file.source.text, lang });
      expect(lenses.map(l => l.command!.title)[0]).toMatch(head);
    }
  });

  it('the status tooltip names the dossier by its folder and says a missing last decision in words', () => {
    const result = check('en');
    const texts = statusTexts(result, 'ch-exemple', 'en');
    const all = JSON.stringify(texts);
    expect(all).not.toContain(EXAMPLE);
    expect(all).not.toMatch(/\(certification:\)| :/);
    expect(texts.summary).toMatch(/^ch-exemple: \d+ errors?/);
  });
});
