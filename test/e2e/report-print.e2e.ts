/**
 * The report on paper, as quality directors print it for the CME and the COPIL qualité: a
 * generated 130-criterion dossier's report printed by Chromium to an A4 PDF. The page count is
 * read from the PDF (about 15 pages), no element is wider than the page, each chapter starts a
 * page, criterion titles keep whole words on a line; the evidence timeline has a date axis, a
 * missing file shows as missing, a document dated in the future is flagged, a duplicated
 * criterion is listed once with its files. The PDF is saved in test-results/report-print/.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/generate.js';
import { CHROMIUM, REPO } from './codeServer.js';

const CLI = process.env.HAS_DOSSIER_CLI ?? path.join(REPO, 'dist', 'cli.js');
const OUT = path.join(REPO, 'test-results', 'report-print');
const AS_OF = '2026-11-23';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A dossier a team could have a few months before its visit: the catalogue's criteria and
 * well-formed ones of its objectives up to 130 files, 3–6 elements each, mostly settled with one
 * recent document, some partial with an action, and a few gaps of each kind the report shows:
 * stale documents, missing files, a date in the future, a duplicated criterion.
 */
function generate(dir: string): string {
  const r = prng(2026);
  const catalogue = JSON.parse(spawnSync(process.execPath, [CLI, 'catalogue', 'show', 'has-es-2025', '--json'], { encoding: 'utf8' }).stdout);
  const known = new Map<string, string[]>();
  const objectives: string[] = [];
  for (const ch of catalogue.chapters)
    for (const ob of ch.objectives) {
      objectives.push(ob.id);
      for (const c of ob.criteria)
        known.set(
          c.id,
          c.elements.map((e: { id: string }) => e.id),
        );
    }
  const ids = [...known.keys()];
  for (let n = 1; ids.length < 130; n++) for (const ob of objectives) if (ids.length < 130 && !ids.includes(`${ob}-${pad(n)}`)) ids.push(`${ob}-${pad(n)}`);
  fs.mkdirSync(path.join(dir, 'criteres'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'preuves'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'dossier.yaml'),
    'manual: has-es-2025\nestablishment:\n  name: Centre hospitalier de Papier\n  finess: "330781196"\nvisit:\n  start: 2027-03-15\nrules:\n  uncatalogued-criterion: off\n  visit-document-missing: off\n',
  );
  ids.forEach((id, i) => {
    // the catalogue's elements where it knows them; where they are unknown (most criteria), a grid's 3–6
    const listed = known.get(id) ?? [];
    const elements = listed.length > 0 ? listed : Array.from({ length: 3 + Math.floor(r() * 4) }, (_, k) => `ee${pad(k + 1)}`);
    const out = [`criterion: ${id}`, 'owner: Direction qualité', 'reviewed: 2026-10-01', 'elements:'];
    elements.forEach((ee, k) => {
      const roll = r();
      const status = roll < 0.75 ? 'conforme' : roll < 0.92 ? 'partiel' : 'non-applicable';
      out.push(`  ${ee}:`, `    status: ${status}`);
      if (status === 'non-applicable') {
        out.push("    justification: Activité absente de l'établissement.");
        return;
      }
      const file = `preuves/${id}-${ee}.pdf`;
      let date = `2026-${pad(1 + Math.floor(r() * 10))}-${pad(1 + Math.floor(r() * 27))}`;
      let exists = true;
      if (i % 29 === 3 && k === 0) date = '2027-02-01'; // dated in the future
      if (i % 23 === 5 && k === 0) exists = false; // the file is not there
      if (i % 31 === 7 && k === 0) date = '2024-05-02'; // old
      if (exists) fs.writeFileSync(path.join(dir, file), '%PDF-1.4\n');
      out.push('    evidence:', `      - title: Procédure ${id} ${ee} validée en instance`, `        file: ${file}`, `        date: ${date}`);
      if (status === 'partiel')
        out.push(
          '    actions:',
          `      - title: Compléter la démarche ${id} ${ee} avec les équipes`,
          `        due: 2027-0${1 + Math.floor(r() * 2)}-15`,
          '        owner: Cadre de santé',
        );
    });
    fs.writeFileSync(path.join(dir, 'criteres', `${id}.yaml`), out.join('\n') + '\n');
  });
  // a criterion declared twice
  fs.copyFileSync(path.join(dir, 'criteres', `${ids[0]}.yaml`), path.join(dir, 'criteres', `${ids[0]}-copie.yaml`));
  return ids[0];
}

/** Pages of a PDF: its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('the printed report (Chromium, A4 PDF)', () => {
  it('a 130-criterion dossier prints in about 15 A4 pages, nothing wider than the page, each chapter on a new page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-print-'));
    const duplicated = generate(dir);
    expect(fs.readdirSync(path.join(dir, 'criteres')).length).toBe(131);
    // a dossier as a team keeps it: every file well formed, every criterion with its elements (none empty)
    const checked = JSON.parse(spawnSync(process.execPath, [CLI, 'check', dir, '--as-of', AS_OF, '--format', 'json'], { encoding: 'utf8' }).stdout);
    expect(checked.diagnostics.filter((d: { code: string }) => d.code === 'schema')).toEqual([]);
    expect(checked.coverage.criteria.filter((c: { elements: { total: number } }) => c.elements.total === 0)).toEqual([]);
    const file = path.join(dir, 'rapport.html');
    const r = spawnSync(process.execPath, [CLI, 'report', dir, '--as-of', AS_OF, '-o', file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      // the printable width of A4 with the report's margins (210 mm − 2 × 9 mm) at 96 px per inch
      const width = Math.floor(((210 - 18) / 25.4) * 96);
      const page = await browser.newPage({ viewport: { width, height: 1000 } });
      await page.goto(pathToFileURL(file).href);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      fs.mkdirSync(OUT, { recursive: true });
      fs.writeFileSync(path.join(OUT, 'rapport-130-criteres.pdf'), pdf);
      const pages = pageCount(pdf);
      process.stdout.write(`\nThe printed report of the 130-criterion dossier: ${pages} A4 pages (${path.join(OUT, 'rapport-130-criteres.pdf')})\n`);
      expect(pages, `${pages} pages`).toBeGreaterThanOrEqual(8);
      expect(pages, `${pages} pages`).toBeLessThanOrEqual(16);

      // nothing wider than the page: no table clipped on the right
      const wide = await page.evaluate(
        w =>
          [...document.querySelectorAll('body *')]
            .filter(e => {
              const b = e.getBoundingClientRect();
              return b.width > 0 && b.right > w + 1;
            })
            .map(
              e =>
                `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className}` : ''} ${Math.round(e.getBoundingClientRect().right)}`,
            ),
        width,
      );
      expect(wide).toEqual([]);
      // criterion titles never wrap one word per line: the title cell is wider than its longest word
      const narrow = await page.evaluate(() =>
        [...document.querySelectorAll('tr.criterion th[scope=row] small')]
          .filter(s => {
            const words = (s.textContent ?? '').split(/\s+/).filter(Boolean).length;
            const lines = Math.round(s.getBoundingClientRect().height / parseFloat(getComputedStyle(s).lineHeight || '12'));
            return words > 3 && lines >= words;
          })
          .map(s => s.textContent),
      );
      expect(narrow).toEqual([]);
      // each chapter starts a page (the first with the coverage part), and so does the gaps part; the short parts after it follow one another
      const breaks = await page.evaluate(() =>
        [...document.querySelectorAll('#coverage-section, #coverage-section h3.chapter, main>section:has(#h-gaps)')].map(e => getComputedStyle(e).breakBefore),
      );
      expect(breaks).toEqual(['page', 'auto', 'page', 'page', 'page']);

      // the timeline: a date axis, a missing file drawn as missing, the future-dated document flagged
      expect(await page.locator('.timeline svg g.axis text').count()).toBeGreaterThan(3);
      expect(await page.locator('.timeline rect.tl-missing').count()).toBeGreaterThan(0);
      const states = await page.locator('#evidence tr').evaluateAll(rows => rows.map(row => row.getAttribute('data-state')));
      expect(states).toContain('file-missing');
      expect(states).toContain('future');
      expect(await page.locator('#evidence tr[data-state=file-missing] td.st-file-missing').first().innerText()).toBe('fichier absent');
      expect(await page.locator('#evidence tr[data-state=future] td.st-future').first().innerText()).toBe('datée dans le futur');
      // the duplicated criterion: one row, with both files
      const rows = page.locator(`tr.criterion[data-criterion="${duplicated}"]`);
      expect(await rows.count()).toBe(1);
      expect((await rows.locator('a[data-file]').allInnerTexts()).sort()).toEqual([`criteres/${duplicated}-copie.yaml`, `criteres/${duplicated}.yaml`].sort());
    } finally {
      await browser.close();
    }
  }, 240_000);
});
