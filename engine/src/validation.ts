/**
 * Structural validation of the dossier files with ajv against the schemas generated from the
 * catalogue; ajv's errors become located, plain-language problems with a did-you-mean.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CRITERION_REF, MANIFEST_REF, schemaHash, structureAjv } from './ajvOptions.js';
import * as PRECOMPILED from './generated/structureValidators.js';
import { closest, distance as levenshtein } from 'fastest-levenshtein';
import type { Node } from 'yaml';
import type { Catalogue } from './catalogue.js';
import { generateSchemas } from './schemaGen.js';
import type { MessageOf, Messages } from './messages.js';
import type { Lang } from './types.js';
import { format } from './types.js';
import { DURATION_PATTERN, NO_DURATION } from './dates.js';
import { t, type MessageId } from './l10n/index.js';
import { headRange, isMap, isScalar, nodeAtPath, nodeRange, type Range, type YamlSource } from './yamlSource.js';

interface Validators {
  manifest: ValidateFunction;
  criterion: ValidateFunction;
}
const cache = new WeakMap<Catalogue, Validators>();

function validators(cat: Catalogue): Validators {
  let v = cache.get(cat);
  if (!v) {
    const { dossier, criterion } = generateSchemas(cat);
    // the bundled catalogue's validators are compiled ahead of time (npm run generate:schemas):
    // a cold CLI run would otherwise spend ~50 ms compiling them
    if (schemaHash({ dossier, criterion }) === PRECOMPILED.hash) {
      v = { manifest: PRECOMPILED.manifest as unknown as ValidateFunction, criterion: PRECOMPILED.criterion as unknown as ValidateFunction };
    } else {
      // optimize: false halves the compile time, which a cold CLI run pays in full; validating is cheap either way
      const ajv = structureAjv({ code: { optimize: false } });
      ajv.addSchema(dossier).addSchema(criterion);
      v = { manifest: ajv.compile({ $ref: MANIFEST_REF(dossier.$id as string) }), criterion: ajv.compile({ $ref: CRITERION_REF(criterion.$id as string) }) };
    }
    cache.set(cat, v);
  }
  return v;
}

export type StructureProblem = {
  range: Range;
  /** where, as YAML keys and list positions (0-based), rendered in words by structureParams */ path: string[];
} & MessageOf<typeof STRUCTURE_MESSAGES> & { params: Readonly<Record<string, unknown>> };

const MAX_LISTED = 12;
const list = (xs: unknown[]) => (xs.length > MAX_LISTED ? `${xs.slice(0, MAX_LISTED).join(', ')}, …` : xs.join(', '));

/** Problems by parsed file: a file the parse cache kept is not validated again on the next keystroke. */
const structureCache = new WeakMap<YamlSource, { cat: Catalogue; kind: string; problems: StructureProblem[] }>();

export function validateStructure(cat: Catalogue, kind: 'manifest' | 'criterion', src: YamlSource): StructureProblem[] {
  const hit = structureCache.get(src);
  if (hit && hit.cat === cat && hit.kind === kind) return hit.problems;
  const problems = computeStructure(cat, kind, src);
  structureCache.set(src, { cat, kind, problems });
  return problems;
}

function computeStructure(cat: Catalogue, kind: 'manifest' | 'criterion', src: YamlSource): StructureProblem[] {
  const validate = validators(cat)[kind];
  if (validate(src.value)) return [];
  const errors = validate.errors ?? [];
  // oneOf reports each branch's failure too; keep the oneOf error alone at that place.
  const oneOfPaths = new Set(errors.filter(e => e.keyword === 'oneOf').map(e => e.instancePath));
  let out: StructureProblem[] = [];
  const seen = new Set<string>();
  // a null value fails both its type and its enum: one problem, said once ("has no value")
  const nullTyped = new Set(errors.filter(e => e.keyword === 'type' && e.data === null).map(e => e.instancePath));
  for (const e of errors) {
    if (e.keyword !== 'oneOf' && oneOfPaths.has(e.instancePath)) continue;
    if (e.keyword === 'enum' && e.data === null && nullTyped.has(e.instancePath)) continue;
    // the key pattern's own error says which key; ajv's "property name must be valid" adds nothing
    if (e.keyword === 'propertyNames') continue;
    // "must match the then schema": the `then` branch's own errors say what is wrong
    if (e.keyword === 'if') continue;
    // `criterion:` without a value is unknown-criterion's to say (in words of the manual), once
    if (kind === 'criterion' && e.keyword === 'type' && e.instancePath === '/criterion' && (e.data === null || e.data === '')) continue;
    const p = describe(e, src);
    const key = `${p.range.start.line}:${p.range.start.character}:${p.messageId}:${JSON.stringify(p.params)}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  // one problem, one message: a misspelt key (`statut:`) is not also a missing one (`status`)
  const misspelt = new Set(out.filter(p => p.messageId === 'unknownKeyDidYouMean').map(p => `${p.path.join('/')}\u0000${String(p.params.suggestion)}`));
  out = out.filter(p => p.messageId !== 'missingKey' || !misspelt.has(`${p.path.join('/')}\u0000${String(p.params.key)}`));
  return out;
}

function pathOf(e: ErrorObject): string[] {
  return e.instancePath
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Where a problem is, in words: `elements › ee01 › evidence n° 1 › date`, the file's top level for the root (never a JSON pointer). */
function display(lang: Lang, segs: string[]): string {
  if (!segs.length) return t(lang, 'where.root');
  return segs.reduce((acc, s, i) => (/^\d+$/.test(s) ? `${acc} ${t(lang, 'where.item', { n: Number(s) + 1 })}` : i === 0 ? s : `${acc} › ${s}`), '');
}

const EXPECTED = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array']);

/** What was found instead, in words (never "null" or "object"). */
function found(lang: Lang, data: unknown, written: string): string {
  if (Array.isArray(data)) return t(lang, 'found.list');
  if (data !== null && typeof data === 'object') return t(lang, 'found.keys');
  return t(lang, 'found.value', { value: written || String(data) });
}

/** The problem's parameters in the user's language: where it is, and type names in words. */
export function structureParams(lang: Lang, p: StructureProblem): Record<string, unknown> {
  const params: Record<string, unknown> = { ...p.params, where: display(lang, p.path) };
  const type = p.params.type;
  if (typeof type === 'string') params.expected = EXPECTED.has(type) ? t(lang, `expected.${type}` as MessageId) : type;
  if (p.messageId === 'noValue') params.under = p.path.length > 1 ? t(lang, 'where.under', { where: display(lang, p.path.slice(0, -1)) }) : '';
  if (p.messageId === 'type') params.value = found(lang, p.params.data, String(p.params.value ?? ''));
  delete params.data;
  return params;
}

function describe(e: ErrorObject, src: YamlSource): StructureProblem {
  return { ...describeAt(e, src), path: pathOf(e) } as StructureProblem;
}

function describeAt(e: ErrorObject, src: YamlSource): Omit<StructureProblem, 'path'> {
  const segs = pathOf(e);
  const { node, pair } = nodeAtPath(src.doc, segs);
  const where = segs.join('.');
  const valueRange = () => nodeRange(src, node);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const keyPair = isMap(node) ? node.items.find(it => String((it.key as { value?: unknown })?.value) === key) : undefined;
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const near = suggest(key, allowed);
      return {
        range: nodeRange(src, (keyPair?.key as Node) ?? node),
        messageId: near ? 'unknownKeyDidYouMean' : 'unknownKey',
        params: { key, where, suggestion: near, allowed: list(allowed) },
      };
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return { range: pair?.key ? nodeRange(src, pair.key as Node) : headRange(src, node), messageId: 'missingKey', params: { key: missing, where } };
    }
    case 'type': {
      const expected = (e.params as { type: string }).type;
      const quoted = expected === 'string' && (typeof e.data === 'number' || typeof e.data === 'boolean');
      // the advice quotes what was written, not what YAML read: `finess: 010008407` is "010008407", `criterion: 3.40` is "3.40"
      const written = isScalar(node) && node.range ? src.text.slice(node.range[0], node.range[1]).trim() : '';
      const value = quoted && written && !/[\n"\\]/.test(written) ? written : String(e.data);
      // a key written with nothing after it (mid-typing `comment:`): it has no value yet
      if (e.data === null)
        return {
          range: pair?.key ? nodeRange(src, pair.key as Node) : valueRange(),
          messageId: 'noValue',
          params: { where, key: segs.at(-1) ?? '', type: expected },
        };
      return {
        range: valueRange(),
        messageId: quoted ? 'typeQuote' : 'type',
        params: {
          where,
          type: expected,
          value: quoted ? value : written.length <= 40 && !written.includes('\n') ? written : '',
          data: e.data === null || typeof e.data !== 'object' ? e.data : Array.isArray(e.data) ? [] : {},
        },
      };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const value = String(e.data);
      const near = suggest(value, allowed);
      return { range: valueRange(), messageId: near ? 'enumDidYouMean' : 'enum', params: { where, value, suggestion: near, allowed: list(allowed) } };
    }
    case 'format':
      return { range: valueRange(), messageId: (e.params as { format: string }).format === 'date' ? 'date' : 'uri', params: { where, value: String(e.data) } };
    case 'pattern': {
      // a key that breaks its map's key pattern (a role id with a space): said as a key, at the key
      const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
      if (propertyName !== undefined) {
        const keyPair = isMap(node) ? node.items.find(it => String((it.key as { value?: unknown })?.value) === propertyName) : undefined;
        return { range: nodeRange(src, (keyPair?.key as Node) ?? node), messageId: 'keyName', params: { key: propertyName, where } };
      }
      // the duration patterns: "none" is offered only where the pattern takes it (freshness, not documents_ready)
      const pattern = String(e.schema ?? '');
      if (pattern.includes(DURATION_PATTERN))
        return {
          range: valueRange(),
          messageId: NO_DURATION.some(w => pattern.includes(w)) ? 'duration' : 'durationNoNone',
          params: { where, value: String(e.data) },
        };
      return { range: valueRange(), messageId: 'pattern', params: { where, value: String(e.data) } };
    }
    case 'minLength':
      return { range: pair?.key ? nodeRange(src, pair.key as Node) : valueRange(), messageId: 'empty', params: { where } };
    case 'uniqueItems':
      return { range: valueRange(), messageId: 'duplicateItem', params: { where } };
    case 'oneOf':
      return { range: valueRange(), messageId: 'done', params: { where, value: String(e.data) } };
    case 'minimum':
      return { range: valueRange(), messageId: 'minimum', params: { where, limit: (e.params as { limit: number }).limit, value: String(e.data) } };
    // a keyword the schemas do not use today: said without ajv's English (`detail` is kept for English only)
    default:
      return { range: valueRange(), messageId: 'other', params: { where, detail: e.message ?? e.keyword } };
  }
}

/** The allowed value the user most likely meant: one that the text starts (or is a start of), else the nearest typo. */
export function suggest(value: string, allowed: string[]): string | undefined {
  const v = value.toLowerCase();
  const prefixed = v.length >= 4 ? allowed.filter(a => a.toLowerCase().startsWith(v) || v.startsWith(a.toLowerCase())) : [];
  if (prefixed.length === 1) return prefixed[0];
  const nearest = allowed.length ? closest(value, allowed) : undefined;
  return nearest && distanceOk(value, nearest) ? nearest : undefined;
}

/** A suggestion is shown only when it is a plausible typo of what was written. */
export function distanceOk(a: string, b: string): boolean {
  const x = a.toLowerCase(),
    y = b.toLowerCase();
  // a truncated code (`overdue` for `overdue-action`) is as plausible as a typo
  if (x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x))) return true;
  return levenshtein(x, y) <= Math.max(2, Math.floor(Math.min(x.length, y.length) / 3));
}

export const STRUCTURE_MESSAGES = {
  fr: {
    unknownKey: 'Clé inconnue « {key} » dans {where}. Clés permises : {allowed}.',
    unknownKeyDidYouMean: 'Clé inconnue « {key} » dans {where} : vouliez-vous dire « {suggestion} » ? Clés permises : {allowed}.',
    missingKey: 'Clé obligatoire « {key} » absente de {where}.',
    type: '{where} attend {expected} (trouvé : {value}).',
    noValue: "« {key} » n'a pas de valeur : attendu {expected}{under}.",
    typeQuote: '{where} doit être un texte : mettez la valeur entre guillemets ("{value}").',
    enum: 'Valeur « {value} » non permise pour {where}. Valeurs permises : {allowed}.',
    enumDidYouMean: 'Valeur « {value} » non permise pour {where} : vouliez-vous dire « {suggestion} » ? Valeurs permises : {allowed}.',
    date: 'Date invalide « {value} » pour {where} : attendu une date réelle au format AAAA-MM-JJ (ex. 2026-11-23).',
    uri: 'Adresse invalide « {value} » pour {where} : attendu une URL complète (https://…).',
    duration: 'Durée invalide « {value} » pour {where} : écrivez par ex. « 12 months », « 1 an », « 30 jours » ou « none ».',
    durationNoNone: 'Durée invalide « {value} » pour {where} : écrivez par ex. « 2 months », « 2 mois », « 60 jours ».',
    pattern: "« {value} » n'a pas la forme attendue pour {where}.",
    keyName: 'Identifiant « {key} » non permis dans {where} : lettres minuscules sans accent, chiffres et tirets seulement (par ex. « responsable-qualite »).',
    empty: '{where} ne doit pas être vide.',
    duplicateItem: '{where} contient une valeur en double.',
    done: '{where} doit valoir true, false ou une date AAAA-MM-JJ (trouvé : {value}).',
    minimum: '{where} doit être un nombre au moins égal à {limit} (trouvé : {value}).',
    other: "{where} : cette valeur n'est pas permise ici.",
  },
  en: {
    unknownKey: 'Unknown key "{key}" in {where}. Allowed keys: {allowed}.',
    unknownKeyDidYouMean: 'Unknown key "{key}" in {where}: did you mean "{suggestion}"? Allowed keys: {allowed}.',
    missingKey: 'Required key "{key}" is missing from {where}.',
    type: '{where} expects {expected} (found: {value}).',
    noValue: '"{key}" has no value: expected {expected}{under}.',
    typeQuote: '{where} must be text: quote the value ("{value}").',
    enum: 'Value "{value}" is not allowed for {where}. Allowed values: {allowed}.',
    enumDidYouMean: 'Value "{value}" is not allowed for {where}: did you mean "{suggestion}"? Allowed values: {allowed}.',
    date: 'Invalid date "{value}" for {where}: expected a real date as YYYY-MM-DD (e.g. 2026-11-23).',
    uri: 'Invalid address "{value}" for {where}: expected a full URL (https://…).',
    duration: 'Invalid duration "{value}" for {where}: write e.g. "12 months", "1 year", "30 days" or "none".',
    durationNoNone: 'Invalid duration "{value}" for {where}: write e.g. "2 months", "60 days".',
    pattern: '"{value}" does not have the expected form for {where}.',
    keyName: 'Id "{key}" is not allowed in {where}: lower-case letters without accents, digits and hyphens only (e.g. "quality-manager").',
    empty: '{where} must not be empty.',
    duplicateItem: '{where} holds a duplicate value.',
    done: '{where} must be true, false or a YYYY-MM-DD date (found: {value}).',
    minimum: '{where} must be a number of at least {limit} (found: {value}).',
    other: '{where}: {detail}.',
  },
} as const satisfies Messages;

export function structureMessage(lang: Lang, p: StructureProblem): string {
  return format(STRUCTURE_MESSAGES[lang][p.messageId], structureParams(lang, p));
}
