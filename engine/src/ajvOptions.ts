/**
 * The ajv set-ups, shared by the engine (compiling at run time) and by
 * scripts/generate-schemas.ts (compiling ahead of time into engine/src/generated/), so that a
 * precompiled validator is exactly the one the engine would have compiled.
 */
import { createHash } from 'node:crypto';
import Ajv, { type Options } from 'ajv';
import addFormats from 'ajv-formats';

export const STRUCTURE_OPTIONS: Options = { allErrors: true, verbose: true, strict: false };
export const META_OPTIONS: Options = { allErrors: false, strict: false };

export const MANIFEST_REF = (dossierId: string) => `${dossierId}#/definitions/manifest`;
export const CRITERION_REF = (criterionId: string) => `${criterionId}#/definitions/criterionFile`;

export function structureAjv(extra: Options = {}): Ajv {
  const ajv = new Ajv({ ...STRUCTURE_OPTIONS, ...extra });
  addFormats(ajv, ['date', 'uri']);
  return ajv;
}

export function metaAjv(extra: Options = {}): Ajv {
  return new Ajv({ ...META_OPTIONS, ...extra });
}

/** The key of a precompiled validator: the schemas it was compiled from. */
export function schemaHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
