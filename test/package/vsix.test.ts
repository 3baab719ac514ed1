/**
 * The .vsix built by `npm run package` (run by `npm test` before the suites): what it holds, its
 * size, and its language server started from the extracted package, with no node_modules.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { REPO } from '../helpers.js';
import { copyExample, startClient } from '../lsp/lspClient.js';

const VSIX = path.join(REPO, 'has-dossier.vsix');
/** A budget, so that a dependency pulled into the bundle by mistake shows. */
const MAX_VSIX_BYTES = 600 * 1024;

async function extract(file: string, to: string): Promise<string[]> {
  const zip = await yauzl.openPromise(file);
  const names: string[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      names.push(entry.fileName);
      if (entry.fileName.endsWith('/')) continue;
      const target = path.join(to, entry.fileName);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      fs.writeFileSync(target, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return names.sort();
}

describe('the VS Code extension package', () => {
  it('holds the bundles, the catalogue and the schemas, and nothing of the sources or node_modules', async () => {
    expect(fs.existsSync(VSIX), 'npm run package').toBe(true);
    const size = fs.statSync(VSIX).size;
    console.log(`has-dossier.vsix: ${(size / 1024).toFixed(1)} KiB`);
    expect(size).toBeLessThan(MAX_VSIX_BYTES);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsix-'));
    const names = await extract(VSIX, dir);
    for (const f of [
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/schemas/catalogues/has-es-2025.json',
      'extension/schemas/catalogue.schema.json',
      'extension/syntaxes/has-dossier.injection.tmLanguage.json',
      'extension/package.nls.fr.json',
      'extension/l10n/bundle.l10n.fr.json',
    ]) {
      expect(names).toContain(f);
    }
    expect(names.filter(n => /node_modules|\.ts$|\.map$|^extension\/test\//.test(n))).toEqual([]);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'extension', 'package.json'), 'utf8'));
    expect(manifest.activationEvents).toEqual(['workspaceContains:**/dossier.yaml']);
    expect(manifest.engines.vscode).toBe('^1.91.0');
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual([
      'hasDossier.asOf',
      'hasDossier.rules',
      'hasDossier.language',
      'hasDossier.trace.server',
    ]);
  });

  it('its language server runs from the extracted package alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsix-run-'));
    await extract(VSIX, dir);
    const root = copyExample();
    const client = await startClient(root, undefined, path.join(dir, 'extension', 'dist', 'server.js'));
    try {
      const uri = client.uri('criteres/3.4-05.yaml');
      await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => d.code === 'stale-evidence'), 'stale-evidence from the packaged server');
    } finally {
      await client.stop();
    }
  });
});
