/** Finding the dossier roots of a workspace: every folder that holds a dossier.yaml. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST } from './host.js';
import { isInside } from './paths.js';

const SKIP = new Set(['node_modules']);
const MAX_DEPTH = 8;

/** A folder the search passed over: too deep to be looked into, or unreadable. */
export interface SkippedFolder {
  path: string;
  reason: 'too-deep' | 'unreadable';
  detail?: string;
}

/**
 * Every folder below `folder` that holds a dossier.yaml, at most MAX_DEPTH levels down; the
 * folders it could not look into are told to `skipped` (the CLI says them on stderr), never
 * passed over in silence.
 */
export function findDossierRoots(folder: string, skipped?: SkippedFolder[]): string[] {
  const out: string[] = [];
  // a folder inside a dossier already found (its preuves/…) is not a site left out: not said
  const walk = (dir: string, depth: number, inDossier = false) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped?.push({ path: dir, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code });
      return;
    }
    const isRoot = entries.some(e => e.name === MANIFEST && (e.isFile() || e.isSymbolicLink()));
    if (isRoot) out.push(dir);
    const below = entries.filter(e => e.isDirectory() && !e.name.startsWith('.') && !SKIP.has(e.name));
    if (depth >= MAX_DEPTH) {
      if (!inDossier && !isRoot) for (const e of below) skipped?.push({ path: path.join(dir, e.name), reason: 'too-deep' });
      return;
    }
    for (const e of below) walk(path.join(dir, e.name), depth + 1, inDossier || isRoot);
  };
  walk(folder, 0);
  return out.sort();
}

export const MAX_ROOT_DEPTH = MAX_DEPTH;

/** The innermost root that contains `file` (a nested dossier is its own). */
export function rootOf(roots: Iterable<string>, file: string): string | undefined {
  let best: string | undefined;
  for (const r of roots) {
    if (isInside(r, file) && (!best || r.length > best.length)) best = r;
  }
  return best;
}
