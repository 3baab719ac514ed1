/**
 * lineReader (what hover, definition and completion read a line with) gives the lines splitLines
 * gives, read in any order, on every kind of line break, without splitting the whole text.
 */
import { describe, expect, it } from 'vitest';
import { lineReader, splitLines } from '../../engine/src/yamlSource.js';
import { prng } from '../../bench/generate.js';

const TEXTS = ['', '\n', 'a', 'a\n', 'a\r\nb', 'a\rb\r', '\r\n\r\n', 'a\n\rb', 'a\r\r\nb\n', 'é\n€\r\n😀\rx', '\n\n\nfin'];

function linesOf(text: string, order: number[]): (string | undefined)[] {
  const read = lineReader(text);
  const out: (string | undefined)[] = [];
  for (const i of order) out[i + 1] = read(i);
  return out;
}

describe('lineReader', () => {
  it('reads the lines splitLines gives, and undefined past the last and before the first', () => {
    for (const text of TEXTS) {
      const lines = splitLines(text);
      const order = [...Array(lines.length + 3).keys()].map(i => i - 1);
      const expected = order.map(i => lines[i]);
      expect(linesOf(text, order), JSON.stringify(text)).toEqual([...expected]);
      // from the end first, then back up
      expect(linesOf(text, [...order].reverse()), JSON.stringify(text)).toEqual([...expected]);
    }
  });

  it('agrees with splitLines on random texts read in a random order', () => {
    const rand = prng(20261203);
    const pieces = ['a', ' ', 'key: v', '#', '\n', '\r', '\r\n', 'é'];
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = Math.floor(rand() * 30); k > 0; k--) text += pieces[Math.floor(rand() * pieces.length)];
      const lines = splitLines(text);
      const read = lineReader(text);
      for (let k = 0; k < 20; k++) {
        const i = Math.floor(rand() * (lines.length + 2));
        expect(read(i), JSON.stringify(text)).toBe(lines[i]);
      }
    }
  });

  it('reads the first and the last lines of a long text', () => {
    const text = 'criterion: 3.2-01\n' + 'x\n'.repeat(100_000);
    const read = lineReader(text);
    expect(read(0)).toBe('criterion: 3.2-01');
    expect(read(100_000)).toBe('x');
    expect(read(100_001)).toBe('');
    expect(read(100_002)).toBeUndefined();
  });
});
