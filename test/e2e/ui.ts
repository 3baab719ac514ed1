/**
 * What a user does in code-server, as helpers over one session: wait for what the page shows,
 * run a command from the palette, open a file from the explorer, read the Problems panel.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';
import type { Session } from './codeServer.js';

export async function text(locator: Locator): Promise<string> {
  // Monaco renders spaces as U+00A0
  return (await locator.allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
}

export function ui(s: Session) {
  const page = s.page;

  /** Waits until `probe` returns true; on timeout, fails with what `describeState` says of the page. */
  async function until(what: string, probe: () => Promise<boolean>, describeState: () => Promise<string>, timeoutMs = 30_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      if (await probe().catch(() => false)) return;
      if (Date.now() > end) {
        await s.shot(`failure-${what.replace(/\W+/g, '-')}`).catch(() => undefined);
        throw new Error(`timed out waiting for ${what}; the page shows:\n${(await describeState().catch(e => String(e))).slice(0, 3000)}`);
      }
      await page.waitForTimeout(100);
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

  /** Each Problems row's text: message, source, code and [Ln, Col] (file rows: name, folder, count). */
  const problems = (): Promise<string[]> => page.locator('.markers-panel .monaco-list-row').evaluateAll(rows => rows.map(r => r.textContent ?? ''));

  async function showProblems(): Promise<void> {
    await command('View: Focus Problems');
    await page.locator('.markers-panel').waitFor({ state: 'visible' });
  }

  const filter = () => page.getByPlaceholder('Filter (e.g. text, **/*.ts, !**/node_modules/**)');
  /** The Problems rows of one file, the panel filtered to it (its list only renders the rows it shows). */
  async function problemsOf(file: string): Promise<string[]> {
    if ((await filter().inputValue()) !== file) {
      const before = JSON.stringify(await problems());
      await filter().fill(file);
      // the panel filters a moment later
      const end = Date.now() + 3_000;
      while (Date.now() < end - 2_000 && JSON.stringify(await problems()) === before) await page.waitForTimeout(100);
      const shown = async () => {
        const files = (await problems()).filter(r => !/\[Ln \d+, Col \d+\]$/.test(r));
        return files.length > 0 && files.every(r => r.startsWith(file));
      };
      while (Date.now() < end && !(await shown())) await page.waitForTimeout(100);
    }
    const rows = await problems();
    const at = rows.findIndex(r => r.startsWith(file));
    if (at < 0) return [];
    const out: string[] = [];
    for (const r of rows.slice(at + 1)) {
      if (!/\[Ln \d+, Col \d+\]$/.test(r)) break;
      out.push(r);
    }
    return out;
  }
  /** The Problems rows whose message holds `words` (the panel filtered to them), file rows included. */
  async function problemsSaying(words: string): Promise<string[]> {
    if ((await filter().inputValue()) !== words) {
      const before = JSON.stringify(await problems());
      await filter().fill(words);
      const end = Date.now() + 3_000;
      // the panel filters a moment later: the rows change (unless the filter keeps them), then hold the words
      while (Date.now() < end - 2_000 && JSON.stringify(await problems()) === before) await page.waitForTimeout(100);
      const shown = async () => (await problems()).filter(r => /\[Ln \d+, Col \d+\]$/.test(r)).every(r => r.includes(words));
      while (Date.now() < end && !(await shown())) await page.waitForTimeout(100);
    }
    return problems();
  }
  const clearProblemsFilter = () => filter().fill('');

  async function openFile(rel: string): Promise<void> {
    const parts = rel.split('/');
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

  const statusBar = () => text(page.locator('.statusbar'));
  const hasDossierStatus = () => page.locator('[id="has-dossier.has-dossier.hasDossier.status"]');

  /** Saves (Ctrl+S) and waits for the file on disk to hold exactly `expected`. */
  async function savedAs(rel: string, expected: string): Promise<void> {
    await page.keyboard.press('Control+S');
    const onDisk = () => fs.readFileSync(path.join(s.workspace, rel), 'utf8');
    await until(
      `${rel} saved`,
      async () => onDisk() === expected,
      async () => JSON.stringify(onDisk()),
      10_000,
    );
    expect(onDisk()).toBe(expected);
  }

  /** Waits for the extension's first check (its counts in the status bar). */
  async function firstCheck(): Promise<void> {
    await until('the extension to activate', () => hasDossierStatus().isVisible(), statusBar, 60_000);
    await until(
      'the first check',
      async () => /HAS\s+\d+\s+\d+/.test(await hasDossierStatus().innerText()),
      () => hasDossierStatus().innerText(),
      60_000,
    );
  }

  return {
    page,
    until,
    command,
    problems,
    showProblems,
    problemsOf,
    problemsSaying,
    clearProblemsFilter,
    openFile,
    goTo,
    statusBar,
    hasDossierStatus,
    savedAs,
    firstCheck,
    text,
  };
}
