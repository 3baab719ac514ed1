/**
 * The one description of the dossier format: the keys (`keys.ts`), the closed vocabularies
 * (`vocabulary.ts`, and the cycle sentence in `cycle.ts`) and the walk over them (`walk.ts`). The code patterns are in `../codes.ts`.
 */
export * from './vocabulary.js';
export * from './cycle.js';
export * from './keys.js';
export * from './walk.js';
