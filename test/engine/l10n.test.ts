/** The l10n module: plurals, numbers, messages by id in both languages, and no inline language switch left. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { l10n, renderPlanText } from '../../engine/src/index.js';
import { MESSAGES } from '../../engine/src/l10n/messages.js';
import { FORMATTERS } from '../../cli/src/formats/index.js';
import { criterion, REPO, ROOT, run } from '../helpers.js';

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

  it('no inline `lang === "fr"` switch nor hand-made plural (`(s)`) is left in the engine, its rules, the CLI or the server', () => {
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap(e => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const offenders = [...files(path.join(REPO, 'engine', 'src')), ...files(path.join(REPO, 'cli', 'src')), ...files(path.join(REPO, 'server', 'src'))]
      // cli/src/localize.ts is where commander itself is put in French: its one switch is the point
      .filter(f => !f.includes(`${path.sep}l10n${path.sep}`) && !f.endsWith('localize.ts'))
      // a plural by hand is a word glued to `(s)` before a quote or another word ("jour(s) avant"); `has(s) ||` and `(s) =>` are code
      .filter(f => /lang(\(\))? === 'fr'|\bfr \? |\? ' et |\p{L}\(s\)(?=['"`]| [\p{L}\d])/u.test(fs.readFileSync(f, 'utf8').replace(/(^|\s)\/\/.*$/gm, '$1')))
      .map(f => path.relative(REPO, f));
    expect(offenders).toEqual([]);
  });
});

describe('the command line in French', () => {
  it('every command, argument and option has its French help', async () => {
    const { buildProgram } = await import('../../cli/src/main.js');
    const missing: string[] = [];
    type Cmd = {
      name(): string;
      description(): string;
      commands: Cmd[];
      options: { long?: string; short?: string }[];
      registeredArguments: { name(): string }[];
    };
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

describe('plurals in the outputs, in both languages', () => {
  const sample = run({});
  const withCounts = (n: number, lang: 'fr' | 'en') => ({ ...sample, lang, summary: { files: n, errors: n, warnings: n, infos: n, waived: n } });
  const last = (name: string, n: number, lang: 'fr' | 'en') =>
    FORMATTERS[name]({ result: withCounts(n, lang), version: '0.0.0', cwd: ROOT, base: ROOT, color: false })
      .trimEnd()
      .split('\n')
      .at(-1);

  it.each([
    ['fr', 0, '✔ 0 erreur, 0 avertissement, 0 info, 0 dérogé — 0 fichier, manuel has-es-2025, au 2026-11-23'],
    ['fr', 1, '✖ 1 erreur, 1 avertissement, 1 info, 1 dérogé — 1 fichier, manuel has-es-2025, au 2026-11-23'],
    ['fr', 2, '✖ 2 erreurs, 2 avertissements, 2 infos, 2 dérogés — 2 fichiers, manuel has-es-2025, au 2026-11-23'],
    ['en', 0, '✔ 0 errors, 0 warnings, 0 info, 0 waived — 0 files, manual has-es-2025, as of 2026-11-23'],
    ['en', 1, '✖ 1 error, 1 warning, 1 info, 1 waived — 1 file, manual has-es-2025, as of 2026-11-23'],
    ['en', 2, '✖ 2 errors, 2 warnings, 2 info, 2 waived — 2 files, manual has-es-2025, as of 2026-11-23'],
  ] as const)('stylish and compact, %s, %i of each', (lang, n, line) => {
    expect(last('stylish', n, lang)).toBe(line);
    expect(last('compact', n, lang)).toBe(line);
  });

  it.each([
    ['fr', 0, 'has-dossier : 0 erreur, 0 avertissement, 0 info, 0 dérogé'],
    ['fr', 1, 'has-dossier : 1 erreur, 1 avertissement, 1 info, 1 dérogé'],
    ['fr', 2, 'has-dossier : 2 erreurs, 2 avertissements, 2 infos, 2 dérogés'],
    ['en', 0, 'has-dossier: 0 errors, 0 warnings, 0 info, 0 waived'],
    ['en', 1, 'has-dossier: 1 error, 1 warning, 1 info, 1 waived'],
    ['en', 2, 'has-dossier: 2 errors, 2 warnings, 2 info, 2 waived'],
  ] as const)('github, %s, %i of each', (lang, n, line) => expect(last('github', n, lang)).toBe(line));

  it('days, from the due-soon rule: today, tomorrow, in two days', () => {
    const actions = [0, 1, 2].map(d => `      - title: A${d}\n        owner: dsi\n        due: 2026-11-2${3 + d}\n`).join('');
    const files = { 'criteres/c.yaml': criterion('3.2-01', `  ee01:\n    status: partiel\n    actions:\n${actions}`) };
    const said = (lang: 'fr' | 'en') =>
      run(files, { lang })
        .findings.filter(f => f.code === 'due-soon')
        .map(f => f.message);
    expect(said('fr')).toEqual([
      "L'action « A0 » arrive à échéance le 2026-11-23 (dans 0 jour).",
      "L'action « A1 » arrive à échéance le 2026-11-24 (dans 1 jour).",
      "L'action « A2 » arrive à échéance le 2026-11-25 (dans 2 jours).",
    ]);
    expect(said('en')).toEqual([
      'Action "A0" falls due on 2026-11-23 (in 0 days).',
      'Action "A1" falls due on 2026-11-24 (in 1 day).',
      'Action "A2" falls due on 2026-11-25 (in 2 days).',
    ]);
  });

  it('the other counted words of the command line: migrate, import, the roles past the twelfth', () => {
    const plan = (n: number) => ({
      from: 'a',
      to: 'b',
      edits: Array(n).fill({ file: 'f', line: 1, before: 'x', after: 'y', why: 'w' }),
      renames: Array(n).fill({ from: 'p', to: 'q' }),
      decisions: Array(n).fill({ file: 'f', line: 1, reason: 'r' }),
      changes: [],
    });
    const head = (n: number, lang: 'fr' | 'en') => renderPlanText(plan(n) as unknown as Parameters<typeof renderPlanText>[0], true, lang).split('\n')[0];
    expect([0, 1, 2].map(n => head(n, 'fr'))).toEqual([
      'a → b : 0 modification, 0 renommage, 0 décision à prendre par une personne',
      'a → b : 1 modification, 1 renommage, 1 décision à prendre par une personne',
      'a → b : 2 modifications, 2 renommages, 2 décisions à prendre par une personne',
    ]);
    expect([0, 1, 2].map(n => head(n, 'en'))).toEqual([
      'a → b: 0 edits, 0 renames, 0 decisions for a person',
      'a → b: 1 edit, 1 rename, 1 decision for a person',
      'a → b: 2 edits, 2 renames, 2 decisions for a person',
    ]);
    expect([1, 2].map(n => t('fr', 'rule.andMore', { n }))).toEqual([' et 1 autre', ' et 2 autres']);
    expect([1, 2].map(n => t('en', 'rule.andMore', { n }))).toEqual([' and 1 more', ' and 2 more']);
  });
});
