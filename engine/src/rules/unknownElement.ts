import { closest } from 'fastest-levenshtein';
import { MAX_FINDINGS_PER_RULE } from '../types.js';
import { defineRule, didYouMean, elementsOf, replaceFix } from './rule.js';

export default defineRule({
  code: 'unknown-element',
  defaultSeverity: 'error',
  description: {
    fr: "Un code d'élément d'évaluation que le critère n'a pas (ou qui n'a pas la forme ee01).",
    en: 'An element-of-evaluation code that the criterion does not have (or that is not of the form ee01).',
  },
  messages: {
    fr: {
      malformed: "« {key} » n'est pas un code d'élément : attendu ee01, ee02 … ou Crit.{criterion}-ee01-ASY.{hint}",
      notInCriterion: "Le critère {criterion} n'a pas d'élément {code} (éléments : {elements}).{hint}",
      otherCriterion: 'Cette clé renvoie au critère {keyCriterion}, pas à {criterion} : écrivez « {code} ».',
    },
    en: {
      malformed: '"{key}" is not an element code: expected ee01, ee02 … or Crit.{criterion}-ee01-ASY.{hint}',
      notInCriterion: 'Criterion {criterion} has no element {code} (elements: {elements}).{hint}',
      otherCriterion: 'This key refers to criterion {keyCriterion}, not {criterion}: write "{code}".',
    },
  },
  fix: replaceFix,
  check(ctx) {
    // once per criterion file, not once per element: a file with 25,000 keys stays linear
    const perEntry = new Map<object, { known: string[]; listed: string; free: string[]; reported: number }>();
    for (const { entry, element, catalogued } of elementsOf(ctx)) {
      const criterion = entry.id ?? '?';
      let memo = perEntry.get(entry);
      if (!memo) {
        const known = catalogued?.elements.map(e => e.id) ?? [];
        const present = new Set(entry.elements.map(e => e.code));
        perEntry.set(entry, (memo = { known, listed: known.join(', '), free: known.filter(k => !present.has(k)), reported: 0 }));
      }
      const { known, free } = memo;
      // the closest code is looked for only where the finding is shown (the first findings of the
      // rule in each file, in the file's order): past them, the check counts the findings and drops them
      const near = (key: string) => (free.length && memo.reported < MAX_FINDINGS_PER_RULE ? closest(key, free) : undefined);
      const report = (r: Parameters<typeof ctx.report>[0]) => {
        memo.reported++;
        ctx.report(r);
      };
      if (!element.code) {
        const suggestion = loose(element.key);
        const target = suggestion && (!catalogued || !catalogued.elementsComplete || known.includes(suggestion)) ? suggestion : near(element.key);
        report({
          file: entry.file,
          node: element.keyNode,
          messageId: 'malformed',
          criterion: entry.id,
          params: { key: element.key, criterion, hint: didYouMean(ctx.lang, target) },
          data: target ? { replacement: target } : undefined,
        });
      } else if (element.keyCriterion && entry.id && element.keyCriterion !== entry.id) {
        report({
          file: entry.file,
          node: element.keyNode,
          messageId: 'otherCriterion',
          criterion: entry.id,
          element: element.code,
          params: { keyCriterion: element.keyCriterion, criterion, code: element.code },
          data: { replacement: element.code },
        });
      } else if (catalogued?.elementsComplete && !known.includes(element.code)) {
        const target = near(element.code);
        report({
          file: entry.file,
          node: element.keyNode,
          messageId: 'notInCriterion',
          criterion: entry.id,
          element: element.code,
          params: { criterion, code: element.code, elements: memo.listed, hint: didYouMean(ctx.lang, target) },
          data: target ? { replacement: target } : undefined,
        });
      }
    }
  },
});

/** `EE01`, `ee1`, `e01`, `ee 01` → `ee01` */
function loose(key: string): string | undefined {
  const m = /^\s*e{1,2}\s*[-_ ]?\s*(\d{1,2})\s*$/i.exec(key);
  return m ? `ee${m[1].padStart(2, '0')}` : undefined;
}
