/** The l10n module: plurals, numbers, messages by id in both languages, and no inline language switch left. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { l10n } from '../../engine/src/index.js';
import { MESSAGES } from '../../engine/src/l10n/messages.js';
import { REPO } from '../helpers.js';

const { count, fill, formatNumber, plural, t } = l10n;

describe('plurals through Intl.PluralRules', () => {
  it('French: 0 and 1 are singular; English: only 1', () => {
    expect([0, 1, 2].map(n => count('fr', 'count.error', n))).toEqual(['0 erreur', '1 erreur', '2 erreurs']);
    expect([0, 1, 2].map(n => count('en', 'count.error', n))).toEqual(['0 errors', '1 error', '2 errors']);
    expect([1, 2].map(n => count('fr', 'count.waived', n))).toEqual(['1 dérogé', '2 dérogés']);
    expect([1, 2].map(n => count('en', 'count.criterion', n))).toEqual(['1 criterion', '2 criteria']);
  });

  it('French numbers: thousands with a narrow no-break space, a decimal comma; "many" falls back to other', () => {
    expect(formatNumber('fr', 1234)).toBe('1\u202f234');
    expect(formatNumber('fr', 12.5)).toBe('12,5');
    expect(formatNumber('en', 1234)).toBe('1,234');
    expect(count('fr', 'count.error', 1_000_000)).toBe('1\u202f000\u202f000 erreurs');
    expect(plural('fr', 1_000_000, { one: '{n} erreur', other: '{n} erreurs', many: "{n} d'erreurs" })).toBe("1\u202f000\u202f000 d'erreurs");
  });

  it('a missing parameter throws instead of printing {name}', () => {
    expect(() => fill('au {asOf}', {})).toThrow(/asOf/);
    expect(() => t('fr', 'count.error')).toThrow(/plural/);
  });
});

describe('messages by id', () => {
  const placeholders = (m: unknown) => [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map(x => x[1]).sort();

  it('every message has French and English, non-empty, with the same placeholders and plural forms', () => {
    for (const [id, m] of Object.entries(MESSAGES) as [string, Record<'fr' | 'en', unknown>][]) {
      for (const lang of ['fr', 'en'] as const) expect(JSON.stringify(m[lang]).length, `${id} ${lang}`).toBeGreaterThan(2);
      expect(typeof m.fr, id).toBe(typeof m.en);
      expect([...new Set(placeholders(m.fr))], id).toEqual([...new Set(placeholders(m.en))]);
    }
  });

  it('no inline `lang === "fr"` switch is left in the engine (outside rule modules, which keep their typed messages) or the CLI', () => {
    const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const offenders = [...files(path.join(REPO, 'engine', 'src')), ...files(path.join(REPO, 'cli', 'src'))]
      // cli/src/localize.ts is where commander itself is put in French: its one switch is the point
      .filter(f => !f.includes(`${path.sep}rules${path.sep}`) && !f.includes(`${path.sep}l10n${path.sep}`) && !f.endsWith('localize.ts'))
      .filter(f => /lang === 'fr'|\bfr \? /.test(fs.readFileSync(f, 'utf8')))
      .map(f => path.relative(REPO, f));
    expect(offenders).toEqual([]);
  });
});

describe('the command line in French', () => {
  it('every command, argument and option has its French help', async () => {
    const { buildProgram } = await import('../../cli/src/main.js');
    const missing: string[] = [];
    type Cmd = { name(): string; description(): string; commands: Cmd[]; options: { long?: string; short?: string }[]; registeredArguments: { name(): string }[] };
    const walk = (c: Cmd, p: string) => {
      if (!l10n.HELP_FR[p]) missing.push(p || '(program)');
      for (const o of c.options) if (!l10n.HELP_FR[`${p} ${o.long ?? o.short}`]) missing.push(`${p} ${o.long ?? o.short}`);
      for (const a of c.registeredArguments) if (!l10n.HELP_FR[`${p} <${a.name()}>`]) missing.push(`${p} <${a.name()}>`);
      for (const s of c.commands) if (s.name() !== 'help') walk(s, p ? `${p} ${s.name()}` : s.name());
    };
    walk(buildProgram('fr') as unknown as Cmd, '');
    expect(missing).toEqual([]);
  });
});
