/** The one description of the format: every key documented, each vocabulary and code pattern written once, readers derived from it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { doComplete, doHover, type LanguageContext } from '../../engine/src/index.js';
import { CRITERION_CODE, ELEMENT_CODE, METHOD_CODE } from '../../engine/src/codes.js';
import { allKeys, CRITERION_FILE, EXTENSION_KEYS, MANIFEST_FILE, nodeAt } from '../../engine/src/format/index.js';
import { parseDocument } from 'yaml';
import { REFERENCE_BEGIN, REFERENCE_END } from '../../engine/src/format/reference.js';
import { expectedReadme } from '../../scripts/generate-schemas.js';
import { registry, run } from '../helpers.js';

const REPO = path.resolve(__dirname, '..', '..');

function sources(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'generated') walk(rel);
      } else if (e.name.endsWith('.ts')) out.push({ file: rel, text: fs.readFileSync(path.join(REPO, rel), 'utf8') });
    }
  };
  for (const d of ['engine/src', 'cli/src', 'server/src', 'client/src']) walk(d);
  return out;
}

describe('the format module', () => {
  it('documents every key in French and English', () => {
    for (const [name, root] of [
      ['dossier.yaml', MANIFEST_FILE],
      ['criterion', CRITERION_FILE],
    ] as const) {
      for (const { path: p, key, node } of allKeys(root)) {
        const where = `${name}: ${[...p, key].join('.')}`;
        expect(node.label?.fr, where).toBeTruthy();
        expect(node.label?.en, where).toBeTruthy();
        expect(node.doc?.fr, where).toMatch(/\.$/);
        expect(node.doc?.en, where).toMatch(/\.$/);
      }
    }
  });

  it('walks a path of keys as the cursor gives it (sequences entered, data keys taken as any)', () => {
    expect(nodeAt(CRITERION_FILE, ['elements', 'ee01', 'evidence', 'date'])).toMatchObject({ type: 'date' });
    expect(nodeAt(CRITERION_FILE, ['elements', 'Crit.3.4-05-ee01-ASY', 'actions', 'done'])).toMatchObject({ type: 'date-or-boolean' });
    expect(nodeAt(MANIFEST_FILE, ['providers', 'hds', 'valid_until'])).toMatchObject({ type: 'date', required: true });
    expect(nodeAt(MANIFEST_FILE, ['rules', 'overdue-action'])).toMatchObject({ values: 'severity-settings' });
    expect(nodeAt(CRITERION_FILE, ['evidence'])).toBeUndefined();
    expect(nodeAt(CRITERION_FILE, ['toString'])).toBeUndefined();
  });

  it.each([
    // words of the vocabularies, as string literals
    "'Partiellement conforme'",
    "'non conforme'",
    "'non applicable'",
    "'to evaluate'",
    "'Certifié sous conditions'",
    "'Certified with distinction'",
    "'avertissement'",
    // the vocabularies' lists written out
    "'conforme', 'partiel'",
    "'error', 'warning', 'info'",
    "'certifie-mention', 'certifie'",
    // the sentence of the cycle
    'la visite suivante vient avant',
    // the code patterns
    '[1-9]\\.[1-9]',
    '[1-9]\\\\.[1-9]',
    'ee\\d{2}',
  ])('%s is written once, in the format module or codes.ts', needle => {
    const hits = sources()
      .filter(s => s.text.includes(needle))
      .map(s => s.file);
    expect(hits.length, hits.join(', ')).toBeLessThanOrEqual(1);
    for (const f of hits) expect(f).toMatch(/^engine\/src\/(format\/|codes\.ts$)/);
  });

  it('the grammar and the catalogue meta-schema use the code patterns of codes.ts', () => {
    const grammar = fs.readFileSync(path.join(REPO, 'syntaxes', 'has-dossier.injection.tmLanguage.json'), 'utf8');
    const matches = [...grammar.matchAll(/"match": "((?:[^"\\]|\\.)*)"/g)].map(m =>
      (JSON.parse(`"${m[1]}"`) as string).replace(/\[\\d\.\]/g, '[0-9.]').replace(/\\d/g, '[0-9]'),
    );
    expect(matches).toContain(`\\bCrit\\.${CRITERION_CODE}(?:-${ELEMENT_CODE})?(?:-${METHOD_CODE})?\\b`);
    expect(matches).toContain(`(?<![0-9.])${CRITERION_CODE}(?![0-9])`);
    expect(matches).toContain(`^\\s*(${ELEMENT_CODE})(?=\\s*:)`);
    const meta = fs.readFileSync(path.join(REPO, 'schemas', 'catalogue.schema.json'), 'utf8');
    const patterns = [...meta.matchAll(/"pattern": "((?:[^"\\]|\\.)*)"/g)].map(m => JSON.parse(`"${m[1]}"`) as string);
    expect(patterns).toContain(`^${CRITERION_CODE}$`);
    expect(patterns).toContain(`^${ELEMENT_CODE}$`);
    expect(patterns).toContain(`^${METHOD_CODE}$`);
  });
});

describe('editor features derived from the format', () => {
  const ctx = (file: string, text: string, lang: 'fr' | 'en' = 'fr'): LanguageContext => ({ result: run({ [file]: text }), registry, path: file, text, lang });

  it('hover on a key gives its words and documentation', () => {
    const text = 'criterion: 3.4-05\nelements:\n  ee01:\n    status: conforme\n    evidence:\n      - title: x\n        date: 2026-01-01\n';
    expect(doHover(ctx('criteres/c.yaml', text), { line: 3, character: 6 })).toEqual({
      contents: {
        kind: 'markdown',
        value: '**status** — Statut (obligatoire)\n\n`conforme`, `partiel`, `non-conforme`, `non-applicable` (avec une justification) ou `a-evaluer`.',
      },
      range: { start: { line: 3, character: 4 }, end: { line: 3, character: 10 } },
    });
    expect(doHover(ctx('criteres/c.yaml', text, 'en'), { line: 6, character: 9 })?.contents.value).toBe(
      "**date** — Date (YYYY-MM-DD)\n\nThe date the document was validated or last updated (YYYY-MM-DD): the evidence's age counts from it.",
    );
    expect(doHover(ctx('criteres/c.yaml', text), { line: 5, character: 9 })?.contents.value).toMatch(/^\*\*title\*\* — Titre \(obligatoire\)/);
    // a value is not a key
    expect(doHover(ctx('criteres/c.yaml', text), { line: 3, character: 14 })).toBeUndefined();
    const manifest = 'manual: has-es-2025\nvisit:\n  documents_ready: 2 months\n';
    expect(doHover(ctx('dossier.yaml', manifest, 'en'), { line: 2, character: 4 })?.contents.value).toMatch(
      /^\*\*documents_ready\*\* — Documents ready\n\nFrom how long/,
    );
  });

  it("key completion carries the key's documentation", () => {
    const text = 'criterion: 3.4-05\nelements:\n  ee01:\n    ';
    const items = doComplete(ctx('criteres/c.yaml', text), { line: 3, character: 4 });
    expect((items.find(i => i.label === 'justification')?.documentation as { value: string } | undefined)?.value).toBe(
      "Pourquoi l'élément est non applicable (exigée avec `non-applicable`).",
    );
  });

  it('value completion follows the node of the key: dates, a date ahead, done, severities', () => {
    const labels = (file: string, text: string, line: number, character: number) => doComplete(ctx(file, text), { line, character }).map(i => i.label);
    const crit = 'criterion: 3.4-05\nelements:\n  ee01:\n    actions:\n      - title: x\n        due: \n        done: \n';
    expect(labels('criteres/c.yaml', crit, 5, 13)).toHaveLength(2);
    expect(labels('criteres/c.yaml', crit, 6, 14).slice(1)).toEqual(['false', 'true']);
    expect(labels('dossier.yaml', 'manual: has-es-2025\ncertification:\n  decision: ', 2, 12)).toEqual([
      'certifie-mention',
      'certifie',
      'certifie-sous-conditions',
      'non-certifie',
    ]);
  });
});

describe('the README against the format', () => {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');

  it('its format reference is the one written from the format (npm run generate:schemas)', () => {
    expect(readme.includes(REFERENCE_BEGIN) && readme.includes(REFERENCE_END)).toBe(true);
    expect(readme).toBe(expectedReadme());
  });

  it('every key of its YAML examples is a key of the format', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1]);
    let checked = 0;
    for (const block of blocks) {
      const text = block.replace(/^( *)# has-dossier-ignore.*\n/gm, '');
      const indent = /^( *)/.exec(text)![1].length;
      const dedented = text
        .split('\n')
        .map(l => l.slice(indent))
        .join('\n');
      const doc = parseDocument(dedented);
      const top = doc.toJS() as unknown;
      // which file (or fragment) the example is: by its first key
      const root = Array.isArray(top)
        ? ['elements', '*', 'evidence']
        : typeof top === 'object' && top && 'criterion' in top
          ? []
          : typeof top === 'object' && top && ('manual' in top || 'visit' in top)
            ? []
            : undefined;
      if (!root) continue;
      const format =
        typeof top === 'object' && top && !Array.isArray(top) && 'criterion' in top ? CRITERION_FILE : Array.isArray(top) ? CRITERION_FILE : MANIFEST_FILE;
      const visitKeys = (value: unknown, at: string[]) => {
        if (Array.isArray(value)) {
          for (const v of value) visitKeys(v, at);
          return;
        }
        if (!value || typeof value !== 'object') return;
        for (const [k, v] of Object.entries(value)) {
          if (new RegExp(EXTENSION_KEYS.pattern).test(k)) continue; // a team's own x- key: accepted by every map, in no table
          const p = [...at, k];
          expect(nodeAt(format, p), `README example: ${p.join('.')}`).toBeDefined();
          checked++;
          visitKeys(v, p);
        }
      };
      visitKeys(top, root);
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe('the switch that turns the fast YAML path off', () => {
  it('HAS_DOSSIER_FAST_YAML=0 turns it off, and nothing else does', async () => {
    for (const [value, on] of [
      [undefined, true],
      ['1', true],
      ['0', false],
    ] as const) {
      vi.resetModules();
      if (value === undefined) vi.stubEnv('HAS_DOSSIER_FAST_YAML', undefined as unknown as string);
      else vi.stubEnv('HAS_DOSSIER_FAST_YAML', value);
      const m = await import('../../engine/src/fastYaml.js');
      expect(m.FAST_PATH, String(value)).toBe(on);
    }
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('the CLI gives the same bytes with the fast path off', () => {
    const cli = (env: Record<string, string>) =>
      spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'check', 'examples/ch-exemple', '--format', 'json', '--as-of', '2026-11-23'], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
    const fast = cli({});
    const slow = cli({ HAS_DOSSIER_FAST_YAML: '0' });
    expect(slow.status).toBe(fast.status);
    expect(fast.stdout.length).toBeGreaterThan(1000);
    expect(slow.stdout).toBe(fast.stdout);
  });
});

describe('a key added through the format: comment:', () => {
  const text =
    'criterion: 3.4-05\ncomment: |\n  Cartographie revue en COSSI.\n  Deux lignes.\nelements:\n  ee01:\n    status: a-evaluer\n    comment: En cours de revue\n';

  it('is read into the model, accepted by the schema, completed and explained on hover', () => {
    const result = run({ 'criteres/c.yaml': text });
    const entry = result.dossier.criteria[0];
    expect(entry.comment).toBe('Cartographie revue en COSSI.\nDeux lignes.\n');
    expect(entry.elements[0].comment).toBe('En cours de revue');
    expect(result.findings.filter(f => f.code === 'schema')).toEqual([]);
    const bad = run({ 'criteres/c.yaml': text.replace('comment: En cours de revue', 'comment: [a, b]') });
    expect(bad.findings.filter(f => f.code === 'schema').map(f => f.range.start.line)).toEqual([7]);
    const ctx: LanguageContext = { result, registry, path: 'criteres/c.yaml', text, lang: 'en' };
    expect(doComplete(ctx, { line: 6, character: 4 }).map(i => i.label)).toContain('comment');
    expect(doHover(ctx, { line: 7, character: 6 })?.contents.value).toMatch(/^\*\*comment\*\* — Comment\n\nThe team's argument for this status/);
  });
});
