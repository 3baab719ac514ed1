/**
 * The HTML report of the example rendered in headless Chromium: counts per criterion equal the
 * engine's coverage, every gap is listed, every link resolves to a file, no network request is
 * made; a full-page PNG is saved in test-results/report/.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, REPO } from './codeServer.js';

const CLI = path.join(REPO, 'dist', 'cli.js');
const OUT = path.join(REPO, 'test-results', 'report');

describe('has-dossier report in a browser', () => {
  it("shows the engine's coverage and gaps, links to the dossier files, and loads nothing from the network", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
    const file = path.join(dir, 'rapport.html');
    const r = spawnSync(process.execPath, [CLI, 'report', 'examples/ch-exemple', '--as-of', '2026-11-23', '-o', file], { cwd: REPO, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(
      spawnSync(process.execPath, [CLI, 'check', 'examples/ch-exemple', '--as-of', '2026-11-23', '--format', 'json'], { cwd: REPO, encoding: 'utf8' }).stdout,
    );

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', req => requests.push(req.url()));
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('#gaps');

      // counts per criterion = the engine's coverage
      for (const c of json.coverage.criteria as { id: string; elements: Record<string, number> }[]) {
        const row = page.locator(`tr.criterion[data-criterion="${c.id}"]`);
        for (const k of ['conforme', 'partiel', 'non-conforme', 'non-applicable', 'a-evaluer', 'missing']) {
          expect(await row.locator(`td[data-count="${k}"]`).innerText(), `${c.id} ${k}`).toBe(String(c.elements[k]));
        }
        expect(await row.locator('td[data-total]').getAttribute('data-total')).toBe(String(c.elements.total));
      }
      // every error and warning (waived too) is listed with its place
      const gaps = await page.locator('#gaps tr.gap').evaluateAll(rows => rows.map(r => `${r.getAttribute('data-code')} ${r.querySelector('a')?.textContent}`));
      for (const d of (json.diagnostics as { severity: string; code: string; file: string; line: number }[]).filter(d => d.severity !== 'info')) {
        expect(gaps).toContain(`${d.code} ${d.file}:${d.line}`);
      }
      // every link resolves to an existing file of the dossier
      const hrefs = await page.locator('a[data-file]').evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(20);
      for (const h of hrefs) expect(fs.existsSync(fileURLToPath(h.replace(/#.*$/, ''))), h).toBe(true);
      // readable without colour: every element chip carries its state as text
      const chips = await page.locator('.el[title]').allInnerTexts();
      expect(chips.every(t => /·(C|P|NC|NA|\?|∅)$/.test(t))).toBe(true);
      // declared and proven apart: the cards, the headline, and each unproven chip marked
      expect(await page.locator('#ready-declared').innerText()).toMatch(
        new RegExp(`^${json.readiness.declaredPercent}\u00a0%\\s*Déclaré \\(${json.readiness.declared}/${json.readiness.total}\\)$`),
      );
      expect(await page.locator('#ready-proven').innerText()).toMatch(
        new RegExp(`^${json.readiness.provenPercent}\u00a0%\\s*Prouvé \\(${json.readiness.proven}/${json.readiness.total}\\)$`),
      );
      expect(await page.locator('#proof-gap').innerText()).toBe(json.readiness.headline);
      const unproven = await page
        .locator('.el[data-proven="false"]')
        .evaluateAll(els => els.map(e => `${e.closest('tr')!.getAttribute('data-criterion')}-${e.getAttribute('data-element')}`));
      expect(unproven.sort()).toEqual((json.coverage.unproven as { criterion: string; element: string }[]).map(u => `${u.criterion}-${u.element}`).sort());
      expect(await page.locator('#countdown').innerText()).toBe('Visite de certification : 2027-03-15 — 112 jours avant la visite');
      expect(await page.locator('#actions .overdue').count()).toBe(1);
      expect(await page.locator('#calista .absent').count()).toBe(2);
      // the certification cycle and the expert visitors' checklist
      expect(await page.locator('#cycle').innerText()).toBe("Dernière décision : Certifié le 2023-06-20, valable jusqu'au 2027-06-19 — visite dans la fenêtre");
      expect(await page.locator('#visit-countdown').innerText()).toBe(
        'Visite de certification : 2027-03-15 — 112 jours avant la visite · documents prêts avant le 2027-01-15',
      );
      expect(await page.locator('#visit-checklist tbody tr').count()).toBe(15);
      expect(await page.locator('#visit-checklist tr[data-state="missing"]').evaluateAll(rows => rows.map(r => r.getAttribute('data-kind')))).toEqual([
        'politique-ssi',
        'attestation-audit-ssi',
      ]);
      expect(await page.locator('#visit-checklist tr[data-kind="cartographie-dmn"] td').last().innerText()).toBe('⚠ périmé depuis le 2026-10-11');
      expect(await page.locator('#providers tr[data-provider="Hébergeur Santé Exemple"]').innerText()).toMatch(
        /HDS-EX-2024-017 → 2027-01-31 ⚠ expire avant la visite/,
      );
      expect(await page.locator('#governance tr[data-role="referent-dmn"]').innerText()).toBe('Référent DMN\tDr F. Biomédical');

      expect(requests.filter(u => !u.startsWith('file:'))).toEqual([]);
      fs.mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: path.join(OUT, 'report.png'), fullPage: true });
      process.stdout.write(`\nScreenshot of this run (not committed): ${path.join(OUT, 'report.png')}\n`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.length).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  });

  it('report --all: the group index opens with one row per site, each linking to its own report', async () => {
    const ght = fs.mkdtempSync(path.join(os.tmpdir(), 'ght-'));
    for (const site of ['nord', 'sud/ch-b']) fs.cpSync(path.join(REPO, 'examples', 'ch-exemple'), path.join(ght, site), { recursive: true });
    const index = path.join(ght, 'ght.html');
    const r = spawnSync(process.execPath, [CLI, 'report', ght, '--all', '--as-of', '2026-11-23', '-o', index], { cwd: REPO, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(
      spawnSync(process.execPath, [CLI, 'check', 'examples/ch-exemple', '--as-of', '2026-11-23', '--format', 'json'], { cwd: REPO, encoding: 'utf8' }).stdout,
    );
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(index).href);
      const rows = await page.locator('#sites tr.site').evaluateAll(trs =>
        trs.map(tr => ({
          site: tr.getAttribute('data-site'),
          declared: tr.querySelector('[data-readiness="declared"]')!.textContent,
          proven: tr.querySelector('[data-readiness="proven"]')!.textContent,
          errors: tr.querySelector('[data-count="errors"]')!.textContent,
          href: (tr.querySelector('a') as HTMLAnchorElement).href,
        })),
      );
      expect(rows.map(x => x.site)).toEqual(['nord', 'sud/ch-b']);
      for (const row of rows) {
        expect(row.declared).toBe(`${json.readiness.declaredPercent}\u00a0%`);
        expect(row.proven).toBe(`${json.readiness.provenPercent}\u00a0%`);
        expect(row.errors).toBe(String(json.summary.errors));
        expect(fs.existsSync(fileURLToPath(row.href)), row.href).toBe(true);
      }
      // each link opens that site's report, whose links reach the site's own files
      await page.goto(rows[1].href);
      await page.waitForSelector('#gaps');
      const hrefs = await page.locator('a[data-file]').evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(20);
      for (const h of hrefs) expect(fileURLToPath(h.replace(/#.*$/, '')).startsWith(path.join(ght, 'sud', 'ch-b'))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
