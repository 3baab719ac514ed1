/**
 * Property-based tests (fast-check) on the engine: random and mutated dossiers never throw,
 * every diagnostic range lies inside its document, results do not depend on the order in which
 * files are listed, and the incremental result after an edit equals a full re-check.
 * `npm test` runs a bounded number of cases; `npm run fuzz` runs FUZZ_RUNS (100,000) of each.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDossier, loadDossier, memoryHost, type CheckResult, type DossierHost, type MemoryTree, type ParseCache } from '../../engine/src/index.js';
import { REPO, registry, ROOT } from '../helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
// `npm test` replays the same cases (a red CI is then reproducible); `npm run fuzz` draws new ones
const SEED = process.env.FUZZ_RUNS ? undefined : 20261125;
const EXAMPLE = path.join(REPO, 'examples', 'ch-exemple');
const BASE: MemoryTree = {};
for (const rel of ['dossier.yaml', ...fs.readdirSync(path.join(EXAMPLE, 'criteres')).map(f => `criteres/${f}`)]) BASE[rel] = fs.readFileSync(path.join(EXAMPLE, rel), 'utf8');
for (const f of fs.readdirSync(path.join(EXAMPLE, 'preuves'))) BASE[`preuves/${f}`] = 'x';
const YAML_FILES = Object.keys(BASE).filter(f => f.endsWith('.yaml'));

/** Pieces that make YAML interesting: structure, anchors, dates, codes, waivers, odd characters. */
const TOKEN = fc.constantFrom(':', ': ', '- ', '\n', '\n  ', '\n    ', '[', ']', '{', '}', '&a ', '*a', '<<: *a', '#', '"', "'", '|\n', '>\n', '\t', '\u00a0', 'é', '😀',
  'ee0', 'ee99', 'Crit.3.4-05-ee01-ASY', '3.4-', '2026-', '2024-02-29', '2026-02-30', 'status: ', 'conforme', 'non-applicable', 'evidence:', 'file: ', '../', '/etc/passwd', '~/',
  'kind: cartographie-dmn', 'criterion: ', '# has-dossier-ignore stale-evidence: r\n', '# has-dossier-ignore x until 2020-01-01\n', 'null', '~', '0x1F', '.inf', '!!str ', '---\n', '...\n');
const MUTATION = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.array(TOKEN, { minLength: 1, maxLength: 6 }).map(a => a.join('')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('random' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
);
type Mutation = typeof MUTATION extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'insert': case 'random': return text.slice(0, at) + m.text + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate-line': { const lines = text.split('\n'); const i = m.at % lines.length; lines.splice(i, 0, lines[i]); return lines.join('\n'); }
  }
}

const EDITS = fc.array(fc.record({ file: fc.constantFrom(...YAML_FILES), mutation: MUTATION }), { minLength: 1, maxLength: 8 });
const OPTIONS = { asOf: '2026-11-23' };

function applyEdits(edits: { file: string; mutation: Mutation }[]): MemoryTree {
  const tree = { ...BASE };
  for (const e of edits) tree[e.file] = mutate(tree[e.file] as string, e.mutation);
  return tree;
}

function run(tree: MemoryTree, host: DossierHost = memoryHost(ROOT, tree), cache?: ParseCache): CheckResult {
  return checkDossier(loadDossier(ROOT, host, { cache }), registry, OPTIONS);
}

/** Findings without the parsed model: what a user sees. */
const seen = (r: CheckResult) => JSON.stringify({ findings: r.findings, coverage: r.coverage, summary: r.summary });

describe('engine properties', () => {
  it('never throws on mutated dossiers, and every range lies inside its document', () => {
    fc.assert(fc.property(EDITS, edits => {
      const tree = applyEdits(edits);
      const r = run(tree);
      for (const f of r.findings) {
        const text = tree[f.file];
        const lines = typeof text === 'string' ? text.split(/\r?\n/) : [''];
        const { start, end } = f.range;
        expect(start.line, `${f.code} ${f.file}`).toBeGreaterThanOrEqual(0);
        expect(end.line, `${f.code} ${f.file}`).toBeLessThan(Math.max(1, lines.length));
        expect(start.character).toBeLessThanOrEqual(lines[start.line].length);
        expect(end.character).toBeLessThanOrEqual(lines[end.line].length);
        expect(start.line < end.line || (start.line === end.line && start.character <= end.character)).toBe(true);
      }
    }), { numRuns: RUNS, seed: SEED });
  }, 120_000); // 150 whole checks of the example (9 criteria files): past 30 s on a shared, loaded machine

  it('gives the same result whatever the order in which files are listed', () => {
    fc.assert(fc.property(EDITS, fc.integer(), (edits, seed) => {
      const tree = applyEdits(edits);
      const host = memoryHost(ROOT, tree);
      const shuffled: DossierHost = { ...host, listYamlFiles: r => fc.sample(fc.shuffledSubarray(host.listYamlFiles(r), { minLength: host.listYamlFiles(r).length }), { seed, numRuns: 1 })[0] };
      expect(seen(run(tree, shuffled))).toBe(seen(run(tree, host)));
    }), { numRuns: Math.ceil(RUNS / 3), seed: SEED });
  });

  it('gives after an edit, with the parse cache, the same result as a full check', () => {
    fc.assert(fc.property(EDITS, EDITS, (before, after) => {
      const cache: ParseCache = new Map();
      const first = applyEdits(before);
      run(first, undefined, cache);
      const second = applyEdits([...before, ...after]);
      expect(seen(run(second, undefined, cache))).toBe(seen(run(second)));
    }), { numRuns: Math.ceil(RUNS / 3), seed: SEED });
  });
});
