/** Neovim's own LSP client (Debian's neovim, headless) on the example dossier: diagnostics, completion, hover. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, SERVER } from '../lsp/lspClient.js';

describe('Neovim as an LSP client', () => {
  it('gets diagnostics (also for a file never opened), completion and hover from the server', () => {
    const root = copyExample();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nvim-')), 'result.json');
    const r = spawnSync('timeout', ['90', 'nvim', '--headless', '--clean', '-c', `luafile ${path.join(__dirname, 'lsp.lua')}`], {
      encoding: 'utf8',
      env: { ...process.env, HAS_ROOT: root, HAS_SERVER: SERVER, HAS_OUT: out },
    });
    const result = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : undefined;
    expect(r.status, `nvim exited ${r.status}: ${r.stderr}\n${JSON.stringify(result)}`).toBe(0);
    expect(result.nvim).toMatch(/^0\.\d+\.\d+$/);
    expect(result.message).toMatch(/^« Cartographie des DMN à usage professionnel » date du 2025-10-10 : elle a plus de 12 mois au 2026-11-23/);
    expect(result.diagnostics).toEqual(['11:15 stale-evidence', '35:14 overdue-action']);
    expect(result.unopened).toEqual(['40:15 stale-evidence', '6:13 not-evaluated', '8:13 not-evaluated']);
    expect(result.completion).toEqual(['conforme', 'partiel', 'non-conforme', 'non-applicable', 'a-evaluer']);
    expect(result.hover).toMatch(/^\*\*Critère 3\.4-05\*\* — L'établissement pilote l'usage des dispositifs médicaux numériques professionnels/);
  });
});
