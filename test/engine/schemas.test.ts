import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectedSchemaFiles, expectedValidatorFiles, GENERATED } from '../../scripts/generate-schemas.js';
import { CRITERION_REF, MANIFEST_REF, structureAjv } from '../../engine/src/ajvOptions.js';
import * as PRECOMPILED from '../../engine/src/generated/structureValidators.js';
import { generateSchemas } from '../../engine/src/index.js';
import { REPO, SCHEMAS, registry } from '../helpers.js';

describe('generated JSON schemas', () => {
  it('are up to date with the catalogue (npm run generate:schemas)', () => {
    for (const [name, text] of Object.entries(expectedSchemaFiles())) {
      expect(fs.readFileSync(path.join(SCHEMAS, name), 'utf8'), name).toBe(text);
    }
  });

  it('have their ajv validators compiled ahead of time, up to date, and answering as the run-time ones do', () => {
    for (const [name, text] of Object.entries(expectedValidatorFiles())) {
      expect(fs.readFileSync(path.join(GENERATED, name), 'utf8') === text, `engine/src/generated/${name} is stale: npm run generate:schemas`).toBe(true);
    }
    const { dossier, criterion } = generateSchemas(registry.resolve('has-es-2025', REPO));
    const ajv = structureAjv();
    ajv.addSchema(dossier).addSchema(criterion);
    const runtime = {
      manifest: ajv.compile({ $ref: MANIFEST_REF(dossier.$id as string) }),
      criterion: ajv.compile({ $ref: CRITERION_REF(criterion.$id as string) }),
    };
    const samples: ['manifest' | 'criterion', unknown][] = [
      [
        'criterion',
        { criterion: '3.4-05', elements: { ee01: { status: 'conform', evidence: [{ title: 'x', kind: 'cartographie-dm', date: '2026-02-30', extra: 1 }] } } },
      ],
      ['criterion', { criterion: 3.4, elements: [] }],
      [
        'manifest',
        {
          manual: 'has-es-2025',
          establishment: { name: 'X', finess: 1 },
          visit: { start: 'demain', documents_ready: 'bientôt' },
          certification: { decision: 'certifié' },
          providers: [{ name: 'H' }],
          roles: { RSSI: 1 },
        },
      ],
      ['manifest', { manual: 'has-es-2025', establishment: { name: 'CH' } }],
    ];
    for (const [kind, data] of samples) {
      const pre = PRECOMPILED[kind] as unknown as typeof runtime.manifest;
      expect(pre(data)).toBe(runtime[kind](data));
      const strip = (errs: typeof pre.errors) =>
        (errs ?? []).map(e => ({ keyword: e.keyword, instancePath: e.instancePath, params: e.params, message: e.message }));
      expect(strip(pre.errors)).toEqual(strip(runtime[kind].errors));
    }
  });

  it('enumerate the ee codes of each criterion whose elements are all known, and accept the example dossier', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const criterion = ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'criterion.schema.json'), 'utf8')));
    const dossier = ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'dossier.schema.json'), 'utf8')));
    const ex = path.join(REPO, 'examples', 'ch-exemple');
    expect(dossier(parse(fs.readFileSync(path.join(ex, 'dossier.yaml'), 'utf8'))), JSON.stringify(dossier.errors)).toBe(true);
    for (const f of fs.readdirSync(path.join(ex, 'criteres'))) {
      expect(criterion(parse(fs.readFileSync(path.join(ex, 'criteres', f), 'utf8'))), `${f}: ${JSON.stringify(criterion.errors)}`).toBe(true);
    }
    expect(criterion({ criterion: '3.4-05', elements: { ee06: { status: 'conforme' } } })).toBe(false);
    expect(criterion({ criterion: '3.4-05', elements: { ee05: { status: 'conforme' } } })).toBe(true);
  });
});

describe('the bundled catalogue', () => {
  const cat = registry.resolve('has-es-2025', SCHEMAS);

  it('is valid, partial, and says so', () => {
    expect(cat.data.complete).toBe(false);
    expect(cat.data.completeness).toMatch(/Partiel/);
  });

  it('has the 3 chapters and their 12 objectives', () => {
    expect(cat.data.chapters.map(c => `${c.id} ${c.title}`)).toEqual(['1 Le patient', '2 Les équipes de soins', '3 L’établissement']);
    expect([...cat.objectives.keys()]).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4']);
  });

  it('holds the texts of seed 003 word for word, with a source for each', () => {
    // docs/sources/ keeps the source text the catalogue quotes (the CCECQA training sheet, seed 003).
    const seed = fs.readFileSync(path.join(REPO, 'docs', 'sources', 'fiche-ccecqa-2025.txt'), 'utf8').replace(/\*\*/g, '');
    for (const c of cat.criteria.values()) {
      for (const e of c.elements) {
        expect(cat.data.sources[e.source], `${c.id}-${e.id}`).toBeDefined();
        if (e.text) expect(seed, `${c.id}-${e.id}`).toContain(`Crit.${c.id}-${e.id}-${e.method}`);
        if (e.text) expect(seed.replace(/\s+/g, ' '), `${c.id}-${e.id}`).toContain(e.text);
      }
    }
    expect(cat.element('3.1-07', 'ee01')?.text).toBeUndefined();
    expect(cat.evidenceKinds.get('cartographie-dmn')?.maxAge).toMatchObject({ duration: '12 months', basis: 'manual' });
    expect(cat.evidenceKinds.get('audit-silene')?.maxAge).toMatchObject({ duration: '1 month', basis: 'practice' });
    expect(cat.evidenceKinds.get('audit-orad')?.maxAge).toBeUndefined();
    expect(cat.data.calista.documents).toHaveLength(8);
  });
});

describe('every schema error in words (issue 20, point 6: no ajv English in a French message)', () => {
  // the keywords validation.ts words, those it leaves to another error, and those that cannot fail alone
  const WORDED = ['additionalProperties', 'required', 'type', 'enum', 'format', 'pattern', 'minLength', 'uniqueItems', 'oneOf', 'minimum'];
  const LEFT = ['propertyNames', 'if']; // the key pattern's error, the `then` branch's errors say it
  const STRUCTURAL = [
    '$id',
    '$ref',
    '$schema',
    'allOf',
    'const',
    'definitions',
    'description',
    'examples',
    'items',
    'patternProperties',
    'properties',
    'then',
    'title',
  ];
  it("uses no keyword that validation.ts does not turn into a message of its own (else ajv's English would show)", () => {
    const used = new Set<string>();
    const walk = (x: unknown, inNames = false): void => {
      if (Array.isArray(x)) return x.forEach(v => walk(v));
      if (!x || typeof x !== 'object') return;
      for (const [k, v] of Object.entries(x)) {
        if (!inNames) used.add(k);
        // the values of these are maps of names (keys, definitions), not keywords
        walk(v, ['properties', 'patternProperties', 'definitions'].includes(k) && !inNames);
      }
    };
    for (const f of ['dossier.schema.json', 'criterion.schema.json']) walk(JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8')));
    expect([...used].filter(k => ![...WORDED, ...LEFT, ...STRUCTURAL].includes(k)).sort()).toEqual([]);
  });
});
