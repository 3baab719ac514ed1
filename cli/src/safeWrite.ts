/**
 * The CLI's writes (`init`, `migrate --write`, `-o`/`--output`): never through a symbolic link,
 * never over a file the check reads, and a migration writes every file or none (each new text
 * written aside first, then renamed over its file).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { l10n, nodeHost, relativeInside } from '../../engine/src/index.js';

/** A write refused before anything was written: a one-line reason, exit 2. */
export class WriteRefused extends Error {
  constructor(
    readonly id: l10n.MessageId,
    readonly params: l10n.Params,
  ) {
    super(l10n.t('en', id, params));
  }
  /** the refusal in the user's language */
  text(lang: l10n.Lang): string {
    return l10n.t(lang, this.id, this.params);
  }
}

const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** The first folder or file from below `root` down to `abs` that is a symbolic link, if any (`root` itself is the user's choice). */
export function linkOnTheWay(root: string, abs: string): string | undefined {
  const rel = relativeInside(root, abs);
  if (rel === undefined || rel === '') return undefined;
  let at = root;
  for (const part of rel.split(path.sep)) {
    at = path.join(at, part);
    let st: fs.Stats;
    try {
      st = fs.lstatSync(at);
    } catch {
      return undefined;
    } // the rest does not exist yet
    if (st.isSymbolicLink()) return at;
  }
  return undefined;
}

/** Refuses an output file that is a link or that the check of `roots` reads (a YAML file of a dossier, a catalogue file). */
export function checkOutputTarget(file: string, roots: string[], alsoRead: string[] = []): void {
  const abs = path.resolve(file);
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(abs);
  } catch {
    st = undefined;
  }
  if (st?.isSymbolicLink()) throw new WriteRefused('cli.write.outputLink', { file });
  const real = st ? (nodeHost.realpath(abs) ?? abs) : path.join(nodeHost.realpath(path.dirname(abs)) ?? path.dirname(abs), path.basename(abs));
  for (const read of alsoRead) if ((nodeHost.realpath(read) ?? read) === real) throw new WriteRefused('cli.write.readByCheck', { file });
  for (const root of roots) {
    const rootReal = nodeHost.realpath(root) ?? root;
    const rel = relativeInside(rootReal, real);
    if (rel === undefined) continue;
    const posix = rel.split(path.sep).join('/');
    if (/\.ya?ml$/i.test(posix) && (posix === 'dossier.yaml' || nodeHost.listYamlFiles(rootReal).includes(posix))) {
      throw new WriteRefused('cli.write.dossierFile', { file, root });
    }
  }
}

/** Opens an output file for writing, never through a link at its last component. */
export function openOutput(file: string): number {
  try {
    return fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | NOFOLLOW, 0o666);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new WriteRefused('cli.write.outputLink', { file });
    throw e;
  }
}

export function writeOutputFile(file: string, data: string | Uint8Array): void {
  const fd = openOutput(file);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done);
  } finally {
    fs.closeSync(fd);
  }
}

/** A new file of `init`: created exclusively (never over one), never through a link; false when it exists. */
export function createNewFile(root: string, abs: string, text: string): boolean {
  const link = linkOnTheWay(root, abs);
  if (link) throw new WriteRefused('cli.write.createLink', { file: path.relative(root, link) || link });
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  // the folders just made are checked again (one could have been swapped for a link meanwhile)
  const again = linkOnTheWay(root, path.dirname(abs));
  if (again) throw new WriteRefused('cli.write.createLink', { file: path.relative(root, again) || again });
  let fd: number;
  try {
    fd = fs.openSync(abs, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | NOFOLLOW, 0o666);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    fs.writeSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Replaces several files of a dossier together: every new text is written next to its file
 * first; only when all are written are they renamed over their files. A failure before the
 * renames leaves every file as it was (the aside copies are removed).
 */
export function replaceAll(root: string, changes: { abs: string; text: string }[]): void {
  for (const c of changes) {
    const link = linkOnTheWay(root, c.abs);
    if (link) throw new WriteRefused('cli.write.migrateLink', { file: path.relative(root, link) });
  }
  const aside: string[] = [];
  try {
    for (const c of changes) {
      const tmp = path.join(path.dirname(c.abs), `.${path.basename(c.abs)}.has-dossier-${process.pid}.tmp`);
      const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | NOFOLLOW, fs.statSync(c.abs).mode & 0o777);
      aside.push(tmp);
      try {
        fs.writeSync(fd, c.text);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
  } catch (e) {
    for (const tmp of aside)
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* gone */
      }
    throw e;
  }
  changes.forEach((c, i) => fs.renameSync(aside[i], c.abs));
}
