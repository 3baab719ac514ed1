/**
 * Text from a dossier or a catalogue through every output: newlines, quotes, markup, Markdown
 * links and images, mentions and terminal escape sequences are shown as text, never obeyed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  buildReportModel,
  Catalogue,
  criterionFileText,
  describeCode,
  escapeMarkdown,
  renderReportHtml,
  scaffoldDossier,
  terminalText,
  type CatalogueCriterion,
} from '../../engine/src/index.js';
import { FORMATTERS } from '../../cli/src/formats/index.js';
import { registry, REPO, run, ROOT } from '../helpers.js';

const T = 'a\nb "q" \'s\' <script>x</script> [l](http://e.vil) ![i](http://e.vil/p.png) @everyone \u001b[31mR\u001b[0m \u001b]0;owned\u0007 \u202eevil\r\nend';

const result = run({
  'criteres/3.4-05.yaml': [
    'criterion: 3.4-05',
    'elements:',
    '  ee01:',
    '    status: partiel',
    '    evidence:',
    `      - title: ${JSON.stringify(T)}`,
    '        kind: cartographie-dmn',
    '        file: preuves/x.pdf',
    '        date: 2024-01-01',
    '    actions:',
    `      - title: ${JSON.stringify(T)}`,
    '        due: 2026-01-01',
    '        owner: dsi',
    '',
  ].join('\n'),
});
const stale = result.findings.find(f => f.code === 'stale-evidence')!;
const overdue = result.findings.find(f => f.code === 'overdue-action')!;
const format = (name: string, color = false) => FORMATTERS[name]({ result, version: '0.0.0', cwd: ROOT, base: ROOT, color });

describe('a title with newlines, quotes, markup, links, a mention and escape sequences', () => {
  it('is in the findings as written (the data is kept exact)', () => {
    expect(stale.message).toContain(`« ${T} »`);
    expect(overdue.message).toContain(`« ${T} »`);
  });

  it.each(['stylish', 'compact'])('%s: one line, no control character, with or without colours (NO_COLOR)', name => {
    const plain = 'a b "q" \'s\' <script>x</script> [l](http://e.vil) ![i](http://e.vil/p.png) @everyone [31mR[0m ]0;owned evil end';
    expect(terminalText(T)).toBe(plain);
    for (const color of [false, true]) {
      const out = format(name, color);
      const line = out.split('\n').find(l => l.includes('stale-evidence'))!;
      expect(line).toContain(`« ${plain} »`);
      const ours = /\u001b\[\d+(;\d+)*m/g; // the formatter's own colours, only when asked
      expect(out.replace(ours, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
      if (!color) expect(out).not.toContain('\u001b');
    }
  });

  it('markdown (a pull-request comment): no HTML, link, image or mention, one table row', () => {
    const md = format('markdown');
    const expected =
      'a b "q" \'s\' &lt;script&gt;x&lt;/script&gt; \\[l\\](http://e.vil) !\\[i\\](http://e.vil/p.png) @&#8203;everyone \\[31mR\\[0m \\]0;owned evil end';
    expect(escapeMarkdown(T, { mentions: true })).toBe(expected);
    const row = md.split('\n').find(l => l.includes('`stale-evidence`'))!;
    expect(row).toContain(`« ${expected} »`);
    expect(row.endsWith(' |')).toBe(true);
    expect(md).not.toMatch(/<script|<img|(?<!\\)\]\(|@everyone|\u001b/);
  });

  it('html: escaped text, in cells and in the timeline', () => {
    const html = renderReportHtml(buildReportModel(result), { link: (f, l) => `${f}#L${l}` });
    expect(html).toContain('a\nb &quot;q&quot; &#39;s&#39; &lt;script&gt;x&lt;/script&gt; [l](http://e.vil)');
    expect(html).not.toMatch(/<script|[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('json, sarif, gitlab: the exact message, escaped by JSON', () => {
    const json = JSON.parse(format('json'));
    expect(json.diagnostics.find((f: { code: string }) => f.code === 'stale-evidence').message).toBe(stale.message);
    const sarif = JSON.parse(format('sarif'));
    expect(sarif.runs[0].results.some((r: { message: { text: string } }) => r.message.text === stale.message)).toBe(true);
    const gitlab = JSON.parse(format('gitlab'));
    expect(gitlab.some((g: { description: string }) => g.description === stale.message)).toBe(true);
    expect(format('json')).not.toContain('\u001b');
  });

  it('junit: well-formed XML 1.0 (no control character), markup escaped', () => {
    const xml = format('junit');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(xml).not.toContain('<script');
  });

  it('github: every line is a workflow command or the summary (a newline cannot start a command of its own)', () => {
    const out = format('github');
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^(::(error|warning|notice) file=|has-dossier : )/);
    expect(out).toContain('a%0Ab "q"');
  });
});

describe('hover on a code of a team catalogue with Markdown in its titles and texts', () => {
  it('shows them as text', () => {
    const data = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', 'catalogues', 'has-es-2025.json'), 'utf8'));
    const cr = data.chapters[2].objectives.flatMap((o: { criteria: { id: string }[] }) => o.criteria).find((c: { id: string }) => c.id === '3.4-05');
    cr.title = 'Titre ![x](http://e.vil/t.png) <img src=x> *gras*';
    cr.elements[0].text = 'Texte [lien](http://e.vil)\nsuite';
    const cat = new Catalogue(data, 'test');
    expect(describeCode(cat, '3.4-05', undefined, 'fr').split('\n\n')[0]).toBe(
      '**Critère 3.4-05** — Titre !\\[x\\](http://e.vil/t.png) &lt;img src=x&gt; \\*gras\\*',
    );
    expect(describeCode(cat, '3.4-05', 'ee01', 'fr')).toContain('> Texte \\[lien\\](http://e.vil) suite');
  });
});

describe('new and init write YAML through the Document API', () => {
  const cr = (title: string): CatalogueCriterion => ({ ...registry.resolve('has-es-2025', ROOT).criteria.get('3.4-05')!, title });

  it('a multi-line title with a colon and a hash stays a comment: the file parses to the same data and passes its own check', () => {
    const text = criterionFileText(cr('Ligne un: deux\r\nelements: {}\n# trois \u001b[31m'));
    expect(text.split('\n').slice(0, 3)).toEqual(['# 3.4-05 — Ligne un: deux', '# elements: {}', '# # trois [31m']);
    expect(text.split('\n').filter(l => !l.startsWith('#'))[0]).toBe('criterion: 3.4-05');
    expect(parse(text)).toEqual({
      criterion: '3.4-05',
      elements: {
        ee01: { status: 'a-evaluer' },
        ee02: { status: 'a-evaluer' },
        ee03: { status: 'a-evaluer' },
        ee04: { status: 'a-evaluer' },
        ee05: { status: 'a-evaluer' },
      },
    });
    const r = run({ 'criteres/3.4-05.yaml': text });
    expect(r.findings.filter(f => f.file === 'criteres/3.4-05.yaml' && ['yaml-syntax', 'schema'].includes(f.code))).toEqual([]);
  });

  it('init: an establishment name with quotes, a colon, a hash and a newline is read back exactly; the FINESS stays a string', () => {
    const name = 'CH "Saint-Jean": site #2\nannexe';
    const files = scaffoldDossier(registry.resolve('has-es-2025', ROOT), { manual: 'has-es-2025', name, finess: '010008407', scope: [] });
    const manifest = parse(files.get('dossier.yaml')!);
    expect(manifest.establishment).toEqual({ name, finess: '010008407' });
  });
});
