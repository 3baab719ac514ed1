/**
 * has-dossier beside Red Hat's YAML extension (issue 20, point 5), in code-server: a stand-in with
 * Red Hat's id (test/e2e/redhat-yaml/, not shipped) runs this repository's yaml-language-server for
 * the YAML files with the yaml.* settings, as Red Hat's does. A broken dossier file, then each answer
 * to has-dossier's offer: "Let has-dossier report them" (yaml.validate: false in the workspace: each
 * syntax error once, has-dossier's, in French), "Keep both" (both reports, as the user chose).
 * Screenshots go to test-results/e2e/redhat-<answer>/ (not committed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSession, type Session } from './codeServer.js';
import { buildRedHatYaml } from './redHat.js';
import { text, ui } from './ui.js';

const BROKEN = 'criterion: 3.4-06\nelements: [ {\n';
const OURS = "« [ » ouvert ici n'est jamais refermé : il manque « } » puis « ] ».has-dossieryaml-syntax[Ln 2, Col 11]";
const OFFER = 'The YAML extension (Red Hat) also reports the syntax errors of the dossier files, in English';

let s: Session | undefined;
afterEach(async () => {
  await s?.stop();
  s = undefined;
});

/** A session with both extensions, the broken file open and has-dossier's offer on screen. */
async function withBoth(name: string) {
  const redHat = buildRedHatYaml();
  s = await startSession(ws => fs.writeFileSync(path.join(ws, 'criteres', 'casse.yaml'), BROKEN), name, { extensions: [redHat] });
  const u = ui(s);
  await u.firstCheck();
  await u.openFile('criteres/casse.yaml');
  await u.showProblems();
  const rows = () => u.problemsOf('casse.yaml');
  // Red Hat's server reports the file too (source "YAML"): each error twice until the user answers
  await u.until(
    'both reports of casse.yaml',
    async () => (await rows()).includes(OURS) && (await rows()).some(r => /YAML\[Ln/.test(r)),
    async () => (await rows()).join('\n'),
    60_000,
  );
  const offer = s.page.locator('.notifications-toasts .notification-toast', { hasText: OFFER });
  await u.until(
    "has-dossier's offer",
    () => offer.isVisible(),
    () => text(s!.page.locator('.notifications-toasts')),
  );
  await s.shot(`${name}-01-before-the-answer`);
  return { u, rows, offer, session: s };
}

describe("a broken dossier file beside Red Hat's YAML extension (issue 20, point 5)", () => {
  it(
    '"Let has-dossier report them": each syntax error shows once, in French, at the token; yaml.validate is false in the workspace',
    { timeout: 240_000 },
    async () => {
      const { u, rows, offer, session } = await withBoth('redhat-let-has-dossier');
      const before = await rows();
      expect(before.filter(r => r === OURS)).toHaveLength(1);
      await offer.locator('.monaco-button', { hasText: 'Let has-dossier report them' }).click();
      await u.until(
        "Red Hat's report gone",
        async () => !(await rows()).some(r => /YAML\[Ln/.test(r)),
        async () => (await rows()).join('\n'),
        30_000,
      );
      await session.page.waitForTimeout(1_000); // nothing comes back
      // the syntax errors, whoever reports them (has-dossier's rules report on the file's criterion beside)
      expect((await rows()).filter(r => /(yaml-syntax|YAML)\[Ln \d+, Col \d+\]$/.test(r))).toEqual([OURS]);
      const settings = JSON.parse(fs.readFileSync(path.join(session.workspace, '.vscode', 'settings.json'), 'utf8'));
      expect(settings['yaml.validate']).toBe(false);
      await session.shot('redhat-let-has-dossier-02-once');
      await u.clearProblemsFilter();
    },
  );

  it(
    '"Keep both": both reports stay, has-dossier\'s in French and Red Hat\'s in English, and nothing is written in the workspace settings',
    { timeout: 240_000 },
    async () => {
      const { u, rows, offer, session } = await withBoth('redhat-keep-both');
      await offer.locator('.monaco-button', { hasText: 'Keep both' }).click();
      await u.until(
        'the offer gone',
        async () => !(await offer.isVisible()),
        () => text(session.page.locator('.notifications-toasts')),
      );
      await session.page.waitForTimeout(1_000);
      const shown = await rows();
      expect(shown.filter(r => r === OURS)).toHaveLength(1);
      const theirs = shown.filter(r => /YAML\[Ln/.test(r));
      expect(theirs.length).toBeGreaterThan(0);
      process.stdout.write(`\nKeep both: has-dossier's row and ${theirs.length} of Red Hat's:\n  ${[OURS, ...theirs].join('\n  ')}\n`);
      expect(fs.existsSync(path.join(session.workspace, '.vscode', 'settings.json'))).toBe(false);
      await session.shot('redhat-keep-both-02-both');
      await u.clearProblemsFilter();
    },
  );
});
