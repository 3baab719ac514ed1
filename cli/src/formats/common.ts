import type { CheckResult, Finding } from '../../../engine/src/index.js';

export interface FormatContext {
  result: CheckResult;
  version: string;
  /** where paths in CI formats are made relative to (the working directory) */
  cwd: string;
  color: boolean;
  /** with `check --all`: the dossier's folder relative to the working directory, prefixed to file names where a format has no root of its own */
  prefix?: string;
}

export type Formatter = (ctx: FormatContext) => string;

/** 1-based location, as every output format shows it. */
export function location(f: Finding) {
  return { line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 };
}
