/**
 * Completion guided by the manual and the kind of a visit document written without `kind:`
 * (issue 20, points 7 and 9), done as a user does in code-server with the packaged extension:
 * type `kind: ` and take the first kind offered, type `ee` at column 0 under `elements:` and take
 * the first code, apply the quick fix that adds `kind:`; each time the file saved is compared
 * byte for byte with the text expected. Screenshots go to test-results/e2e/ (not committed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { REPO, startSession, type Session } from './codeServer.js';

let s: Session;
let page: Page;

const EXAMPLE = path.join(REPO, 'examples', 'ch-exemple', 'criteres');
/** 3.4-05 as in the example, with a line of 8 spaces under the title of ee03's evidence (which has no kind): where the user types `kind: `. */
const DMN = fs.readFileSync(path.join(EXAMPLE, '3.4-05.yaml'), 'utf8');
const DMN_TITLE = "      - title: Attestations de formation — logiciel d'aide à la lecture d'imagerie\n";
const DMN_BLANK = DMN.replace(DMN_TITLE, `${DMN_TITLE}        \n`);
/** 3.1-08 as in the example, but its « Matrice d'habilitation » without `kind:`. */
const HABILITATION = fs.readFileSync(path.join(EXAMPLE, '3.1-08.yaml'), 'utf8');
const HABILITATION_UNTYPED = HABILITATION.replace('        kind: matrice-habilitation\n', '');

async function text(locator: Locator): Promise<string> {
  // Monaco renders spaces as U+00A0
  return (await locator.allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
}

/** Waits until `probe` returns true; on timeout, fails with what `describeState` says of the page. */
async function until(what: string, probe: () => Promise<boolean>, describeState: () => Promise<string>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > end) {
      await s.shot(`failure-${what.replace(/\W+/g, '-')}`).catch(() => undefined);
      throw new Error(`timed out waiting for ${what}; the page shows:\n${(await describeState().catch(e => String(e))).slice(0, 3000)}`);
    }
    await page.waitForTimeout(200);
  }
}

async function command(title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await until(`command "${title}" in the palette`, () => row.isVisible(), () => text(page.locator('.quick-input-widget')));
  await page.keyboard.press('Enter');
}

async function problems(): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll(rows => rows.map(r => r.textContent ?? ''));
}

async function openFile(rel: string): Promise<void> {
  const parts = rel.split('/');
  for (const [i, name] of parts.entries()) {
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).first();
    await until(`explorer row ${name}`, () => row.isVisible(), () => text(page.locator('.explorer-folders-view')));
    if (i < parts.length - 1) {
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    } else {
      await row.dblclick();
    }
  }
  const tab = page.locator('.tabs-container .tab.active', { hasText: parts.at(-1)! });
  await until(`editor tab ${rel}`, () => tab.isVisible(), () => text(page.locator('.tabs-container')));
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

async function goTo(line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

const statusBar = () => text(page.locator('.statusbar'));
const cursorColumn = async () => Number(/Ln \d+, Col (\d+)/.exec(await statusBar())?.[1]);

/** Saves (Ctrl+S) and waits for the file on disk to hold exactly `expected`. */
async function savedAs(rel: string, expected: string): Promise<void> {
  await page.keyboard.press('Control+S');
  const onDisk = () => fs.readFileSync(path.join(s.workspace, rel), 'utf8');
  await until(`${rel} saved`, async () => onDisk() === expected, async () => JSON.stringify(onDisk()), 10_000);
  expect(onDisk()).toBe(expected);
}

const suggestRows = () => page.locator('.suggest-widget .monaco-list-row');

beforeAll(async () => {
  s = await startSession(ws => {
    fs.writeFileSync(path.join(ws, 'criteres', '3.4-05.yaml'), DMN_BLANK);
    fs.writeFileSync(path.join(ws, 'criteres', '3.1-08.yaml'), HABILITATION_UNTYPED);
  });
  page = s.page;
  const status = page.locator('[id="has-dossier.has-dossier.hasDossier.status"]');
  await until('the extension to activate', () => status.isVisible(), () => text(page.locator('.statusbar')), 60_000);
  // the first check done (its counts in the status bar)
  await until('the first check', async () => /HAS\s+\d+\s+\d+/.test(await status.innerText()), () => status.innerText(), 60_000);
}, 180_000);

afterAll(async () => {
  await s?.stop();
  if (s?.screenshots.length) process.stdout.write(`\nScreenshots of this run (not committed): ${path.dirname(s.screenshots[0])}\n  ${s.screenshots.map(f => path.basename(f)).join('\n  ')}\n`);
});

describe('completion guided by the manual (issue 20, point 7)', () => {
  it('after `kind: ` under 3.4-05-ee03, the kind the catalogue expects comes first, marked, with its title; accepted, the file is exactly that', async () => {
    await openFile('criteres/3.4-05.yaml');
    const line = DMN_BLANK.split('\n').indexOf('        ') + 1;
    await goTo(line, 9);
    await page.keyboard.press('End');
    await page.keyboard.type('kind: ');
    await page.keyboard.press('Control+Space');
    await until('the suggest widget', async () => (await suggestRows().count()) > 0, () => text(page.locator('.suggest-widget')));
    const first = suggestRows().first();
    expect(await first.locator('.label-name').innerText()).toBe('procedures-dmn');
    // the row says why it comes first and shows the title (cut by the editor when long, whole in the details)
    const row = await text(first);
    expect(row).toContain('attendu pour ee03');
    expect(row).toContain('Procédures DMN');
    expect(await text(suggestRows().nth(1).locator('.label-name'))).toBe('cartographie-dmn');
    // the details of the focused row: the title whole, and why
    const details = page.locator('.suggest-details');
    if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
    await until('the details of the first kind', async () => /Type de preuve que le catalogue has-es-2025 attend pour l'élément 3\.4-05-ee03/.test(await text(details)), () => text(page.locator('.suggest-widget, .suggest-details-container')));
    expect(await text(details)).toContain("Procédures DMN : achat, suivi, déclarations d'incidents, preuves de formation spécifiques des équipes soignantes");
    await s.shot('guided-01-kind-completion');
    await page.keyboard.press('Enter');
    await savedAs('criteres/3.4-05.yaml', DMN.replace(DMN_TITLE, `${DMN_TITLE}        kind: procedures-dmn\n`));
  });

  it('after `elements:` + Enter, `ee` typed at column 0 offers the element codes and writes the one taken at the elements\' column', async () => {
    await command('View: Close All Editors');
    const rel = 'criteres/brouillon-ee.yaml';
    fs.writeFileSync(path.join(s.workspace, rel), 'criterion: 3.4-06\nelements:');
    await openFile(rel);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    // wherever the editor put the cursor, the user goes back to column 0 (the column of `elements:`)
    for (let i = 0; i < 4 && (await cursorColumn()) > 1; i++) await page.keyboard.press('Backspace');
    await until('the cursor at column 1 of line 3', async () => /Ln 3, Col 1\b/.test(await statusBar()), statusBar);
    await page.keyboard.type('ee');
    await page.keyboard.press('Control+Space');
    await until('the suggest widget', async () => (await suggestRows().count()) > 0, () => text(page.locator('.suggest-widget')));
    expect(await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts()).toEqual(['ee01', 'ee02', 'ee03', 'ee04']);
    await s.shot('guided-02-ee-at-column-0');
    await page.keyboard.press('Enter');
    // at the elements' column, its status selected to be typed over
    await until('the status selected', async () => /Ln 4, Col 22 \(9 (sélectionnés|selected)\)/.test(await statusBar()), statusBar);
    await page.keyboard.type('partiel');
    await savedAs(rel, 'criterion: 3.4-06\nelements:\n  ee01:\n    status: partiel');
    await command('View: Close All Editors');
    fs.rmSync(path.join(s.workspace, rel));
  });
});

describe('a visit document written without kind: (issue 20, point 9)', () => {
  const ROW = /^Cette preuve semble être le document de visite « Matrice d'habilitation » \(matrice-habilitation\), demandé par les experts-visiteurs \(critère 3\.1-08-ee01\) : sans « kind: matrice-habilitation », elle ne compte pas dans la liste de visite\..*has-dossiervisit-document-missing\[Ln 8, Col 16\]$/;

  it('is said on its title, not called missing on visit:; the quick fix adds kind: and the file is the example\'s', async () => {
    await openFile('criteres/3.1-08.yaml');
    await command('View: Focus Problems');
    await page.locator('.markers-panel').waitFor({ state: 'visible' });
    await until('the hint on the title', async () => (await problems()).some(p => ROW.test(p)), async () => (await problems()).join('\n'));
    // the missing documents listed on visit: (dossier.yaml) do not include it
    const onVisit = (await problems()).filter(p => /documents? de visite absents?/.test(p));
    expect(onVisit.length).toBeGreaterThan(0);
    for (const p of onVisit) expect(p).not.toContain('matrice-habilitation');
    await s.shot('guided-03-untyped-in-problems');
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await goTo(8, 20);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Ajouter « kind: matrice-habilitation »' });
    await until('the add-kind fix', () => fix.isVisible(), () => text(page.locator('.action-widget')));
    await s.shot('guided-04-add-kind-fix');
    while ((await fix.getAttribute('class'))?.includes('focused') !== true) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await savedAs('criteres/3.1-08.yaml', HABILITATION);
    await until('the hint gone', async () => !(await problems()).some(p => /semble être le document de visite/.test(p)), async () => (await problems()).join('\n'));
    await s.shot('guided-05-kind-added');
  });
});
