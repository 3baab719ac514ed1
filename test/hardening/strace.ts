/** Runs under strace: whether it is there, and the paths a log shows opened (open, openat, openat2, creat; a missing file is not opened). */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export const HAS_STRACE = spawnSync('strace', ['-V']).status === 0;

/** The options that trace the calls which open a file, for `strace … -o log program args`. */
export const STRACE_OPEN = ['-f', '-qq', '-e', 'trace=open,openat,openat2,creat'];

export function opened(log: string): string[] {
  const out: string[] = [];
  for (const line of fs.readFileSync(log, 'utf8').split('\n')) {
    const m = /open(?:at2?)?\((?:AT_FDCWD|\d+), "([^"]+)"|creat\("([^"]+)"/.exec(line) ?? /^\d+\s+open\("([^"]+)"/.exec(line);
    if (m && !/= -1 ENOENT/.test(line)) out.push(m[1] ?? m[2]);
  }
  return out;
}
