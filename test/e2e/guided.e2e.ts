/**
 * Completion guided by the manual and the kind of a visit document written without `kind:`
 * (issue 20, points 7 and 9), done as a user does in code-server with the packaged extension:
 * type `kind: ` and take the first kind offered, type `ee` at column 0 under `elements:` and take
 * the first code, apply the quick fix that adds `kind:`; each time the file saved is compared
 * byte for byte with the text expected. Screenshots go to test-results/e2e/guided/ (not committed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO, startSession, type Session } from './codeServer.js';
import { text, ui } from './ui.js';

let s: Session;
let page: Page;
let u: ReturnType<typeof ui>;

const EXAMPLE = path.join(REPO, 'examples', 'ch-exemple', 'criteres');
/** 3.4-05 as in the example, with a line of 8 spaces under the title of ee03's evidence (which has no kind): where the user types `kind: `. */
const DMN = fs.readFileSync(path.join(EXAMPLE, '3.4-05.yaml'), 'utf8');
const DMN_TITLE = "      - title: Attestations de formation — logiciel d'aide à la lecture d'imagerie\n";
const DMN_BLANK = DMN.replace(DMN_TITLE, `${DMN_TITLE}        \n`);
/** 3.1-08 as in the example, but its « Matrice d'habilitation » without `kind:`. */
const HABILITATION = fs.readFileSync(path.join(EXAMPLE, '3.1-08.yaml'), 'utf8');
const HABILITATION_UNTYPED = HABILITATION.replace('        kind: matrice-habilitation\n', '');

const editorLines = async () => (await text(page.locator('.editor-instance .monaco-editor .view-lines').first())).replace(/\s+$/, '');
const suggestRows = () => page.locator('.suggest-widget .monaco-list-row');

beforeAll(async () => {
  s = await startSession(ws => {
    fs.writeFileSync(path.join(ws, 'criteres', '3.4-05.yaml'), DMN_BLANK);
    fs.writeFileSync(path.join(ws, 'criteres', '3.1-08.yaml'), HABILITATION_UNTYPED);
  }, 'guided');
  page = s.page;
  u = ui(s);
  await u.firstCheck();
}, 180_000);

afterAll(async () => {
  await s?.stop();
});

describe('completion guided by the manual (issue 20, point 7)', () => {
  it('after `kind: ` under 3.4-05-ee03, the kind the catalogue expects comes first, marked, with its title; accepted, the file is exactly that', async () => {
    await u.openFile('criteres/3.4-05.yaml');
    const line = DMN_BLANK.split('\n').indexOf('        ') + 1;
    await u.goTo(line, 9);
    await page.keyboard.press('End');
    await page.keyboard.type('kind: ');
    await page.keyboard.press('Control+Space');
    await u.until(
      'the suggest widget',
      async () => (await suggestRows().count()) > 0,
      () => text(page.locator('.suggest-widget')),
    );
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
    await u.until(
      'the details of the first kind',
      async () => /Type de preuve que le catalogue has-es-2025 attend pour l'élément 3\.4-05-ee03/.test(await text(details)),
      () => text(page.locator('.suggest-widget, .suggest-details-container')),
    );
    expect(await text(details)).toContain("Procédures DMN : achat, suivi, déclarations d'incidents, preuves de formation spécifiques des équipes soignantes");
    await s.shot('guided-01-kind-completion');
    await page.keyboard.press('Enter');
    await u.savedAs('criteres/3.4-05.yaml', DMN.replace(DMN_TITLE, `${DMN_TITLE}        kind: procedures-dmn\n`));
  });

  it("after `elements:` + Enter, `ee` typed at column 0 offers the element codes and writes the one taken at the elements' column", async () => {
    await u.command('View: Close All Editors');
    const rel = 'criteres/brouillon-ee.yaml';
    fs.writeFileSync(path.join(s.workspace, rel), 'criterion: 3.4-06\nelements:');
    await u.openFile(rel);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    // the editor may indent the new line under `elements:` (once the line is tokenized); if it did, the user goes back to column 0 with Shift+Tab
    await u.until('the new line', async () => /Ln 3, Col [13]\b/.test(await u.statusBar()), u.statusBar);
    if (/Ln 3, Col 3\b/.test(await u.statusBar())) await page.keyboard.press('Shift+Tab');
    await u.until('the cursor at column 1 of line 3', async () => /Ln 3, Col 1\b/.test(await u.statusBar()), u.statusBar);
    await page.keyboard.type('ee');
    await u.until(
      'ee typed at column 1',
      async () => /Ln 3, Col 3\b/.test(await u.statusBar()) && (await editorLines()).endsWith('\nelements:\nee'),
      async () => `${await u.statusBar()}\n${await editorLines()}`,
    );
    const openBefore = await suggestRows().count();
    await page.keyboard.press('Control+Space');
    await u.until(
      'the suggest widget',
      async () => (await suggestRows().count()) > 0,
      () => text(page.locator('.suggest-widget')),
    );
    const rowsShown = await suggestRows().evaluateAll(rows => rows.map(r => `${r.getAttribute('aria-label')} ${r.querySelector('.suggest-icon')?.className}`));
    expect(
      await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts(),
      `open before Ctrl+Space: ${openBefore}\n${rowsShown.join('\n')}\n${await editorLines()}`,
    ).toEqual(['ee01', 'ee02', 'ee03', 'ee04']);
    await s.shot('guided-02-ee-at-column-0');
    await page.keyboard.press('Enter');
    // at the elements' column, its status selected to be typed over
    await u.until('the status selected', async () => /Ln 4, Col 22 \(9 (sélectionnés|selected)\)/.test(await u.statusBar()), u.statusBar);
    await page.keyboard.type('partiel');
    await u.savedAs(rel, 'criterion: 3.4-06\nelements:\n  ee01:\n    status: partiel');
    await u.command('View: Close All Editors');
    fs.rmSync(path.join(s.workspace, rel));
    // the explorer's rows move once the file is gone: wait for it, so that the next double click hits its row
    const gone = page.locator('.explorer-folders-view .monaco-list-row[aria-label="brouillon-ee.yaml"]');
    await u.until(
      'the explorer without brouillon-ee.yaml',
      async () => (await gone.count()) === 0,
      () => text(page.locator('.explorer-folders-view')),
    );
  });
});

describe('a visit document written without kind: (issue 20, point 9)', () => {
  const ROW =
    /^Cette preuve semble être le document de visite « Matrice d'habilitation » \(matrice-habilitation\), demandé par les experts-visiteurs \(critère 3\.1-08-ee01\) : sans « kind: matrice-habilitation », elle ne compte pas dans la liste de visite\..*has-dossiervisit-document-missing\[Ln 8, Col 16\]$/;

  it("is said on its title, not called missing on visit:; the quick fix adds kind: and the file is the example's", async () => {
    await u.openFile('criteres/3.1-08.yaml');
    await u.showProblems();
    // the panel filtered to the file (its list only renders the rows it shows)
    await u.until(
      'the hint on the title',
      async () => (await u.problemsOf('3.1-08.yaml')).some(p => ROW.test(p)),
      async () => (await u.problemsOf('3.1-08.yaml')).join('\n'),
    );
    // the missing documents listed on visit: (dossier.yaml) do not include it
    const visitRows = await u.problemsSaying('de visite');
    const onVisit = visitRows.filter(p => /documents? de visite absents?/.test(p));
    expect(onVisit.length, visitRows.join('\n')).toBe(1);
    expect(onVisit[0]).toMatch(/\[Ln 6, Col 1\]$/);
    expect(onVisit[0]).not.toContain('matrice-habilitation');
    expect(visitRows.filter(p => ROW.test(p))).toHaveLength(1);
    await u.problemsOf('3.1-08.yaml');
    await s.shot('guided-03-untyped-in-problems');
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await u.goTo(8, 20);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Ajouter « kind: matrice-habilitation »' });
    await u.until(
      'the add-kind fix',
      () => fix.isVisible(),
      () => text(page.locator('.action-widget')),
    );
    await s.shot('guided-04-add-kind-fix');
    while ((await fix.getAttribute('class'))?.includes('focused') !== true) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await u.savedAs('criteres/3.1-08.yaml', HABILITATION);
    await u.until(
      'the hint gone',
      async () => !(await u.problemsOf('3.1-08.yaml')).some(p => /semble être le document de visite/.test(p)),
      async () => (await u.problemsOf('3.1-08.yaml')).join('\n'),
    );
    await s.shot('guided-05-kind-added');
    await u.clearProblemsFilter();
  });
});
