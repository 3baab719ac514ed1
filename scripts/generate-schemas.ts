// Writes schemas/dossier.schema.json and schemas/criterion.schema.json from the bundled catalogue.
// A test fails when the committed files differ from what this produces.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CatalogueRegistry, generateSchemas } from '../engine/src/index.js';

export const SCHEMAS = path.resolve(__dirname, '..', 'schemas');
export const BUNDLED = 'has-es-2025';

export function expectedSchemaFiles(): Record<string, string> {
  const { dossier, criterion } = generateSchemas(new CatalogueRegistry(SCHEMAS).resolve(BUNDLED, SCHEMAS));
  return {
    'dossier.schema.json': JSON.stringify(dossier, null, 2) + '\n',
    'criterion.schema.json': JSON.stringify(criterion, null, 2) + '\n',
  };
}

if (require.main === module) {
  for (const [name, text] of Object.entries(expectedSchemaFiles())) {
    fs.writeFileSync(path.join(SCHEMAS, name), text);
    console.log(`wrote schemas/${name}`);
  }
}
