/**
 * JSON Schemas of the dossier files, generated from the format (`format/keys.ts`) and a
 * catalogue (the lists of evidence kinds, scopes, CALISTA documents and elements). The
 * structural part (`definitions`) is what the engine validates with; the shipped files add, for
 * YAML tools that know nothing of has-dossier, the code patterns and the ee codes enumerated per
 * criterion.
 */
import type { Catalogue } from './catalogue.js';
import { CRITERION_FILE, EXTENSION_KEYS, MANIFEST_FILE, type FormatNode, type MapNode, type Source } from './format/keys.js';
import { CERTIFICATION_DECISIONS, SEVERITY_SETTINGS, STATUSES } from './format/vocabulary.js';
import { RULE_CODES } from './rules/index.js';

export { STATUSES, type Status } from './format/vocabulary.js';

const SCHEMA_BASE = 'https://has-dossier.example/schemas/';
const DATE_DESCRIPTION = 'YYYY-MM-DD';
type Json = Record<string, unknown>;

/** The lists a schema enumerates, from the format's vocabularies and the catalogue. */
function enumLists(cat: Catalogue): Partial<Record<Source, readonly string[]>> {
  return {
    statuses: STATUSES,
    decisions: CERTIFICATION_DECISIONS,
    'severity-settings': SEVERITY_SETTINGS,
    'rule-codes': RULE_CODES,
    'evidence-kinds': cat.data.evidenceKinds.map(k => k.id),
    'calista-documents': cat.data.calista.documents,
    scopes: cat.scopeIds,
  };
}

class SchemaWriter {
  readonly definitions: Json = {};
  constructor(private readonly lists: Partial<Record<Source, readonly string[]>>) {}

  /** The schema of a node where it is used: a `$ref` for a shared definition. */
  use(node: FormatNode): Json {
    if (!node.definition) return this.body(node);
    this.define(node);
    return { $ref: `#/definitions/${node.definition}` };
  }

  define(node: FormatNode): void {
    const name = node.definition!;
    if (name in this.definitions) return;
    this.definitions[name] = null; // keeps the order of first use
    this.definitions[name] = this.body(node);
  }

  private body(node: FormatNode): Json {
    const description = node.schema === undefined ? {} : { description: node.schema };
    switch (node.type) {
      case 'text':
        return { type: 'string', minLength: 1, ...description };
      case 'string': {
        // JSON Schema forbids an empty enum, and a catalogue may list no scope, kind or CALISTA document
        const list = node.values ? this.lists[node.values] : undefined;
        if (node.suggested) return { type: 'string', minLength: 1, ...description, ...(list?.length ? { examples: [...list] } : {}) };
        return { type: 'string', ...(list?.length ? { enum: [...list] } : {}), ...(node.pattern ? { pattern: node.pattern } : {}), ...description };
      }
      case 'date':
        return this.date(node.schema);
      case 'url':
        return { type: 'string', format: 'uri', ...description };
      case 'integer':
        return { type: 'integer', ...(node.minimum !== undefined ? { minimum: node.minimum } : {}), ...description };
      case 'date-or-boolean':
        return { oneOf: [{ type: 'boolean' }, this.date(node.schema)] };
      case 'list':
        return { type: 'array', ...description, ...(node.unique ? { uniqueItems: true } : {}), items: this.use(node.items) };
      case 'dict': {
        if (node.closed) {
          return {
            type: 'object',
            ...description,
            additionalProperties: false,
            properties: Object.fromEntries((this.lists[node.keysFrom!] ?? []).map(k => [k, this.use(node.values)])),
          };
        }
        return {
          type: 'object',
          ...description,
          ...(node.keyPattern ? { propertyNames: { pattern: node.keyPattern } } : {}),
          additionalProperties: this.use(node.values),
        };
      }
      case 'map': {
        const properties = Object.fromEntries(Object.entries(node.keys).map(([k, v]) => [k, this.use(v)]));
        // a team's own `x-` keys: accepted in every map with fixed keys, whatever their value
        const extensions = { patternProperties: { [EXTENSION_KEYS.pattern]: {} } };
        if (node.orText)
          return { oneOf: [{ type: 'string', minLength: 1 }, { type: 'object', additionalProperties: false, ...extensions, properties }, { type: 'null' }] };
        const required = Object.entries(node.keys)
          .filter(([, v]) => v.required)
          .map(([k]) => k);
        return { type: 'object', additionalProperties: false, ...extensions, ...(required.length ? { required } : {}), ...description, properties };
      }
    }
  }

  private date(description = DATE_DESCRIPTION): Json {
    return { type: 'string', format: 'date', description };
  }
}

/** The patterns of the shipped files only, on the top-level keys that have them. */
function shippedPatterns(root: MapNode): Json {
  const properties: Json = {};
  for (const [k, v] of Object.entries(root.keys)) {
    if (v.type !== 'dict' && v.type !== 'map' && v.type !== 'list' && v.shippedPattern) properties[k] = { pattern: v.shippedPattern };
    if (v.type === 'dict' && v.shippedKeyPattern) properties[k] = { propertyNames: { pattern: v.shippedKeyPattern } };
  }
  return { properties };
}

/** For a complete criterion of the catalogue: its file may only list its elements. */
function elementsPerCriterion(cat: Catalogue, root: MapNode): Json[] {
  const criterionKey = Object.keys(root.keys).find(k => (root.keys[k] as { values?: Source }).values === 'criteria')!;
  const elementsKey = Object.keys(root.keys).find(k => (root.keys[k] as { keysFrom?: Source }).keysFrom === 'catalogue-elements')!;
  return [...cat.criteria.values()]
    .filter(c => c.elementsComplete)
    .map(c => ({
      if: { properties: { [criterionKey]: { const: c.id } }, required: [criterionKey] },
      then: { properties: { [elementsKey]: { propertyNames: { enum: c.elements.map(e => e.id) } } } },
    }));
}

export function generateSchemas(cat: Catalogue): { dossier: Record<string, unknown>; criterion: Record<string, unknown> } {
  const lists = enumLists(cat);
  const cw = new SchemaWriter(lists);
  cw.define(CRITERION_FILE);
  const criterion = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${SCHEMA_BASE}criterion.schema.json`,
    title: `has-dossier criterion file (${cat.id})`,
    description: `Generated from the catalogue ${cat.id} by \`has-dossier schema criterion\`; do not edit.`,
    definitions: cw.definitions,
    allOf: [{ $ref: `#/definitions/${CRITERION_FILE.definition}` }, shippedPatterns(CRITERION_FILE), ...elementsPerCriterion(cat, CRITERION_FILE)],
  };
  const dw = new SchemaWriter(lists);
  dw.define(MANIFEST_FILE);
  const dossier = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${SCHEMA_BASE}dossier.schema.json`,
    title: `has-dossier manifest, dossier.yaml (${cat.id})`,
    description: `Generated from the catalogue ${cat.id} by \`has-dossier schema dossier\`; do not edit.`,
    definitions: dw.definitions,
    allOf: [{ $ref: `#/definitions/${MANIFEST_FILE.definition}` }],
  };
  return { dossier, criterion };
}
