/**
 * The codes of the manual, written once: a criterion `3.4-05`, an element `ee01`, a method
 * (`ASY`, `PT`…), and the manual's reference form `Crit.3.4-05-ee01-ASY`. Every pattern the
 * engine matches codes with (parsing, the generated JSON Schemas, hover, go to definition, the
 * import of a team's grid) is built here from the same parts; `test/engine/format.test.ts` checks
 * the grammar in `syntaxes/` and the catalogue meta-schema against them.
 */

/** `3.4-05`: chapter, objective, two-digit criterion number. `[0-9]` (not `\d`) so that JSON Schema readers agree. */
export const CRITERION_CODE = '[1-9]\\.[1-9]-[0-9]{2}';
/** `ee01` */
export const ELEMENT_CODE = 'ee[0-9]{2}';
/** `ASY`: the evaluation method's suffix in the reference form. */
export const METHOD_CODE = '[A-Z]{2,5}';

/** A criterion id as the catalogue and the model hold it. */
export const CRITERION_ID = new RegExp(`^${CRITERION_CODE}$`);
/** An element id as the catalogue and the model hold it. */
export const ELEMENT_ID = new RegExp(`^${ELEMENT_CODE}$`);
/** The whole reference form: `Crit.3.4-05`, `Crit.3.4-05-ee01`, `Crit.3.4-05-ee01-ASY` (groups: criterion, element, method). */
const REFERENCE_EXACT = new RegExp(`^Crit\\.(${CRITERION_CODE})(?:-(${ELEMENT_CODE}))?(?:-(${METHOD_CODE}))?$`);
/** The reference form inside a text (global; groups: criterion, element, method). */
export const REFERENCE_PATTERN = new RegExp(`\\bCrit\\.(${CRITERION_CODE})(?:-(${ELEMENT_CODE}))?(?:-(${METHOD_CODE}))?\\b`, 'g');
/** A bare short form inside a text, `3.4-05` or `3.4-05-ee01`, not part of a longer number (groups: criterion, element). */
export const SHORT_CODE_PATTERN = new RegExp(`(?<![\\d.])(${CRITERION_CODE})(?:-(${ELEMENT_CODE}))?(?![\\d])`, 'g');
/** Either form inside a text (global; groups: criterion, element): what go to definition follows. */
export const ANY_CODE_PATTERN = new RegExp(`(?:\\bCrit\\.|(?<![\\d.]))(${CRITERION_CODE})(?:-(${ELEMENT_CODE}))?(?:-${METHOD_CODE})?(?!\\d)`, 'g');
/** An element code inside a text. */
export const ELEMENT_CODE_PATTERN = new RegExp(`\\b${ELEMENT_CODE}\\b`, 'g');

/** JSON Schema pattern of the `criterion:` value: the short or the reference form. */
export const CRITERION_VALUE_SCHEMA_PATTERN = `^(${CRITERION_CODE}|Crit\\.${CRITERION_CODE})$`;
/** JSON Schema pattern of an element key: `ee01` or `Crit.3.4-05-ee01-ASY`. */
export const ELEMENT_KEY_SCHEMA_PATTERN = `^(${ELEMENT_CODE}|Crit\\.${CRITERION_CODE}-${ELEMENT_CODE}(-${METHOD_CODE})?)$`;

/**
 * The lenient forms a team's grid may hold (`Crit. 3.4-5`, `EE 1`, `3.4-05-ee01-ASY`), read by
 * `catalogue import` and normalised to the codes above. Groups: chapter, objective, number, ee number, method.
 */
export const LENIENT_CRITERION = new RegExp(`^(?:Crit\\.)?([1-9])\\.([1-9])-(\\d{1,2})(?:-(?:ee|EE)\\s*0?(\\d{1,2}))?(?:-(${METHOD_CODE}))?$`);
/** Group: the ee number. */
export const LENIENT_ELEMENT = new RegExp(`^(?:Crit\\.${CRITERION_CODE}-)?(?:ee|EE|Ee)?\\s*0?(\\d{1,2})(?:-${METHOD_CODE})?$`);

export interface CodeRef {
  criterion: string;
  element?: string;
  method?: string;
}

/** Reads a criterion code as written in a file: `3.4-05` or `Crit.3.4-05` (with optional ee and method parts). */
export function parseCriterionCode(text: string): CodeRef | undefined {
  const t = text.trim();
  if (CRITERION_ID.test(t)) return { criterion: t };
  const m = REFERENCE_EXACT.exec(t);
  return m ? { criterion: m[1], element: m[2], method: m[3] } : undefined;
}

/** Reads an element key: `ee01` or `Crit.3.4-05-ee01-ASY`. */
export function parseElementCode(text: string): (CodeRef & { element: string }) | { element: string; criterion?: undefined } | undefined {
  const t = text.trim();
  if (ELEMENT_ID.test(t)) return { element: t };
  const r = parseCriterionCode(t);
  return r?.element ? { ...r, element: r.element } : undefined;
}
