/**
 * Where the CLI's outputs go, the same way in every command: `-o FILE` (`--output` and `--out`
 * are one option), `-o -` is standard output, a missing folder is one clear line before anything
 * runs; colour by the conventions (flags, then NO_COLOR, then FORCE_COLOR, then the terminal);
 * and the path convention of the CI formats (relative to the repository root when there is one,
 * else to the working directory).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { l10n, type Lang } from '../../engine/src/index.js';
import * as safe from './safeWrite.js';

export class OutputError extends Error {}

/** `--out` is `--output` everywhere (before `--`, which ends the options). */
export function normalizeArgv(argv: string[]): string[] {
  const out: string[] = [];
  let options = true;
  for (const a of argv) {
    if (a === '--') options = false;
    if (options && a === '--out') out.push('--output');
    else if (options && a.startsWith('--out=')) out.push(`--output=${a.slice('--out='.length)}`);
    else out.push(a);
  }
  return out;
}

export const isStdout = (file: string | undefined): boolean => file === undefined || file === '-';

let outputLang: Lang = 'fr';
/** The language of the errors of this module (set once the command line is read). */
export function setOutputLang(lang: Lang): void {
  outputLang = lang;
}
/** The language of the arguments (`--lang`, HAS_DOSSIER_LANG), for the words said outside a command. */
export function cliLang(): Lang {
  return outputLang;
}

/**
 * Refuses, before anything is done, an output whose folder does not exist (or is not a folder),
 * then, through safeWrite, a link and a file that the check of `roots` reads.
 */
export function checkOutputTarget(file: string | undefined, roots: string[] = [], lang: Lang = outputLang): void {
  if (isStdout(file)) return;
  const dir = path.dirname(path.resolve(file!));
  let isDir = false;
  try {
    isDir = fs.statSync(dir).isDirectory();
  } catch {
    /* reported below */
  }
  if (!isDir) throw new OutputError(l10n.t(lang, 'cli.output.noFolder', { file, dir: path.dirname(file!) }));
  try {
    if (fs.statSync(file!).isDirectory()) throw new OutputError(l10n.t(lang, 'cli.output.isFolder', { file }));
  } catch (e) {
    if (e instanceof OutputError) throw e;
  }
  safe.checkOutputTarget(file!, roots);
}

/** A whole text to a file (never through a link, never a file of `roots`), or to standard output for `-` or no file. */
export function writeOut(text: string, output: string | undefined, roots: string[] = []): void {
  checkOutputTarget(output, roots);
  if (isStdout(output)) process.stdout.write(text);
  else safe.writeOutputFile(output!, text);
}

/** Output written piece by piece, to a file (opened at the first piece, never through a link) or to standard output. */
export class OutputSink {
  private fd: number | undefined;
  constructor(
    private readonly file: string | undefined,
    private readonly roots: string[] = [],
  ) {}
  write(piece: string | Uint8Array): void {
    if (isStdout(this.file)) {
      process.stdout.write(piece);
      return;
    }
    if (this.fd === undefined) checkOutputTarget(this.file, this.roots);
    this.fd ??= safe.openOutput(this.file!);
    const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
    for (let done = 0; done < bytes.length;) done += fs.writeSync(this.fd, bytes, done);
  }
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

export interface ColorFlags {
  color?: boolean;
}

/**
 * Colour on standard output: `--color` / `--no-color` first; then `NO_COLOR` (set and not empty:
 * off); then `FORCE_COLOR` (`0` or `false`: off; any other non-empty value: on); else only on a
 * terminal that is not `TERM=dumb`. Files written with -o never get colour.
 */
export function useColor(stream: NodeJS.WriteStream, flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !(force === '0' || force.toLowerCase() === 'false');
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/** The root of the git repository that holds `dir` (a `.git` folder or file), or undefined. */
export function repositoryRoot(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** The folder the CI formats make paths relative to: the repository root of the dossier, else the working directory. */
export function pathBase(root: string, cwd: string): string {
  return repositoryRoot(root) ?? cwd;
}
