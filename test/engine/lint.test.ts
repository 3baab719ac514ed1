/**
 * The layering ARCHITECTURE.md states is kept by the lint (eslint.config.mjs): these cases prove
 * the import restrictions fire where they must and stay quiet where they must not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';

const eslint = new ESLint({ cwd: REPO });
async function problems(filePath: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r.messages.map(m => `${m.ruleId}: ${m.message}`);
}

describe('lint: the layers', () => {
  it('cli/, server/ and client/ import the engine only through its facade', async () => {
    for (const file of ['cli/src/x.ts', 'server/src/x.ts', 'client/src/x.ts']) {
      expect(await problems(file, "import { loadDossier } from '../../engine/src/model.js';\nexport const f = loadDossier;\n"), file).toEqual([
        expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*facade, engine\/src\/index\.ts/),
      ]);
      expect(await problems(file, "import type { Lang } from '../../engine/src/types.js';\nexport type L = Lang;\n"), file).toHaveLength(1);
      expect(await problems(file, "import { loadDossier } from '../../engine/src/index.js';\nexport const f = loadDossier;\n"), file).toEqual([]);
    }
  });

  it('the engine imports no editor code and none of its hosts; the LSP types are allowed', async () => {
    for (const spec of ['vscode', 'vscode-languageserver', 'vscode-languageserver/node', 'vscode-languageclient/node', '../../server/src/server.js']) {
      expect(await problems('engine/src/language/x.ts', `import * as m from '${spec}';\nexport const f = m;\n`), spec).toHaveLength(1);
    }
    expect(await problems('engine/src/language/x.ts', "import type { Hover } from 'vscode-languageserver-types';\nexport type H = Hover;\n")).toEqual([]);
  });

  it('outside rules/, only the rule table is imported (what rules share lives below them)', async () => {
    expect(await problems('engine/src/visit.ts', "import { freshnessOf } from './rules/rule.js';\nexport const f = freshnessOf;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Only the rule table/),
    ]);
    expect(await problems('engine/src/scaffold.ts', "import m from './rules/missingCriterion.js';\nexport const f = m;\n")).toHaveLength(1);
    expect(await problems('engine/src/visit.ts', "import { RULES } from './rules/index.js';\nexport const f = RULES;\n")).toEqual([]);
    expect(await problems('engine/src/check.ts', "import type { AnyRule } from './rules/rule.js';\nexport type R = AnyRule;\n")).toEqual([]);
  });

  it('a hasDossier/ method is written only in the protocol module, which takes only types from the engine', async () => {
    for (const file of ['server/src/x.ts', 'client/src/x.ts', 'test/lsp/x.ts', 'bench/x.ts']) {
      expect(await problems(file, "export const m = 'hasDossier/status';\n"), file).toEqual([
        expect.stringMatching(/^no-restricted-syntax: .*protocol\/src\/index\.ts/),
      ]);
      expect(await problems(file, 'export const m = `hasDossier/${String(1)}`;\n'), file).toHaveLength(1);
    }
    expect(
      await problems('server/src/x.ts', "import { StatusNotification } from '../../protocol/src/index.js';\nexport const m = StatusNotification;\n"),
    ).toEqual([]);
    expect(await problems('protocol/src/x.ts', "export const m = 'hasDossier/status';\n")).toEqual([]);
    expect(await problems('protocol/src/x.ts', "import type { Lang } from '../../engine/src/index.js';\nexport type L = Lang;\n")).toEqual([]);
    expect(await problems('protocol/src/x.ts', "import { l10n } from '../../engine/src/index.js';\nexport const f = l10n;\n")).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*only types from the engine/),
    ]);
    expect(await problems('protocol/src/x.ts', "import type { Lang } from '../../engine/src/types.js';\nexport type L = Lang;\n")).toHaveLength(1);
    expect(
      await problems('engine/src/x.ts', "import { StatusNotification } from '../../protocol/src/index.js';\nexport const m = StatusNotification;\n"),
    ).toHaveLength(1);
  });
});
