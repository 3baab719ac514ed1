import * as path from 'node:path';
import type { CheckResult, Finding } from '../../../engine/src/index.js';

export interface FormatContext {
  result: CheckResult;
  version: string;
  /** the working directory: the human formats (stylish, compact) show paths relative to it, so that a terminal makes them clickable */
  cwd: string;
  /**
   * where the CI formats (sarif, junit, github, gitlab) and the `root` of `check --all --format json`
   * make paths relative to: the root of the dossier's git repository, else the working directory
   */
  base: string;
  color: boolean;
  /** with `check --all`: this dossier is one entry of a group */
  group?: boolean;
}

export type Formatter = (ctx: FormatContext) => string;

/** 1-based location, as every output format shows it. */
export function location(f: Finding) {
  return { line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 };
}

/** A dossier file's path relative to `from`, with `/`. */
export function relativeTo(from: string, result: CheckResult, file: string): string {
  return (
    path
      .relative(from, path.join(result.root, ...file.split('/')))
      .split(path.sep)
      .join('/') || '.'
  );
}

/** The dossier's own folder relative to `from` ('.' when it is `from`). */
export function rootRelativeTo(from: string, root: string): string {
  return path.relative(from, root).split(path.sep).join('/') || '.';
}
