/** Finding the dossier roots of a workspace: every folder that holds a dossier.yaml. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST } from './host.js';
import { isInside } from './paths.js';

const SKIP = new Set(['node_modules']);
const MAX_DEPTH = 8;

export function findDossierRoots(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    if (entries.some(e => e.name === MANIFEST && (e.isFile() || e.isSymbolicLink()))) out.push(dir);
    if (depth >= MAX_DEPTH) return;
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && !SKIP.has(e.name)) walk(path.join(dir, e.name), depth + 1);
    }
  };
  walk(folder, 0);
  return out.sort();
}

/** The innermost root that contains `file` (a nested dossier is its own). */
export function rootOf(roots: Iterable<string>, file: string): string | undefined {
  let best: string | undefined;
  for (const r of roots) {
    if (isInside(r, file) && (!best || r.length > best.length)) best = r;
  }
  return best;
}
