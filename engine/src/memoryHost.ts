/** An in-memory DossierHost: a tree of files given as { 'relative/path': text } (tests, previews). */
import * as path from 'node:path';
import { decodeUtf8, MANIFEST, type DossierHost, type ReadResult } from './host.js';

export type MemoryTree = Record<string, string | Uint8Array>;

export function memoryHost(root: string, tree: MemoryTree): DossierHost {
  const files = new Map<string, string | Uint8Array>();
  for (const [rel, content] of Object.entries(tree)) files.set(path.join(root, ...rel.split('/')), content);
  const isDir = (abs: string) => [...files.keys()].some(f => f.startsWith(abs + path.sep));
  return {
    readText(abs, maxBytes): ReadResult {
      const c = files.get(abs);
      if (c === undefined) return isDir(abs) ? { failure: 'is-directory' } : { failure: 'not-found' };
      const bytes = typeof c === 'string' ? new TextEncoder().encode(c) : c;
      if (bytes.length > maxBytes) return { failure: 'too-large', detail: String(bytes.length) };
      return decodeUtf8(bytes);
    },
    kind: abs => (files.has(abs) ? 'file' : isDir(abs) ? 'dir' : undefined),
    realpath: abs => (files.has(abs) || isDir(abs) || abs === root ? abs : undefined),
    listFiles(r, limit) {
      return [...files.keys()]
        .filter(f => f.startsWith(r + path.sep))
        .map(f => path.relative(r, f).split(path.sep).join('/'))
        .sort()
        .slice(0, limit);
    },
    listYamlFiles(r) {
      const rels = [...files.keys()].filter(f => f.startsWith(r + path.sep)).map(f => path.relative(r, f).split(path.sep).join('/'));
      const nested = rels.filter(p => p !== MANIFEST && p.endsWith('/' + MANIFEST)).map(p => p.slice(0, -MANIFEST.length));
      return rels.filter(p => /\.ya?ml$/i.test(p) && !nested.some(n => p.startsWith(n)) && !p.split('/').some(s => s.startsWith('.'))).sort();
    },
  };
}
