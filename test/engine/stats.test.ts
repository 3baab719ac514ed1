/**
 * memoizeStats: a check asks the disk once per path, and once per folder missing on disk for
 * every path below it, unless the host may hold files there that are not on disk (an editor's
 * unsaved buffer: DossierHost.virtual).
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoizeStats, type DossierHost } from '../../engine/src/host.js';

const ROOT = path.join(path.sep, 'd');
const at = (rel: string) => path.join(ROOT, ...rel.split('/'));

/** A disk with the root and `preuves/` only, plus `virtualFiles` that exist for the host and not on disk. */
function host(virtualFiles: string[], saysVirtual: boolean | undefined) {
  const asked: string[] = [];
  const h: DossierHost = {
    readText: () => ({ failure: 'not-found' }),
    kind(abs) {
      asked.push(path.relative(ROOT, abs).split(path.sep).join('/') || '.');
      if (virtualFiles.some(v => at(v) === abs)) return 'file';
      return abs === ROOT || abs === at('preuves') ? 'dir' : abs === at('preuves/a.pdf') ? 'file' : undefined;
    },
    realpath: abs => abs,
    listYamlFiles: () => [],
    ...(saysVirtual === undefined ? {} : { virtual: (dir: string) => saysVirtual && virtualFiles.some(v => at(v).startsWith(dir + path.sep)) }),
  };
  return { h, asked };
}

describe('memoizeStats', () => {
  it('asks about a folder missing on disk once, and about none of the paths below it after the first', () => {
    const { h, asked } = host([], false);
    const memo = memoizeStats(h);
    const names = Array.from({ length: 1000 }, (_, i) => `absent/doc-${i}.pdf`);
    for (const n of names) expect(memo.kind(at(n))).toBeUndefined();
    expect(asked).toEqual(['absent/doc-0.pdf', 'absent', '.']);
    // asked again: remembered
    expect(memo.kind(at('absent/doc-0.pdf'))).toBeUndefined();
    expect(asked).toHaveLength(3);
  });

  it('still asks about each missing path of a folder that exists', () => {
    const { h, asked } = host([], false);
    const memo = memoizeStats(h);
    expect(memo.kind(at('preuves/a.pdf'))).toBe('file');
    expect(memo.kind(at('preuves/b.pdf'))).toBeUndefined();
    expect(memo.kind(at('preuves/c.pdf'))).toBeUndefined();
    expect(asked).toEqual(['preuves/a.pdf', 'preuves/b.pdf', 'preuves', 'preuves/c.pdf']);
  });

  it('finds a file that exists only for the host in a folder missing on disk (an unsaved buffer)', () => {
    const { h } = host(['neuf/brouillon.yaml'], true);
    const memo = memoizeStats(h);
    expect(memo.kind(at('neuf/autre.yaml'))).toBeUndefined();
    expect(memo.kind(at('neuf/brouillon.yaml'))).toBe('file');
  });

  it('asks about every path when the host does not say whether it holds files of its own', () => {
    const { h, asked } = host(['neuf/brouillon.yaml'], undefined);
    const memo = memoizeStats(h);
    expect(memo.kind(at('neuf/autre.yaml'))).toBeUndefined();
    expect(memo.kind(at('neuf/brouillon.yaml'))).toBe('file');
    expect(asked).toEqual(['neuf/autre.yaml', 'neuf/brouillon.yaml']);
  });
});
