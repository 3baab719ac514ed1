/**
 * Duplicate keys: `yaml` compares each key with every key before it in its map (quadratic: 25,000
 * keys took seconds), so yamlSource.ts parses with `uniqueKeys: false` and finds them itself, with
 * one set per map. The errors must be those `yaml` gives, at the same offsets, in the same order.
 */
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlSlowly } from '../../engine/src/yamlSource.js';

const CASES = [
  'a: 1\na: 2\n',
  'a: 1\nb:\n  c: 1\n  c: 2\na: 3\n',
  '{a: 1, a: 2}\n',
  '- x: 1\n  x: 2\n',
  '&k a: 1\n? a\n: 2\n',
  '1: a\n"1": b\n1: c\n',
  'a: [\nb: 1\nb: 2\n',
  'a: 1\n a: 2\na: 3\n',
  '? [a]\n: 1\n? [a]\n: 2\n',
  'x: &a 1\n*a : 2\n1: 3\n',
  'a:\n  - b: 1\n    b: 1\n  - {c: 1, c: 2, d: }\n',
  '[a: {b: 1, b: 2}, a: 3]\n',
  'ee01:\n  status: conforme\nee01:\n  status: partiel\n  status: conforme\n',
  '.nan: 1\n.nan: 2\n~: 1\nnull: 2\ntrue: 1\nTrue: 2\n',
];

const byYaml = (text: string) =>
  parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' }).errors.map(
    e => `${e.code}@${e.pos.join('-')}: ${e.message.split('\n')[0]}`,
  );

describe('duplicate keys', () => {
  for (const text of CASES) {
    it(JSON.stringify(text), () => {
      expect(
        (parseYamlSlowly(text).doc as unknown as ReturnType<typeof parseDocument>).errors.map(e => `${e.code}@${e.pos.join('-')}: ${e.message.split('\n')[0]}`),
      ).toEqual(byYaml(text));
    });
  }
  it('are found in time linear in the keys (30,000 keys, the last one twice)', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`).join('\n') + '\nk29999: again\n';
    expect(parseYamlSlowly(text).syntaxErrors.map(e => [e.code, e.range.start.line])).toEqual([['DUPLICATE_KEY', 30_000]]);
  });
});
