/**
 * Everything the engine reads from disk goes through a DossierHost, so that the language
 * server can lay its open buffers over the disk and tests can use an in-memory tree.
 * The Node implementation below never writes and never follows a symlink out of the root.
 *
 * `readRegularFile` is the one place where the engine opens a file: it stats the path first
 * and opens only a regular file (never a FIFO, a socket, a device, `/dev/stdin`), opens it
 * non-blocking, checks the open descriptor again (the path may have changed in between), and
 * reads at most the size cap (a file that grows while read, or a /proc file that says size 0,
 * still stops there). It never throws and never puts a byte of the file in its answer.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type ReadFailure = 'not-found' | 'too-large' | 'binary' | 'not-utf8' | 'utf16' | 'is-directory' | 'not-regular' | 'io';

/** What a listing passed over without a word otherwise: a folder it could not read, a YAML name that is a FIFO, socket or device. */
export interface SkippedEntry {
  path: string;
  failure: 'unreadable-folder' | 'not-regular';
  detail: string;
}
export type ReadResult = { text: string } | { failure: ReadFailure; detail?: string };

export interface DossierHost {
  /** Text of a file; never throws. */
  readText(absPath: string, maxBytes: number): ReadResult;
  /** 'file', 'dir' or undefined (absent or unreadable), following symlinks. */
  kind(absPath: string): 'file' | 'dir' | undefined;
  /** Canonical path (symlinks resolved), or undefined. */
  realpath(absPath: string): string | undefined;
  /** YAML files below root, relative POSIX paths, sorted; skips dot folders, node_modules and nested dossiers (and tells `skipped` what else it could not list). */
  listYamlFiles(root: string, skipped?: SkippedEntry[]): string[];
  /** Every file below root (relative POSIX paths, sorted, at most `limit`), for evidence path completion. */
  listFiles?(root: string, limit: number): string[];
  /** Something that changes when the file changes (mtime and size), or undefined when unknown: lets a cache skip reading. */
  stamp?(absPath: string): string | undefined;
  /** First bytes of a file as text (to sniff a `criterion:` key cheaply). */
  head?(absPath: string, bytes: number): string | undefined;
  /**
   * Whether a path below the folder `absDir` may exist for this host without existing on disk
   * (an editor's unsaved buffer). A host that says false lets a check take every path below a
   * folder missing on disk as missing without asking; a host without it is asked about every path.
   * A host whose `kind` answers for paths that are not on disk must say so here.
   */
  virtual?(absDir: string): boolean;
}

export const MANIFEST = 'dossier.yaml';
const SKIP_DIRS = new Set(['node_modules']);
const YAML_FILE = /\.ya?ml$/i;

/** Bytes of a regular file, at most `maxBytes` of them, or why not. Never blocks, never throws. */
export function readRegularFile(absPath: string, maxBytes: number): { bytes: Buffer } | { failure: ReadFailure; detail?: string } {
  let fd: number | undefined;
  try {
    const pre = fs.statSync(absPath);
    const notRegular = (st: fs.Stats) =>
      st.isDirectory() ? { failure: 'is-directory' as const } : !st.isFile() ? { failure: 'not-regular' as const, detail: fileType(st) } : undefined;
    const refused = notRegular(pre);
    if (refused) return refused;
    if (pre.size > maxBytes) return { failure: 'too-large', detail: String(pre.size) };
    fd = fs.openSync(absPath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0));
    const st = fs.fstatSync(fd);
    const changed = notRegular(st);
    if (changed) return changed;
    if (st.size > maxBytes) return { failure: 'too-large', detail: String(st.size) };
    // read up to one byte past the cap: a file that grows meanwhile is refused, not read whole
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(st.size + 1, 65536)));
    let n = 0;
    let chunk = buf;
    for (;;) {
      if (n === chunk.length) {
        if (chunk.length > maxBytes) break;
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, n);
        chunk = bigger;
      }
      const got = fs.readSync(fd, chunk, n, chunk.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > maxBytes) return { failure: 'too-large', detail: `> ${maxBytes}` };
    return { bytes: chunk.subarray(0, n) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { failure: 'not-found' };
    if (code === 'EISDIR') return { failure: 'is-directory' };
    return { failure: 'io', detail: code ?? 'error' };
  } finally {
    if (fd !== undefined)
      try {
        fs.closeSync(fd);
      } catch {
        /* already closed */
      }
  }
}

function fileType(st: fs.Stats): string {
  return st.isFIFO() ? 'fifo' : st.isCharacterDevice() || st.isBlockDevice() ? 'device' : st.isSocket() ? 'socket' : 'other';
}

export function decodeUtf8(buf: Uint8Array): ReadResult {
  // UTF-16 (what Windows' Notepad and Excel call "Unicode"), told by its byte-order mark
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return { failure: 'utf16', detail: buf[0] === 0xff ? 'UTF-16 LE' : 'UTF-16 BE' };
  }
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
    const r = readRegularFile(absPath, maxBytes);
    return 'bytes' in r ? decodeUtf8(r.bytes) : r;
  },
  kind(absPath) {
    try {
      // no exception built for a missing file (20,000 evidence files may be missing)
      const st = fs.statSync(absPath, { throwIfNoEntry: false });
      return st?.isDirectory() ? 'dir' : st?.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  },
  realpath(absPath) {
    // the native call is one syscall; the JS one lstat()s every component of the path
    try {
      return fs.realpathSync.native(absPath);
    } catch {
      return undefined;
    }
  },
  stamp(absPath) {
    try {
      const st = fs.statSync(absPath, { throwIfNoEntry: false });
      return st?.isFile() ? `${st.mtimeMs}:${st.size}:${st.ino}` : undefined;
    } catch {
      return undefined;
    }
  },
  head(absPath, bytes) {
    let fd: number | undefined;
    try {
      if (!fs.statSync(absPath).isFile()) return undefined;
      fd = fs.openSync(absPath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0));
      if (!fs.fstatSync(fd).isFile()) return undefined;
      const buf = Buffer.alloc(bytes);
      const n = fs.readSync(fd, buf, 0, bytes, 0);
      return buf.subarray(0, n).toString('utf8');
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined)
        try {
          fs.closeSync(fd);
        } catch {
          /* already closed */
        }
    }
  },
  listYamlFiles(root, skipped) {
    return walkFiles(root, name => YAML_FILE.test(name), Infinity, skipped);
  },
  listFiles(root, limit) {
    return walkFiles(root, () => true, limit);
  },
  virtual: () => false,
};

/** Files below root, skipping dot folders, node_modules, nested dossiers and symlinked folders. */
function walkFiles(root: string, keep: (name: string) => boolean, limit: number, skipped?: SkippedEntry[]): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      // said, not skipped silently: the criteria it holds would otherwise be called missing
      skipped?.push({ path: rel ? `${rel}/` : './', failure: 'unreadable-folder', detail: (e as NodeJS.ErrnoException).code ?? 'io' });
      return;
    }
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
      } else if (keep(e.name) && !e.isFile()) {
        // a FIFO, socket or device named like a YAML file: never opened, but said
        skipped?.push({
          path: childRel,
          failure: 'not-regular',
          detail: e.isFIFO() ? 'fifo' : e.isSocket() ? 'socket' : e.isCharacterDevice() || e.isBlockDevice() ? 'device' : 'other',
        });
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
  // folders that hold nothing: not folders on disk, and no path of the host's own below them
  const empty = new Set<string>();
  const looked = new Set<string>();
  const memo: DossierHost = Object.create(host) as DossierHost;
  memo.kind = p => {
    if (kinds.has(p)) return kinds.get(p);
    const dir = path.dirname(p);
    if (empty.has(dir)) {
      kinds.set(p, undefined);
      return undefined;
    }
    const k = host.kind(p);
    kinds.set(p, k);
    // a missing path: when its folder is missing too, so are its siblings, without a system call
    // each (20,000 evidence files named in a folder that does not exist)
    if (k === undefined && dir !== p && host.virtual && !looked.has(dir)) {
      looked.add(dir);
      if (memo.kind(dir) !== 'dir' && !host.virtual(dir)) empty.add(dir);
    }
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

/** The largest dossier file read. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The largest catalogue file read (the bundled one is under 100 KB). */
export const CATALOGUE_MAX_BYTES = 5 * 1024 * 1024;

/** Why a JSON file could not be read: the reading's failure, or a JSON syntax error and where (never what). */
export type JsonReadFailure = { failure: ReadFailure; detail?: string; maxBytes: number } | { failure: 'json'; at?: string };

/**
 * A JSON file read as a dossier file is (a regular file only, never a FIFO or a device, at most
 * `maxBytes`, a UTF-8 byte-order mark allowed), or why not. V8's own message shows the first
 * characters of the text, so only the place of a syntax error is kept.
 */
export function readJsonFile(file: string, maxBytes: number): { value: unknown } | JsonReadFailure {
  const read = readRegularFile(file, maxBytes);
  if (!('bytes' in read)) return { failure: read.failure, detail: read.detail, maxBytes };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    if (!(e instanceof SyntaxError)) return { failure: 'not-utf8', maxBytes };
    return { failure: 'json', at: /position (\d+)/.exec(e.message)?.[1] };
  }
}
