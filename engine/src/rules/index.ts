/**
 * The rule table: every rule of the product, in the order of SPEC §4. Docs, SARIF metadata, the
 * `rules:` keys of dossier.yaml and the rule codes (`RuleCode`, `RULE_CODES`) come from here. The
 * table itself (table.ts) is generated from the rule modules of this folder: `npm run generate`.
 */
import type { AnyRule } from './rule.js';
import { TABLE } from './table.js';

/** The code of a rule of the table, e.g. 'missing-element'. */
export type RuleCode = (typeof TABLE)[number]['code'];

export const RULES: readonly AnyRule[] = TABLE;
export const RULE_CODES: readonly RuleCode[] = TABLE.map(r => r.code);
export const RULES_BY_CODE: ReadonlyMap<RuleCode, AnyRule> = new Map(TABLE.map(r => [r.code, r]));

export type { AnyRule as Rule, RuleContext } from './rule.js';
