import type { Range } from './yamlSource.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Lang = 'fr' | 'en';

export const RULE_CODES = [
  'yaml-syntax', 'schema', 'unreadable-file', 'unknown-manual', 'unknown-criterion', 'uncatalogued-criterion', 'unknown-element',
  'duplicate-criterion', 'missing-element', 'missing-criterion', 'not-evaluated', 'missing-evidence',
  'evidence-not-found', 'evidence-outside-dossier', 'stale-evidence', 'expired-evidence', 'stale-at-visit',
  'future-date', 'missing-justification', 'imperative-not-met', 'overdue-action', 'calista-missing',
  'calista-late', 'visit-window', 'visit-document-missing', 'follow-up-missing', 'provider-hds-expired', 'unknown-role',
  'invalid-finess', 'waiver',
] as const;
export type RuleCode = typeof RULE_CODES[number];

/** A finding as rules report it, before severities, waivers and sorting are applied. */
export interface Finding {
  /** path relative to the dossier root, with `/` */
  file: string;
  range: Range;
  code: RuleCode;
  severity: Severity;
  message: string;
  criterion?: string;
  element?: string;
  /** facts for code actions and reports (e.g. the missing ee codes, the near-miss replacement) */
  data?: Record<string, unknown>;
  /** set when an in-file waiver covers the finding; it then counts in summary.waived, not in errors/warnings */
  waived?: { reason: string; until?: string };
}

export type Messages = Record<string, string>;

/** Fills `{name}` placeholders. */
export function format(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}
