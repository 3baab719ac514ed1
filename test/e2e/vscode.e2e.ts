/**
 * The packaged extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven through
 * headless Chromium with real keyboard and mouse events. Each check saves a screenshot in
 * test-results/e2e/vscode/; a failure prints the relevant text of the page.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startSession, type Session } from './codeServer.js';

let s: Session;
let page: Page;

/** A criterion file written into the copy of the example before VS Code starts: it lacks ee03 and ee04 and quotes a reference. */
const PARTIAL = `# Lié à Crit.3.4-05-ee01-ASY
criterion: 3.4-06
elements:
  ee01:
    status: conforme
    evidence:
      - title: Cartographie des outils innovants
        kind: cartographie-outils-innovants
        file: preuves/cartographie-outils-innovants.xlsx
        date: 2026-10-10
        validated_by: COSSI
  ee02:
    status: non-applicable
    justification: Aucun outil d'IA en production.
`;

async function text(locator: Locator): Promise<string> {
  // Monaco renders spaces as U+00A0
  return (await locator.allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
}

/** Waits until `probe` returns true; on timeout, fails with what `describe` says of the page. */
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
  await until(
    `command "${title}" in the palette`,
    () => row.isVisible(),
    () => text(page.locator('.quick-input-widget')),
  );
  await page.keyboard.press('Enter');
}

async function problems(): Promise<string[]> {
  // each row's text: message, source, code and [Ln, Col]
  return page.locator('.markers-panel .monaco-list-row').evaluateAll(rows => rows.map(r => r.textContent ?? ''));
}

async function showProblems(): Promise<void> {
  await command('View: Focus Problems');
  await page.locator('.markers-panel').waitFor({ state: 'visible' });
}

async function openFile(rel: string): Promise<void> {
  const parts = rel.split('/');
  // the Dossier view's test folds the file tree to give itself room
  const folders = page.locator('.pane-header', { hasText: /^ch-exemple/i }).first();
  if ((await folders.getAttribute('aria-expanded').catch(() => 'true')) === 'false') await folders.click();
  for (const [i, name] of parts.entries()) {
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).first();
    await until(
      `explorer row ${name}`,
      () => row.isVisible(),
      () => text(page.locator('.explorer-folders-view')),
    );
    if (i < parts.length - 1) {
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    } else {
      await row.dblclick();
    }
  }
  const tab = page.locator('.tabs-container .tab.active', { hasText: parts.at(-1)! });
  await until(
    `editor tab ${rel}`,
    () => tab.isVisible(),
    () => text(page.locator('.tabs-container')),
  );
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

async function goTo(line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

const editorText = () => text(page.locator('.editor-instance .monaco-editor .view-lines').first());

/** The on-screen span that shows `needle` in the active editor. */
function span(needle: string): Locator {
  return page.locator('.editor-instance .monaco-editor .view-line span span', { hasText: needle }).first();
}

beforeAll(async () => {
  s = await startSession(ws => fs.writeFileSync(path.join(ws, 'criteres', '3.4-06.yaml'), PARTIAL));
  page = s.page;
  // every test starts once the extension has activated (its status bar item is there)
  const status = page.locator('[id="has-dossier.has-dossier.hasDossier.status"]');
  await until(
    'the extension to activate',
    () => status.isVisible(),
    () => text(page.locator('.statusbar')),
    60_000,
  );
}, 180_000);

afterAll(async () => {
  await s?.stop();
});

describe('has-dossier in VS Code (code-server)', () => {
  it('activates, starts the server (output channel) and shows its status bar item', async () => {
    const status = page.locator('[id="has-dossier.has-dossier.hasDossier.status"]');
    // the example's 2 errors and 29 warnings (12 objectives with missing criteria, 14 missing impératifs, 3 others), plus the missing-element warning of the prepared 3.4-06
    await until(
      'the status bar item with counts',
      async () => /^\s*HAS\s+2\s+30\s+[DJ]-112\s*$/.test(await status.innerText()),
      async () => JSON.stringify(await status.innerText().catch(() => '(no item)')),
    );
    await command('has-dossier: Show the language server output');
    const output = page.locator('.output-view, .panel .monaco-editor').first();
    // in the user's language (hasDossier.language: fr), as every line the server writes there
    await until(
      'server start in the output channel',
      async () =>
        /\[has-dossier\] Serveur de langage has-dossier démarré\.[\s\S]*ch-exemple vérifié en \d+,\d ms : \d+ erreurs?/.test(
          await text(page.locator('.panel')),
        ),
      () => text(page.locator('.panel')),
    );
    await s.shot('01-activated');
    expect(await output.isVisible()).toBe(true);
  });

  it('lists the gaps of files never opened in the Problems panel, the stale DMN cartography as an error on its line', async () => {
    await showProblems();
    await until(
      'stale-evidence in Problems',
      async () => (await problems()).some(p => p.includes('stale-evidence')),
      async () => (await problems()).join('\n'),
    );
    // expand every file node, then read the rows
    const rows = await problems();
    const stale = rows.find(p => p.includes('stale-evidence'))!;
    expect(stale).toMatch(/^« Cartographie des DMN à usage professionnel » date du 2025-10-10 .*has-dossierstale-evidence\[Ln 11, Col 15\]$/);
    expect(rows.some(p => p.startsWith('3.4-05.yamlcriteres'))).toBe(true);
    expect(rows.some(p => p.includes('missing-element'))).toBe(true);
    expect(rows.some(p => p.includes('overdue-action'))).toBe(true);
    await s.shot('02-problems');
  });

  it('updates squiggles and Problems as the user types; fixing the date removes the error', async () => {
    await openFile('criteres/3.4-05.yaml');
    const errors = page.locator('.editor-instance .squiggly-error');
    await until('a red squiggle in 3.4-05', async () => (await errors.count()) > 0, editorText);
    await goTo(11, 15);
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('2026-10-10');
    await until('the squiggle gone', async () => (await errors.count()) === 0, editorText);
    const dmnStale = (p: string) => p.includes('stale-evidence') && p.includes('Cartographie des DMN');
    await until(
      'the DMN stale-evidence gone from Problems',
      async () => !(await problems()).some(dmnStale),
      async () => (await problems()).join('\n'),
    );
    await s.shot('03-typing-fixes');
    await page.keyboard.press('Control+Z');
    await until('the error back after undo', async () => (await errors.count()) > 0, editorText);
  });

  it('completes exactly the missing ee codes after `ee` inside elements:, and accepting one inserts it', async () => {
    await openFile('criteres/3.4-06.yaml');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('  ee');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await until(
      'the suggest widget',
      async () => (await rows.count()) > 0,
      () => text(page.locator('.suggest-widget')),
    );
    const labels = await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts();
    expect(labels).toEqual(['ee03', 'ee04']);
    await s.shot('04-completion');
    await page.keyboard.press('Enter');
    // at the indentation of the elements (VS Code indents the continuation line like the line accepted on)
    await until('ee03 inserted', async () => /\n {2}ee03:\n {4}status: a-evaluer/.test(await editorText()), editorText);
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
  });

  it("hovers a criterion code and a Crit.… reference with the manual's text", async () => {
    await openFile('criteres/3.4-05.yaml');
    await span('3.4-05').hover();
    const hover = page.locator('.monaco-hover:visible');
    await until(
      'hover on 3.4-05',
      async () => /L'établissement pilote l'usage des dispositifs médicaux numériques/.test(await text(hover)),
      () => text(hover),
    );
    await s.shot('05-hover-criterion');
    await page.mouse.move(5, 500);
    await openFile('criteres/3.4-06.yaml');
    await span('Crit.3.4-05-ee01-ASY').hover();
    await until(
      'hover on Crit.3.4-05-ee01-ASY',
      async () => /au moins une fois par an, une cartographie/.test(await text(hover)),
      () => text(hover),
    );
    await s.shot('06-hover-reference');
    await page.mouse.move(5, 500);
  });

  it('hovers an impératif criterion with its title, « Impératif » and where that comes from; under its elements, completion says why it offers no code', async () => {
    await openFile('criteres/2.4-02.yaml');
    // once the line is tokenized (before, one span holds the key and the code), near the code's end
    const code = page.locator('.editor-instance .monaco-editor .view-line span span', { hasText: /^\W*2\.4-02$/ }).first();
    await until('the line of 2.4-02 tokenized', () => code.isVisible(), editorText);
    const box = (await code.boundingBox())!;
    const onCode = () => code.hover({ position: { x: box.width - 4, y: box.height / 2 } });
    await onCode();
    const hover = page.locator('.monaco-hover:visible');
    let tries = 0;
    await until(
      'hover on 2.4-02',
      async () => {
        if (/La pertinence des prescriptions d’antibiotiques est argumentée et réévaluée/.test(await text(hover))) return true;
        // a hover asked before the server's first check shows nothing and is not asked again: hover anew
        if (++tries % 10 === 0) {
          await page.mouse.move(5, 500);
          await onCode();
        }
        return false;
      },
      () => text(hover),
    );
    const shown = await text(hover);
    expect(shown).toMatch(/Niveau : Impératif \(source secondaire \(extraction publique du PDF, non vérifiée\)\)/);
    expect(shown).toMatch(/Éléments : absents du catalogue intégré : aucune source publique ne les donne/);
    expect(shown).toMatch(/Source : Extraction publique du manuel officiel de certification 2025/);
    await s.shot('06b-hover-imperatif');
    await page.mouse.move(5, 500);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('  ee');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await until(
      'the suggest widget',
      async () => (await rows.count()) > 0,
      () => text(page.locator('.suggest-widget')),
    );
    expect(await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts()).toEqual(['Éléments de 2.4-02 inconnus du catalogue intégré']);
    await s.shot('06c-completion-elements-unknown');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
  });

  it('"New criterion file" offers the scope\'s criteria without a file, impératifs first and marked, and writes the chosen one', async () => {
    await command('has-dossier: New criterion file from the catalogue');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    const input = page.locator('.quick-input-widget input');
    await until(
      'the criteria to add',
      async () =>
        /^(Critère à ajouter au dossier|Criterion to add to the dossier)$/.test((await input.getAttribute('placeholder')) ?? '') && (await rows.count()) > 0,
      () => text(page.locator('.quick-input-widget')),
    );
    const first = await text(rows.first());
    expect(first.trim()).toMatch(/^1\.1-01\s*Impératif\s+Le patient bénéficie du respect de son intimité/);
    expect(await rows.first().locator('.codicon-warning').count()).toBe(1);
    // the criteria with a file are not offered
    await page.keyboard.type('2.4-02');
    await until(
      'the filter applied',
      async () => !(await text(page.locator('.quick-input-list'))).includes('1.1-01'),
      () => text(page.locator('.quick-input-list')),
    );
    expect(await text(page.locator('.quick-input-list'))).not.toMatch(/^2\.4-02/);
    await page.locator('.quick-input-widget input').fill('3.4-03');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: '3.4-03' }).first();
    await until(
      '3.4-03 offered',
      () => row.isVisible(),
      () => text(page.locator('.quick-input-widget')),
    );
    await s.shot('06d-new-criterion-pick');
    await page.keyboard.press('Enter');
    const tab = page.locator('.tabs-container .tab.active', { hasText: '3.4-03.yaml' });
    await until(
      'the new file opened',
      () => tab.isVisible(),
      () => text(page.locator('.tabs-container')),
    );
    await until('its text', async () => /criterion: 3\.4-03/.test(await editorText()), editorText);
    expect(fs.readFileSync(path.join(s.workspace, 'criteres', '3.4-03.yaml'), 'utf8')).toMatch(
      /^# 3\.4-03 — L’établissement agit pour la transition écologique\n/,
    );
    await s.shot('06e-new-criterion-written');
    // leave the dossier as the next checks expect it (only this editor closed: the others keep their unsaved edits)
    await command('View: Close Editor');
    await until(
      'the new file closed',
      async () => !(await tab.isVisible()),
      () => text(page.locator('.tabs-container')),
    );
    fs.rmSync(path.join(s.workspace, 'criteres', '3.4-03.yaml'));
    const gone = page.locator('.explorer-folders-view .monaco-list-row[aria-label="3.4-03.yaml"]');
    await until(
      'the explorer without 3.4-03.yaml',
      async () => (await gone.count()) === 0,
      () => text(page.locator('.explorer-folders-view')),
    );
  });

  it('applies the quick fix "add the missing elements" and the diagnostic disappears', async () => {
    await openFile('criteres/3.4-06.yaml');
    await goTo(3, 2);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Ajouter les éléments manquants (ee03, ee04)' });
    await until(
      'the quick fix',
      () => fix.isVisible(),
      () => text(page.locator('.action-widget')),
    );
    await s.shot('07-quick-fix-menu');
    // the menu opens with the preferred fix focused; pick it by keyboard, as a user does
    while ((await fix.getAttribute('class'))?.includes('focused') !== true) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await until(
      'missing-element gone',
      async () => !(await problems()).some(p => p.includes('missing-element') && p.includes('3.4-06')),
      async () => (await problems()).join('\n'),
    );
    expect(await editorText()).toMatch(/ee03:\s*status: a-evaluer\s*ee04:\s*status: a-evaluer/);
    await s.shot('08-quick-fix-applied');
  });

  it('goes to the evidence file on F12, and shows French messages (hasDossier.language: fr)', async () => {
    await openFile('criteres/3.4-05.yaml');
    await goTo(10, 25);
    await page.keyboard.press('F12');
    const tab = page.locator('.tabs-container .tab.active', { hasText: 'cartographie-dmn.xlsx' });
    await until(
      'the evidence file opened',
      () => tab.isVisible(),
      () => text(page.locator('.tabs-container')),
    );
    await s.shot('09-definition');
    await showProblems();
    const rows = await problems();
    expect(rows.some(p => p.includes('Action en retard'))).toBe(true);
    await s.shot('10-french');
  });

  it('shows the Dossier view (chapter → objective → criterion → element) and opens an element at its line', async () => {
    const header = page.locator('.pane-header', { hasText: /^Dossier/i }).first();
    await until(
      'the Dossier view',
      () => header.isVisible(),
      () => text(page.locator('.sidebar')),
    );
    // give the view the room of the file tree (its list only renders the rows it shows)
    const folders = page.locator('.pane-header', { hasText: /^ch-exemple/i }).first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const view = page.locator('.pane', { has: header }).locator('.pane-body');
    // a row's text is its label then its description
    const row = (label: string) =>
      view
        .locator('.monaco-list-row')
        .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
        .first();
    // with its counts: the server's tree (before it, the view shows the chapters alone, « vérification… »)
    await until(
      'chapter 3 in the view, with its counts',
      async () => (await row('3 L’établissement').isVisible()) && /déclaré/.test(await text(row('3 L’établissement'))),
      () => text(view),
    );
    // every chapter and objective of the manual, with its title
    const shownView = await text(view);
    for (const title of [
      '1 Le patient',
      '1.1 Le respect des droits du patient',
      '1.2 L’information du patient',
      '1.3 L’engagement du patient dans son projet de soins',
      '1.4 L’implication des patients et de leurs représentants dans la vie de l’établissement',
      '2 Les équipes de soins',
      '2.1 La coordination des équipes pour la prise en charge du patient',
      '2.2 La maîtrise des risques liés aux pratiques',
      '2.3 La sécurité dans les secteurs à risques majeurs',
      '2.4 La culture de la pertinence et de l’évaluation',
      '3 L’établissement',
      '3.1 Le management global par la qualité et la sécurité des soins',
      '3.2 La maîtrise des ressources professionnelles et des compétences',
      '3.3 Le positionnement territorial',
      "3.4 L'adaptation à des soins écoresponsables et aux innovations numériques",
    ])
      expect(shownView).toContain(title);
    await row("3.4 L'adaptation").click();
    await until(
      'criterion 3.4-05 with its counts',
      async () => /3\.4-05\s*déclaré 4\/5 · 80 % · prouvé 3\/5 · 60 %/.test(await text(view)),
      () => text(view),
    );
    await row('3.4-05').locator('.monaco-tl-twistie').click(); // the row itself opens the file
    await until(
      'element ee03 of 3.4-05',
      async () => /ee03\s*partiel/.test(await text(view)),
      () => text(view),
    );
    await s.shot('11-dossier-view');
    await row('ee03').click();
    const tab = page.locator('.tabs-container .tab.active', { hasText: '3.4-05.yaml' });
    await until(
      '3.4-05.yaml opened from the view',
      () => tab.isVisible(),
      () => text(page.locator('.tabs-container')),
    );
    await until(
      'the cursor on the ee03 line',
      async () => /Ln 26, Col 1/.test(await text(page.locator('.statusbar'))),
      () => text(page.locator('.statusbar')),
    );
  });

  it('opens the coverage report in a webview, kept current, whose links open the files', async () => {
    await command('has-dossier: Open the coverage report');
    const tab = page.locator('.tabs-container .tab', { hasText: 'Coverage report' });
    await until(
      'the report tab',
      () => tab.isVisible(),
      () => text(page.locator('.tabs-container')),
    );
    const reportFrame = async () => {
      for (const f of page.frames())
        if (
          await f
            .locator('#h-coverage')
            .count()
            .catch(() => 0)
        )
          return f;
      return undefined;
    };
    await until(
      'the report in the webview',
      async () => Boolean(await reportFrame()),
      async () =>
        page
          .frames()
          .map(f => f.url())
          .join('\n'),
    );
    expect(await (await reportFrame())!.locator('tr.criterion[data-criterion="3.4-05"] td[data-count="conforme"]').innerText()).toBe('4');
    // every chapter and objective with its title; the scope's criteria without a file are listed
    const coverage = await (await reportFrame())!.locator('body').innerText();
    for (const title of [
      'Le patient',
      'Le respect des droits du patient',
      'L’information du patient',
      'L’engagement du patient dans son projet de soins',
      'L’implication des patients et de leurs représentants dans la vie de l’établissement',
      'Les équipes de soins',
      'La coordination des équipes pour la prise en charge du patient',
      'La maîtrise des risques liés aux pratiques',
      'La sécurité dans les secteurs à risques majeurs',
      'La culture de la pertinence et de l’évaluation',
      'L’établissement',
      'Le management global par la qualité et la sécurité des soins',
      'La maîtrise des ressources professionnelles et des compétences',
      'Le positionnement territorial',
      "L'adaptation à des soins écoresponsables et aux innovations numériques",
    ])
      expect(coverage).toContain(title);
    expect(await (await reportFrame())!.locator('tr.criterion[data-criterion="2.3-11"]').count()).toBe(1); // maternité, in scope, no file
    expect(await (await reportFrame())!.locator('tr.criterion[data-criterion="2.1-10"]').count()).toBe(0); // psychiatry, outside the scope
    await s.shot('12-report-webview');
    // a file changed on disk: the open report follows
    fs.writeFileSync(path.join(s.workspace, 'criteres', '3.2-01.yaml'), 'criterion: 3.2-01\nelements:\n  ee01:\n    status: conforme\n');
    const conforme = async () =>
      (await (
        await reportFrame()
      )
        ?.locator('tr.criterion[data-criterion="3.2-01"] td[data-count="conforme"]')
        .innerText()
        .catch(() => '')) ?? '';
    await until('the report updated after the file changed', async () => (await conforme()) === '1', conforme);
    await (await reportFrame())!.locator('#gaps a', { hasText: 'criteres/3.1-07.yaml:40' }).click();
    await until(
      '3.1-07.yaml opened from the report',
      () => page.locator('.tabs-container .tab', { hasText: '3.1-07.yaml' }).isVisible(),
      () => text(page.locator('.tabs-container')),
    );
  });
});

/** The webview frame that holds the report (code-server nests it in two iframes). */
async function reportFrame() {
  for (const f of page.frames())
    if (
      await f
        .locator('#h-coverage')
        .count()
        .catch(() => 0)
    )
      return f;
  return undefined;
}
const inEditor = () => page.evaluate(() => Boolean(document.activeElement?.closest('.editor-instance .monaco-editor')));
const activeTab = () =>
  page
    .locator('.tabs-container .tab.active')
    .allInnerTexts()
    .then(ts => ts.join(' | '));

/** Types `chars` one by one, slowly enough that the server re-checks (and the report re-renders) between keystrokes. */
async function typeSlowly(chars: string): Promise<void> {
  for (const ch of chars) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(90);
  }
}

describe('the coverage report never gets in the way (issue 20, points 1–2)', () => {
  const TITLE_LINE = 7; // `      - title: Cartographie des outils innovants` in the prepared 3.4-06
  const evidenceTitles = async () =>
    (await (
      await reportFrame()
    )
      ?.locator('#evidence')
      .innerText()
      .catch(() => '')) ?? '';

  it('in the same group: 40 typed characters all reach the file, the report follows, the focus stays in the editor', async () => {
    await command('View: Close All Editors');
    await openFile('criteres/3.4-06.yaml');
    await command('has-dossier: Open the coverage report');
    await until(
      'the report in the webview',
      async () => Boolean(await reportFrame()),
      async () =>
        page
          .frames()
          .map(f => f.url())
          .join('\n'),
    );
    // back to the file, in the same group, behind the report tab
    await page.locator('.tabs-container .tab', { hasText: '3.4-06.yaml' }).click();
    await goTo(TITLE_LINE, 200);
    const typed = ' Abcdefghijklmnopqrstuvwxyz0123456789ABC';
    expect(typed.length).toBe(40);
    await typeSlowly(typed);
    await until('all 40 characters in the file', async () => (await editorText()).includes(`Cartographie des outils innovants${typed}`), editorText);
    expect(await activeTab()).toMatch(/3\.4-06\.yaml/);
    expect(await inEditor()).toBe(true);
    // the hidden report was re-rendered all the same: shown again, it has the new title
    await page.locator('.tabs-container .tab', { hasText: 'Coverage report' }).click();
    await until('the report with the typed title', async () => (await evidenceTitles()).includes(`innovants${typed}`), evidenceTitles);
  });

  it('beside the editor: typing re-renders the report and never moves the focus; its scroll survives a re-render and a link click', async () => {
    await command('View: Move Editor into Right Group');
    await until('the report in the right group', async () => (await page.locator('.editor-group-container').count()) === 2, activeTab);
    await page.locator('.editor-group-container').first().locator('.tabs-container .tab', { hasText: '3.4-06.yaml' }).click();
    await goTo(TITLE_LINE, 200);
    const typed = ' EFGHIJKLMNOPQRSTUVWXYZ-abcdefghijklmnop';
    expect(typed.length).toBe(40);
    await typeSlowly(typed);
    await until('the beside report with the typed title', async () => (await evidenceTitles()).includes(`${typed}`), evidenceTitles);
    expect(await editorText()).toContain(`innovants A`);
    expect(await editorText()).toContain(typed);
    expect(await inEditor()).toBe(true);
    await s.shot('13-report-beside');

    // scroll down to the gaps, then let a check re-render the report
    const frame = (await reportFrame())!;
    const y0 = await frame.evaluate(() => {
      document.querySelector('#gaps')!.scrollIntoView();
      return window.scrollY;
    });
    expect(y0).toBeGreaterThan(500);
    await page.waitForTimeout(200); // the scroll position is stored on the next frame
    await typeSlowly('!');
    await until('the report re-rendered after a keystroke', async () => (await evidenceTitles()).includes(`${typed}!`), evidenceTitles);
    const scrollY = async () => String(await (await reportFrame())!.evaluate(() => window.scrollY));
    expect(Number(await scrollY())).toBe(y0);
    expect(await inEditor()).toBe(true);

    // a link of the gaps table: the file opens in the other group, the report stays where it was
    const link = (await reportFrame())!.locator('#gaps a', { hasText: 'criteres/3.1-07.yaml:40' });
    await link.scrollIntoViewIfNeeded();
    const y1 = Number(await scrollY());
    await page.waitForTimeout(200);
    await (await reportFrame())!.evaluate(() => {
      (window as unknown as { kept: number }).kept = 1;
    });
    await link.click();
    await until('3.1-07.yaml opened from the report', async () => /3\.1-07\.yaml/.test(await activeTab()), activeTab);
    expect(await page.locator('.editor-group-container').count()).toBe(2);
    expect(await (await reportFrame())!.evaluate(() => (window as unknown as { kept?: number }).kept)).toBe(1); // the same page, not reloaded
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(200);
      expect(Number(await scrollY())).toBe(y1);
    }
    await s.shot('14-report-after-link');
    await page.keyboard.press('Control+Z');
  });
});

describe('completion and quick fixes leave the text right and the cursor where the user types next (issue 20, points 3–4)', () => {
  const DRAFT = 'criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme\n  ee02:\n    status: non-applicable\n';
  const draft = () => path.join(s.workspace, 'criteres', 'brouillon.yaml');
  /** Saves (Ctrl+S) and waits for the file on disk to hold exactly `expected`. */
  const savedAs = async (expected: string) => {
    await page.keyboard.press('Control+S');
    const onDisk = () => fs.readFileSync(draft(), 'utf8');
    await until(
      'the saved file',
      async () => onDisk() === expected,
      async () => JSON.stringify(onDisk()),
      10_000,
    );
  };

  it('"Add a justification" selects its placeholder, which stays reported until the reason is typed over it', async () => {
    await command('View: Close All Editors');
    fs.writeFileSync(draft(), DRAFT);
    await openFile('criteres/brouillon.yaml');
    await showProblems();
    const justification = (re: RegExp) => async () =>
      (await problems()).some(p => p.includes('missing-justification') && p.includes('3.4-06-ee02') && re.test(p));
    await until('missing-justification on the draft', justification(/sans justification/), async () => (await problems()).join('\n'));
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await goTo(6, 14);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Ajouter une justification' });
    await until(
      'the justification fix',
      () => fix.isVisible(),
      () => text(page.locator('.action-widget')),
    );
    while ((await fix.getAttribute('class'))?.includes('focused') !== true) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // the placeholder, in French, selected; still reported
    await until(
      'the placeholder selected',
      async () => /Ln 7, Col 75 \(54 (sélectionnés|selected)\)/.test(await text(page.locator('.statusbar'))),
      () => text(page.locator('.statusbar')),
    );
    await until('the placeholder still reported', justification(/encore à compléter/), async () => (await problems()).join('\n'));
    await s.shot('15-justification-placeholder');
    await page.keyboard.type('Aucun outil concerné.');
    await savedAs(
      'criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme\n  ee02:\n    status: non-applicable\n    justification: "Aucun outil concerné."\n',
    );
    await until(
      'missing-justification gone',
      async () => !(await problems()).some(p => p.includes('missing-justification') && p.includes('3.4-06-ee02')),
      async () => (await problems()).join('\n'),
    );
  });

  it('accepting an ee completion writes it at the right indentation, its status selected to be typed over', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('  ee');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await until(
      'the suggest widget',
      async () => (await rows.count()) > 0,
      () => text(page.locator('.suggest-widget')),
    );
    expect(await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts()).toEqual(['ee03', 'ee04']);
    await page.keyboard.press('Enter');
    await until(
      'the status selected',
      async () => /Ln 9, Col 22 \(9 (sélectionnés|selected)\)/.test(await text(page.locator('.statusbar'))),
      () => text(page.locator('.statusbar')),
    );
    await page.keyboard.type('partiel');
    await savedAs(
      'criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme\n  ee02:\n    status: non-applicable\n    justification: "Aucun outil concerné."\n  ee03:\n    status: partiel',
    );
    await command('View: Close All Editors');
    fs.rmSync(draft());
  });
});

describe('a broken file (issue 20, point 5)', () => {
  it('shows each YAML syntax error once, in French, at the token, and nothing the broken parse cannot tell', async () => {
    // the example's 3.1-08 broken on disk: its elements are known (ee01 … ee04), none is said missing beside the error
    const broken = path.join(s.workspace, 'criteres', '3.1-08.yaml');
    const before = fs.readFileSync(broken, 'utf8');
    fs.writeFileSync(broken, 'criterion: 3.1-08\nelements: [ {\n');
    await openFile('criteres/3.1-08.yaml');
    await showProblems();
    const filter = page.getByPlaceholder('Filter (e.g. text, **/*.ts, !**/node_modules/**)');
    await filter.fill('3.1-08.yaml');
    const rows = async () => (await problems()).filter(p => /\[Ln \d+, Col \d+\]$/.test(p));
    await until(
      'the syntax error in Problems',
      async () => (await rows()).some(p => p.includes('yaml-syntax')),
      async () => (await problems()).join('\n'),
    );
    await page.waitForTimeout(500); // nothing else comes
    expect(await rows()).toEqual(["« [ » ouvert ici n'est jamais refermé : il manque « } » puis « ] ».has-dossieryaml-syntax[Ln 2, Col 11]"]);
    await s.shot('16-syntax-error-once');
    await filter.fill('');
    await command('View: Close All Editors');
    fs.writeFileSync(broken, before);
  });
});

describe('a new file being typed, the status bar, Check again and the code lens (issue 20, points 6, 8 and 10)', () => {
  const status = () => page.locator('[id="has-dossier.has-dossier.hasDossier.status"]');
  const filter = () => page.getByPlaceholder('Filter (e.g. text, **/*.ts, !**/node_modules/**)');
  /** The Problems rows of one file: those under its header row (the list only renders the rows it shows: filtered to the file). */
  const rowsOf = async (file: string) => {
    if ((await filter().inputValue()) !== file) await filter().fill(file);
    const rows = await problems();
    const at = rows.findIndex(r => r.startsWith(file));
    if (at < 0) return [];
    const out: string[] = [];
    for (const r of rows.slice(at + 1)) {
      if (!/\[Ln \d+, Col \d+\]$/.test(r)) break;
      out.push(r);
    }
    return out;
  };

  it('typing `criterion: ` in a new file raises one plain message per problem; no alarm colour, no code lens without a code', async () => {
    await command('View: Close All Editors');
    const file = path.join(s.workspace, 'criteres', 'nouveau.yaml');
    fs.writeFileSync(file, '');
    await openFile('criteres/nouveau.yaml');
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.type('criterion: ');
    await showProblems();
    const expected = [
      'Clé obligatoire « elements » absente de la racine du fichier.has-dossierschema[Ln 1, Col 1]',
      'Clé « criterion » sans valeur : indiquez le code du critère (ex. 3.4-05).has-dossierunknown-criterion[Ln 1, Col 1]',
    ];
    await until(
      "the new file's problems",
      async () => JSON.stringify((await rowsOf('nouveau.yaml')).sort()) === JSON.stringify([...expected].sort()),
      async () => (await rowsOf('nouveau.yaml')).join('\n'),
    );
    await page.waitForTimeout(500); // nothing else comes
    const rows = await rowsOf('nouveau.yaml');
    expect(rows.sort()).toEqual([...expected].sort());
    // no JSON pointer, no JavaScript type anywhere in Problems
    expect((await problems()).filter(r => /de type (string|object|null)|trouvé : null|absente de \/\.|\.0\./.test(r))).toEqual([]);
    // the status bar counts the errors without turning red (the example has errors of its own)
    expect(await status().getAttribute('class')).not.toMatch(/has-background-color/);
    // no coverage lens while the code is not written (it read ": 0 conforme…")
    expect(await page.locator('.editor-instance .codelens-decoration').count()).toBe(0);
    await s.shot('17-new-file-typing');
    await filter().fill('');
    await command('File: Revert File');
    await command('View: Close Editor');
    fs.rmSync(file);
    const gone = page.locator('.explorer-folders-view .monaco-list-row[aria-label="nouveau.yaml"]');
    await until(
      'the explorer without nouveau.yaml',
      async () => (await gone.count()) === 0,
      () => text(page.locator('.explorer-folders-view')),
    );
  });

  it('"Check the dossier again" says what it found; the status tooltip names the dossier by its folder', async () => {
    await command('has-dossier: Check the dossier again');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Dossier ch-exemple vérifié' });
    await until(
      'the feedback of Check again',
      () => toast.isVisible(),
      () => text(page.locator('.notifications-toasts')),
    );
    expect(await text(toast)).toMatch(/Dossier ch-exemple vérifié : \d+ erreurs?, \d+ avertissements?, \d+ infos?\./);
    await s.shot('18-check-again');
    await status().hover();
    const tip = page.locator('.monaco-hover:visible, .workbench-hover:visible').first();
    await until(
      'the status tooltip',
      async () => /ch-exemple : \d+ erreurs?/.test(await text(tip)),
      () => text(tip),
    );
    const shown = await text(tip);
    expect(shown).not.toContain(s.workspace); // no absolute path
    expect(shown).toMatch(/^ch-exemple : \d+ erreurs?, \d+ avertissements?, \d+ infos?, \d+ dérogés? \(manuel has-es-2025, au 2026-11-23\)/);
    expect(shown).not.toMatch(/\(certification:\)/);
    await s.shot('19-status-tooltip');
    await page.mouse.move(600, 500);
  });

  it('the code lens over `criterion:` shows the criterion in the Dossier view, whose toolbar refreshes and opens the report', async () => {
    await openFile('criteres/3.4-05.yaml');
    await page.keyboard.press('Control+Home');
    const lens = page.locator('.editor-instance .codelens-decoration a').first();
    await until(
      'the code lens',
      async () => /^3\.4-05 : \d+ conformes?/.test(await text(lens)),
      () => text(page.locator('.editor-instance .codelens-decoration')),
    );
    await lens.click();
    const header = page.locator('.pane-header', { hasText: /^Dossier/i }).first();
    const view = page.locator('.pane', { has: header }).locator('.pane-body');
    const selected = view.locator('.monaco-list-row.selected', { hasText: /^3\.4-05/ });
    await until(
      '3.4-05 selected in the Dossier view',
      () => selected.isVisible(),
      () => text(view),
    );
    // the mark of a group says what it means (a non-compliant element is not an error of the files)
    await s.shot('20-code-lens-reveal');
    for (const label of ['Check the dossier again', 'Open the coverage report']) {
      expect(await header.locator(`.actions .action-label[aria-label="${label}"]`).count()).toBe(1);
    }
  });
});
