/**
 * The one meaning of "inside the dossier". A path is inside a root when the way from the root
 * to it never climbs out: `..archive/doc.pdf` and `..notes.pdf` are names inside the root,
 * `../x` and `..` are not, nor is anything on another drive. Every check of the engine, the
 * CLI and the server goes through these functions; none compares a relative path's first
 * characters itself.
 */
import * as path from 'node:path';

/**
 * True when a path as written in a dossier (normalised, POSIX separators) climbs out of its
 * base: `..`, `../…`, or absolute (`/x`, `C:/x`, `//host/x`).
 */
export function climbsOut(rel: string): boolean {
  return rel === '..' || rel.startsWith('../') || rel.startsWith('/') || /^[A-Za-z]:/.test(rel);
}

/**
 * The path of `candidate` relative to `root` (with the platform's separator, '' for the root
 * itself), or undefined when it lies outside. Both paths are taken as given: resolve links
 * first (`realpath`) when they may lead elsewhere.
 */
export function relativeInside(root: string, candidate: string): string | undefined {
  const rel = path.relative(root, candidate);
  // path.relative gives an absolute path when there is no way between them (another drive)
  if (rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return undefined;
  return rel;
}

/** `candidate` is `root` or lies below it. */
export function isInside(root: string, candidate: string): boolean {
  return relativeInside(root, candidate) !== undefined;
}

/** The same, with POSIX separators ('' for the root), as the dossier's relative paths are written. */
export function relativeInsidePosix(root: string, candidate: string): string | undefined {
  const rel = relativeInside(root, candidate);
  return rel === undefined ? undefined : rel.split(path.sep).join('/');
}
