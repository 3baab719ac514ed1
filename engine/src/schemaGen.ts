/**
 * JSON Schemas of the dossier files, generated from a catalogue. The structural part
 * (`definitions`) is what the engine validates with; the shipped files add, for YAML tools
 * that know nothing of has-dossier, the ee codes enumerated per criterion.
 */
import type { Catalogue } from './catalogue.js';
import { DURATION_PATTERN, NO_DURATION } from './dates.js';
import { CERTIFICATION_DECISIONS } from './model.js';
import { RULE_CODES } from './rules/index.js';

export const STATUSES = ['conforme', 'partiel', 'non-conforme', 'non-applicable', 'a-evaluer'] as const;
export type Status = typeof STATUSES[number];

const SCHEMA_BASE = 'https://has-dossier.example/schemas/';
const date = { type: 'string', format: 'date', description: 'YYYY-MM-DD' };
const text = { type: 'string', minLength: 1 };
/** An enum of ids; JSON Schema forbids an empty enum, and a catalogue may list no scope, kind or CALISTA document. */
const ids = (list: string[], description: string) => (list.length ? { type: 'string', enum: list, description } : { type: 'string', description });

export function generateSchemas(cat: Catalogue): { dossier: Record<string, unknown>; criterion: Record<string, unknown> } {
  const kinds = cat.data.evidenceKinds.map(k => k.id);
  const kindSchema = ids(kinds, 'Evidence kind of the catalogue');
  const evidence = {
    type: 'object', additionalProperties: false, required: ['title'],
    properties: {
      title: text, kind: kindSchema, file: { ...text, description: 'Path relative to the dossier root' },
      url: { type: 'string', format: 'uri' }, date, validated_by: text, expires: date,
      findings: { type: 'integer', minimum: 0, description: 'Audits: number of findings (0: no action plan needed)' },
      action_plan: { ...text, description: 'Audits: the plan of corrective actions, a path relative to the dossier root' },
      lessons: { ...text, description: 'Exercises: the lessons learned, a path relative to the dossier root or a sentence' },
    },
  };
  const calistaEntry = {
    type: 'object', additionalProperties: false, required: ['kind'],
    properties: { kind: ids(cat.data.calista.documents, 'A CALISTA document kind of the catalogue'), title: text, file: evidence.properties.file, url: evidence.properties.url, uploaded: date },
  };
  const action = {
    type: 'object', additionalProperties: false, required: ['title'],
    properties: { title: text, due: date, owner: text, done: { oneOf: [{ type: 'boolean' }, date] } },
  };
  const element = {
    type: 'object', additionalProperties: false, required: ['status'],
    properties: {
      status: { type: 'string', enum: [...STATUSES] },
      justification: text,
      evidence: { type: 'array', items: { $ref: '#/definitions/evidence' } },
      actions: { type: 'array', items: { $ref: '#/definitions/action' } },
    },
  };
  const criterionFile = {
    type: 'object', additionalProperties: false, required: ['criterion', 'elements'],
    properties: {
      criterion: { type: 'string', description: 'Criterion id (3.4-05) or reference form (Crit.3.4-05)' },
      owner: text, reviewed: date,
      elements: { type: 'object', additionalProperties: { $ref: '#/definitions/element' } },
    },
  };
  const ifThen = [...cat.criteria.values()].filter(c => c.elementsComplete).map(c => ({
    if: { properties: { criterion: { const: c.id } }, required: ['criterion'] },
    then: { properties: { elements: { propertyNames: { enum: c.elements.map(e => e.id) } } } },
  }));
  const criterion = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${SCHEMA_BASE}criterion.schema.json`,
    title: `has-dossier criterion file (${cat.id})`,
    description: `Generated from the catalogue ${cat.id} by \`has-dossier schema criterion\`; do not edit.`,
    definitions: { criterionFile, element, evidence, action },
    allOf: [
      { $ref: '#/definitions/criterionFile' },
      { properties: { criterion: { pattern: '^([1-9]\\.[1-9]-[0-9]{2}|Crit\\.[1-9]\\.[1-9]-[0-9]{2})$' }, elements: { propertyNames: { pattern: '^(ee[0-9]{2}|Crit\\.[1-9]\\.[1-9]-[0-9]{2}-ee[0-9]{2}(-[A-Z]{2,5})?)$' } } } },
      ...ifThen,
    ],
  };
  const severity = { type: 'string', enum: ['error', 'warning', 'info', 'off'] };
  const freshnessValue = { type: 'string', pattern: `(${DURATION_PATTERN})|^(${NO_DURATION.join('|')})$`, description: "A duration ('12 months', '1 an', '30 jours') or 'none'" };
  const manifest = {
    type: 'object', additionalProperties: false, required: ['manual', 'establishment'],
    properties: {
      manual: { ...text, description: 'Id of a catalogue (has-es-2025) or a path to a catalogue JSON file' },
      establishment: {
        type: 'object', additionalProperties: false, required: ['name'],
        properties: { name: text, finess: { type: 'string', description: 'FINESS number, 9 characters (quote it)' } },
      },
      visit: {
        type: 'object', additionalProperties: false,
        properties: { start: date, documents_ready: { type: 'string', pattern: DURATION_PATTERN, description: "From how long before the visit a missing checklist document is a warning (practice; default '2 months')" } },
      },
      certification: {
        type: 'object', additionalProperties: false, required: ['decision', 'date'],
        description: 'The last certification decision',
        properties: { decision: { type: 'string', enum: [...CERTIFICATION_DECISIONS] }, date },
      },
      roles: {
        type: 'object', description: 'Who holds each role (owners may name a role by id or title)',
        propertyNames: { pattern: '^[a-z0-9-]+$' },
        additionalProperties: {
          oneOf: [text, { type: 'object', additionalProperties: false, properties: { title: text, name: text } }, { type: 'null' }],
        },
      },
      providers: {
        type: 'array', description: 'Hosting providers and application suppliers',
        items: {
          type: 'object', additionalProperties: false, required: ['name', 'service'],
          properties: {
            name: text, service: text,
            hds: { type: 'object', additionalProperties: false, required: ['valid_until'], properties: { certificate: { type: 'string' }, valid_until: date } },
            pca_pra: { ...text, description: "The provider's PCA/PRA, a path relative to the dossier root" },
          },
        },
      },
      scope: { type: 'array', uniqueItems: true, items: ids(cat.scopeIds, "Champ d'application of the catalogue") },
      calista: { type: 'array', items: { $ref: '#/definitions/calistaEntry' } },
      freshness: { type: 'object', additionalProperties: false, properties: Object.fromEntries(kinds.map(k => [k, freshnessValue])) },
      rules: { type: 'object', additionalProperties: false, properties: Object.fromEntries(RULE_CODES.map(c => [c, severity])) },
    },
  };
  const dossier = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${SCHEMA_BASE}dossier.schema.json`,
    title: `has-dossier manifest, dossier.yaml (${cat.id})`,
    description: `Generated from the catalogue ${cat.id} by \`has-dossier schema dossier\`; do not edit.`,
    definitions: { manifest, calistaEntry },
    allOf: [{ $ref: '#/definitions/manifest' }],
  };
  return { dossier, criterion };
}
