/**
 * Everything the engine reads from disk goes through a DossierHost, so that the language
 * server can lay its open buffers over the disk and tests can use an in-memory tree.
 * The Node implementation below never writes and never follows a symlink out of the root.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type ReadFailure = 'not-found' | 'too-large' | 'binary' | 'not-utf8' | 'is-directory' | 'io';
export type ReadResult = { text: string } | { failure: ReadFailure; detail?: string };

export interface DossierHost {
  /** Text of a file; never throws. */
  readText(absPath: string, maxBytes: number): ReadResult;
  /** 'file', 'dir' or undefined (absent or unreadable), following symlinks. */
  kind(absPath: string): 'file' | 'dir' | undefined;
  /** Canonical path (symlinks resolved), or undefined. */
  realpath(absPath: string): string | undefined;
  /** YAML files below root, relative POSIX paths, sorted; skips dot folders, node_modules and nested dossiers. */
  listYamlFiles(root: string): string[];
  /** Every file below root (relative POSIX paths, sorted, at most `limit`), for evidence path completion. */
  listFiles?(root: string, limit: number): string[];
  /** Something that changes when the file changes (mtime and size), or undefined when unknown: lets a cache skip reading. */
  stamp?(absPath: string): string | undefined;
  /** First bytes of a file as text (to sniff a `criterion:` key cheaply). */
  head?(absPath: string, bytes: number): string | undefined;
}

export const MANIFEST = 'dossier.yaml';
const SKIP_DIRS = new Set(['node_modules']);
const YAML_FILE = /\.ya?ml$/i;

export function decodeUtf8(buf: Uint8Array): ReadResult {
  const sniff = buf.subarray(0, 8192);
  if (sniff.includes(0)) return { failure: 'binary' };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { failure: 'not-utf8' };
  }
}

export const nodeHost: DossierHost = {
  readText(absPath, maxBytes) {
    try {
      const st = fs.statSync(absPath);
      if (st.isDirectory()) return { failure: 'is-directory' };
      if (st.size > maxBytes) return { failure: 'too-large', detail: String(st.size) };
      return decodeUtf8(fs.readFileSync(absPath));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? { failure: 'not-found' } : { failure: 'io', detail: code ?? String(e) };
    }
  },
  kind(absPath) {
    try {
      const st = fs.statSync(absPath);
      return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  },
  realpath(absPath) {
    // the native call is one syscall; the JS one lstat()s every component of the path
    try { return fs.realpathSync.native(absPath); } catch { return undefined; }
  },
  stamp(absPath) {
    try {
      const st = fs.statSync(absPath);
      return st.isFile() ? `${st.mtimeMs}:${st.size}:${st.ino}` : undefined;
    } catch {
      return undefined;
    }
  },
  head(absPath, bytes) {
    let fd: number | undefined;
    try {
      fd = fs.openSync(absPath, 'r');
      const buf = Buffer.alloc(bytes);
      const n = fs.readSync(fd, buf, 0, bytes, 0);
      return buf.subarray(0, n).toString('utf8');
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  },
  listYamlFiles(root) {
    return walkFiles(root, name => YAML_FILE.test(name), Infinity);
  },
  listFiles(root, limit) {
    return walkFiles(root, () => true, limit);
  },
};

/** Files below root, skipping dot folders, node_modules, nested dossiers and symlinked folders. */
function walkFiles(root: string, keep: (name: string) => boolean, limit: number): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        // Symlinked folders are not followed (no loops, nothing outside the root); a nested dossier is its own.
        if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
        if (fs.existsSync(path.join(abs, MANIFEST))) continue;
        walk(abs, childRel);
      } else if ((e.isFile() || e.isSymbolicLink()) && keep(e.name)) {
        if (out.length >= limit) return;
        out.push(childRel);
      }
    }
  };
  walk(root, '');
  return out.sort();
}

/**
 * A host whose `kind` and `realpath` answers are remembered for one check: several rules ask
 * about the same evidence file (exists? inside the root? on the visit checklist?), and a stat is
 * the costliest thing they do. A new check (every keystroke, every file event) gets a new memo.
 */
export function memoizeStats(host: DossierHost): DossierHost {
  const kinds = new Map<string, 'file' | 'dir' | undefined>();
  const reals = new Map<string, string | undefined>();
  const memo: DossierHost = Object.create(host) as DossierHost;
  memo.kind = p => {
    if (kinds.has(p)) return kinds.get(p);
    const k = host.kind(p);
    kinds.set(p, k);
    return k;
  };
  memo.realpath = p => {
    if (reals.has(p)) return reals.get(p);
    const r = host.realpath(p);
    reals.set(p, r);
    return r;
  };
  return memo;
}
