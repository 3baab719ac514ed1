/**
 * The fast YAML path (engine/src/fastYaml.ts) against `yaml` itself: on every YAML file of the
 * repository, on generated dossiers, on hand-written corner cases and on thousands of mutated
 * variants, either the fast path declines the text or it builds exactly what yaml builds (kinds,
 * ranges, values, scalar types) and yaml finds no error in it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { differenceFromYaml, parseFast } from '../../engine/src/fastYaml.js';
import { slowForComparison } from '../../engine/src/yamlSource.js';
import { generateHospital, generateLarge, prng } from '../../bench/generate.js';
import { REPO } from '../helpers.js';

// `npm test`: a fixed sample; `npm run fuzz` (FUZZ_RUNS) draws as many new ones as asked
const MUTANTS = Number(process.env.FUZZ_RUNS ?? 6000);
const SEED = process.env.FUZZ_RUNS ? Date.now() % 2 ** 31 : 20261125;

function yamlFilesBelow(dir: string, skip = new Set(['node_modules', '.git', 'data', 'dist', 'test-results'])): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFilesBelow(p, skip));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

function agree(text: string): { fast: boolean; problem?: string } {
  const fast = parseFast(text);
  return fast ? { fast: true, problem: differenceFromYaml(slowForComparison(text), fast) } : { fast: false };
}

const CORNERS = [
  '',
  '# only a comment\n',
  'a: 1',
  'a:',
  'a:\n',
  'a:   \n',
  'a: # c\nb: x\n',
  '- \n- x\n',
  '-\n- x\n',
  'a: |\n  t\n\nb: 1\n',
  'a: |-\n  t\n\nb: 1\n',
  'a: >\n  folded\n  text\n\n  para\nb: 1\n',
  'a: |2\n   two\nb: 1\n',
  'a: x\n# c\nb: y\n',
  'm:\n  a: x\n  # c\nb: y\n',
  'm:\n  a: x\n# c\nb: y\n',
  'a: [x, y, ]\n',
  'a: []\n',
  'a: [\n  x, # c\n  y\n]\n',
  'a: 1\r\nb: "x"\r\n',
  'a: x   \n',
  '- a\n  # c\n- b\n',
  'a: x\n\nb: y\n',
  'a: x\n\n  # c\nb: y\n',
  'm:\n  a: x\n\n  # c\n\nb: y\n',
  'm:\n  a: x\n    # c\n',
  'm:\n  a: x\n  # c\n\n',
  's:\n  - x\n  # c\nb: 1\n',
  's:\n- x\n# c\nb: 1\n',
  's:\n- x\n\n- y\n',
  'a: "q" # c\n  # d\nb: 1\n',
  'a: [x]   # c\n    # d\nb: 1\n',
  'a: |\n  t\n  # not c\n# c\nb: 1\n',
  'a: x\n\n\n',
  'a:\n  b:\n    c: x\n\n# end\n',
  'a: 012\nb: 0o12\nc: .inf\nd: ~\ne: 1e3\nf: +5\ng: 1.50\nh: true\ni: False\nj: 0x1F\nk: null\nl: -.5\n',
  "'q': 'it''s'\n\"d\": \"a\\tb\\u00e9\"\n",
  'plain\n  continued\n',
  'a: plain\n  continued\n  # c\nb: 2\n',
  '- - a\n  - b\n- c\n',
  '- a: 1\n  b: 2\n- c: 3\n',
  'a:\n- x\n- y\nb: 1\n',
  'k: "multi\n  line"\n',
  '__proto__: 1\n',
  '1: a\n2: b\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: {b: 1}\n',
  '---\na: 1\n',
  'a: 1\n---\nb: 2\n',
  'a: 1\na: 2\n',
  '...\n:a\n',
  '...\na: 1\n',
  'a: 1\n...\n',
  '--- \na: 1\n',
  '\uFEFFa: 1\n',
  'a:\tx\n',
  'a: |+\n  t\n\n',
  '? a\n: b\n',
  'a: b: c\n',
  'a: "unclosed\n',
  'a: [x\n',
  '- a\nb: 1\n',
  'a:\n  - x\n  y: 1\n',
];

describe('the fast YAML path', () => {
  it('builds what yaml builds on every YAML file of the repository and of generated dossiers, and takes all of the example', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fastyaml-'));
    generateHospital(path.join(dir, 'hospital'));
    generateLarge(path.join(dir, 'large'));
    const files = [...yamlFilesBelow(REPO), ...yamlFilesBelow(dir)];
    expect(files.length).toBeGreaterThan(140);
    for (const f of files) {
      const r = agree(fs.readFileSync(f, 'utf8'));
      expect(r.problem, f).toBeUndefined();
      if (f.includes(`examples${path.sep}ch-exemple`) || f.startsWith(dir)) expect(r.fast, `${f} takes the fast path`).toBe(true);
    }
    // the same files saved with Windows line ends
    for (const f of yamlFilesBelow(path.join(REPO, 'examples'))) {
      const r = agree(fs.readFileSync(f, 'utf8').replace(/\n/g, '\r\n'));
      expect(r.problem, `${f} (CRLF)`).toBeUndefined();
      expect(r.fast, `${f} (CRLF) takes the fast path`).toBe(true);
    }
  });

  it('agrees with yaml on corner cases, or declines them', () => {
    let taken = 0;
    for (const text of CORNERS) {
      const r = agree(text);
      expect(r.problem, JSON.stringify(text)).toBeUndefined();
      if (r.fast) taken++;
    }
    // most corner cases are taken: the fast path is not a path that declines everything
    expect(taken).toBeGreaterThan(CORNERS.length / 2);
    for (const declined of [
      '...\na: 1\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: {b: 1}\n',
      '---\na: 1\n',
      'a: 1\na: 2\n',
      'a: b: c\n',
      'a: "unclosed\n',
      '\uFEFFa: 1\n',
      'a: |+\n  t\n\n',
    ]) {
      expect(parseFast(declined), JSON.stringify(declined)).toBeUndefined();
    }
  });

  it(`agrees with yaml on ${MUTANTS.toLocaleString('en')} mutated variants of real files (1–3 edits: pieces of YAML inserted, characters deleted or replaced, lines re-indented or duplicated)`, () => {
    const bases = [...yamlFilesBelow(path.join(REPO, 'examples')), ...yamlFilesBelow(path.join(REPO, 'ci'))]
      .map(f => fs.readFileSync(f, 'utf8'))
      .concat(CORNERS.filter(c => c.length > 8));
    const r = prng(SEED);
    const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
    const pieces = [
      ' ',
      '  ',
      '\n',
      ':',
      ': ',
      '- ',
      '#',
      ' #',
      '"',
      "'",
      '|',
      '>',
      '[',
      ']',
      ',',
      'a',
      '\r\n',
      '-',
      '?',
      '&',
      '*',
      '!',
      '{',
      '}',
      '%',
      '@',
      '0',
      '.',
      '~',
      '\n  ',
      '\n    ',
      '&a ',
      '*a',
      '<<: *a',
      '|\n',
      '>\n',
      '\u00a0',
      'é',
      '😀',
      'ee99',
      'Crit.3.4-05-ee01-ASY',
      '2024-02-29',
      'status: ',
      'evidence:',
      'file: ',
      'null',
      '0x1F',
      '.inf',
      '!!str ',
      '---\n',
      '...\n',
      '# c\n',
    ];
    let taken = 0;
    for (let n = 0; n < MUTANTS; n++) {
      let text = pick(bases);
      for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
        const at = Math.floor(r() * (text.length + 1));
        const op = r();
        if (op < 0.4) text = text.slice(0, at) + pick(pieces) + (r() < 0.3 ? pick(pieces) : '') + text.slice(at);
        else if (op < 0.6) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
        else if (op < 0.75) text = text.slice(0, at) + pick(pieces) + text.slice(at + 1);
        else {
          const lines = text.split('\n');
          const l = Math.floor(r() * lines.length);
          if (op < 0.85) lines[l] = `  ${lines[l]}`;
          else if (op < 0.93) lines[l] = lines[l].replace(/^ {1,2}/, '');
          else lines.splice(l, 0, lines[l]);
          text = lines.join('\n');
        }
      }
      const res = agree(text);
      if (res.fast) taken++;
      expect(res.problem, JSON.stringify(text)).toBeUndefined();
    }
    // a good share of the mutants is still taken by the fast path, so it is really exercised
    expect(taken).toBeGreaterThan(MUTANTS / 5);
  });
});
