import type { RuleCode } from './rules/index.js';
import type { Range } from './yamlSource.js';

export type { Severity, SeveritySetting } from './format/vocabulary.js';
import type { Severity } from './format/vocabulary.js';
export type Lang = 'fr' | 'en';

/** The most findings one rule shows in one file; the rest are summed up in one more finding (check.ts). */
export const MAX_FINDINGS_PER_RULE = 100;

/** The code of a rule of the table (engine/src/rules/index.ts), e.g. 'missing-element'. */
export type { RuleCode };

/** A finding as rules report it, before severities, waivers and sorting are applied. */
export interface Finding {
  /** path relative to the dossier root, with `/` */
  file: string;
  range: Range;
  code: RuleCode;
  severity: Severity;
  /** the id of the message in the rule's table (tests and fixes tell findings apart by it) */
  messageId: string;
  message: string;
  criterion?: string;
  element?: string;
  /** what the rule's own quick fixes need (e.g. the missing ee codes, the near-miss replacement); its type is the rule's */
  data?: unknown;
  /** set when an in-file waiver covers the finding; it then counts in summary.waived, not in errors/warnings */
  waived?: { reason: string; until?: string };
}

export type Messages = Record<string, string>;

/** Fills `{name}` placeholders. */
export function format(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}
