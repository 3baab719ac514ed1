/** The disk as the engine sees it, with the editor's open buffers laid over it (open buffers win). */
import * as path from 'node:path';
import { isInside, nodeHost, relativeInside, type DossierHost } from '../../engine/src/index.js';

export function overlayHost(openText: (absPath: string) => string | undefined, openPaths: () => string[]): DossierHost {
  return {
    readText(abs, maxBytes) {
      const text = openText(abs);
      if (text === undefined) return nodeHost.readText(abs, maxBytes);
      // an open buffer is held to the same limit as a file on disk
      const bytes = text.length > maxBytes / 3 ? Buffer.byteLength(text) : text.length;
      return bytes > maxBytes ? { failure: 'too-large', detail: String(bytes) } : { text };
    },
    kind: abs => (openText(abs) !== undefined ? 'file' : nodeHost.kind(abs)),
    realpath: abs => nodeHost.realpath(abs) ?? (openText(abs) !== undefined ? abs : undefined),
    // an open buffer has no disk stamp: it is read (from memory) and compared by text
    stamp: abs => (openText(abs) !== undefined ? undefined : nodeHost.stamp!(abs)),
    head: (abs, bytes) => openText(abs)?.slice(0, bytes) ?? nodeHost.head!(abs, bytes),
    listFiles: (root, limit) => nodeHost.listFiles!(root, limit),
    // an open buffer may lie in a folder that is not on disk yet
    virtual: dir => openPaths().some(abs => isInside(dir, abs)),
    listYamlFiles(root, skipped) {
      const onDisk = nodeHost.listYamlFiles(root, skipped);
      const seen = new Set(onDisk);
      // A buffer opened but never saved still belongs to the dossier it sits in.
      for (const abs of openPaths()) {
        const rel = relativeInside(root, abs);
        if (!rel || !/\.ya?ml$/i.test(rel)) continue;
        const posix = rel.split(path.sep).join('/');
        if (!seen.has(posix) && nodeHost.kind(abs) === undefined) onDisk.push(posix);
      }
      return onDisk.sort();
    },
  };
}
