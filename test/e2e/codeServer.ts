/**
 * A real VS Code (code-server) with the packaged extension installed, in a fresh user-data and
 * extensions folder, on a copy of the example dossier; driven by Debian's Chromium through
 * playwright-core. Everything waits on concrete conditions; a failure says what the page showed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const REPO = path.resolve(__dirname, '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE = process.env.HAS_DOSSIER_CACHE ?? path.join(os.homedir(), '.cache', 'has-dossier');
export const CODE_SERVER = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTEFACTS = path.join(REPO, 'test-results', 'e2e');

export interface Session {
  page: Page;
  browser: Browser;
  server: ChildProcess;
  workspace: string;
  url: string;
  screenshots: string[];
  shot(name: string): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitHttp(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > end) throw new Error(`code-server did not answer on ${url}`);
    await new Promise(r => setTimeout(r, 250));
  }
}

/**
 * `name` names this file's folder of screenshots, test-results/e2e/<name>/ (emptied when the session
 * starts, so it holds this run's only; the folders of the other e2e files stay).
 */
export interface SessionOptions {
  /** other extensions installed beside ours (their .vsix), as a user has them */
  extensions?: string[];
  /** run in the page before the workbench loads (e.g. to time what it shows) */
  initScript?: string;
  /** user settings beside the suite's */
  settings?: Record<string, unknown>;
}

export async function startSession(prepare: (workspace: string) => void = () => undefined, name = 'vscode', options: SessionOptions = {}): Promise<Session> {
  for (const [what, p] of [
    ['code-server (bash scripts/e2e-setup.sh)', CODE_SERVER],
    ['chromium (apt-get install chromium)', CHROMIUM],
    ['the .vsix (npm run package)', path.join(REPO, 'has-dossier.vsix')],
  ]) {
    if (!fs.existsSync(p)) throw new Error(`missing ${what}: ${p}`);
  }
  const shots = path.join(ARTEFACTS, name);
  fs.rmSync(shots, { recursive: true, force: true }); // this run's screenshots only
  fs.mkdirSync(shots, { recursive: true });
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-e2e-'));
  const userData = path.join(base, 'user-data');
  const extensions = path.join(base, 'extensions');
  const workspace = path.join(base, 'ch-exemple');
  fs.cpSync(path.join(REPO, 'examples', 'ch-exemple'), workspace, { recursive: true });
  prepare(workspace);
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'hasDossier.asOf': '2026-11-23',
        'hasDossier.language': 'fr',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'editor.hover.delay': 100,
        'editor.quickSuggestions': { other: false, comments: false, strings: false },
        'workbench.colorTheme': 'Default Light Modern',
        ...options.settings,
      },
      null,
      2,
    ),
  );
  execFileSync(CODE_SERVER, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', path.join(REPO, 'has-dossier.vsix')], {
    stdio: 'pipe',
  });
  for (const vsix of options.extensions ?? []) {
    execFileSync(CODE_SERVER, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { stdio: 'pipe' });
  }
  const port = await freePort();
  // detached: its own process group (Node calls setsid), so that stop() ends code-server and every
  // process it forked; wrapping it in setsid(1) would fork into another group that outlives the tests
  const server = spawn(
    CODE_SERVER,
    [
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--locale',
      'fr',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      workspace,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const serverLog: string[] = [];
  server.stdout!.on('data', d => serverLog.push(String(d)));
  server.stderr!.on('data', d => serverLog.push(String(d)));
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  await waitHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const session: Session = {
    page,
    browser,
    server,
    workspace,
    url,
    screenshots: [],
    async shot(shot) {
      const file = path.join(shots, `${shot}.png`);
      await page.screenshot({ path: file });
      session.screenshots.push(file);
    },
    async stop() {
      await browser.close().catch(() => undefined);
      try {
        process.kill(-server.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
      fs.writeFileSync(path.join(shots, 'code-server.log'), serverLog.join(''));
      fs.writeFileSync(path.join(shots, 'screenshots.txt'), session.screenshots.map(f => path.basename(f)).join('\n') + '\n');
      // what a user sees (Problems, hovers, the Dossier view, the report …), for a reviewer to look at
      process.stdout.write(`\nScreenshots of this run (not committed): ${shots}\n  ${session.screenshots.map(f => path.basename(f)).join('\n  ')}\n`);
    },
  };
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return session;
}
