/**
 * `npm run bench`: has-dossier against the bare parse (the floor) and against yaml-language-server
 * (the peer a team would otherwise use), on the same generated dossiers in the same run, and the
 * language server's latencies. Medians after a warm-up; whole processes timed with
 * /usr/bin/time. Writes bench/RESULTS.md. `BENCH_QUICK=1` runs tiny sizes (the smoke test).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { CoverageTreeRequest, StatusNotification } from '../protocol/src/index.js';
import { generateGht, generateHospital, generateLarge } from './generate.js';
import { measureHostile } from './hostileBench.js';

const REPO = path.resolve(__dirname, '..');
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK ? 2 : 5;
const EDITS = QUICK ? 20 : 220;
const DATA = path.join(QUICK ? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')) : path.join(REPO, 'bench', 'data'));
const CLI = path.join(REPO, 'dist', 'cli.js');
const SERVER = path.join(REPO, 'dist', 'server.js');
const YAML_LS = path.join(REPO, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const PEER_TIMEOUT_MS = QUICK ? 60_000 : 300_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const mib = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;
const started = performance.now();
/** Each stage named on stderr with the time since the start, so that a run that stalls says where. */
/** A wait that fails with its name instead of stalling the run for ever (a lost notification, a dead server). */
function within<T>(what: string, p: Promise<T>, limitMs = PEER_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`stalled for ${limitMs / 1000} s: ${what}`)), limitMs);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}
const stage = (name: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${name}\n`);

/** Whole-process time (s → ms) and peak RSS (KiB) from /usr/bin/time. */
function timed(args: string[], cwd: string): { ms: number; rssKb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no timing for ${args.join(' ')}: ${r.stderr.slice(-300)}`);
  return { ms: Number(m[1]) * 1000, rssKb: Number(m[2]) };
}

function repeat(args: string[], cwd: string) {
  timed(args, cwd); // warm-up (file cache)
  const runs = Array.from({ length: RUNS }, () => timed(args, cwd));
  return { ms: median(runs.map(r => r.ms)), rssKb: median(runs.map(r => r.rssKb)) };
}

interface Lsp {
  connection: ProtocolConnection;
  kill(): void;
  published: Map<string, number>;
  onPublish: (uri: string) => void;
  pid?: number;
}

function startLsp(command: string[], handlers: (c: ProtocolConnection) => void): Lsp {
  const proc = spawn(process.execPath, command, { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const lsp: Lsp = {
    connection,
    published: new Map(),
    onPublish: () => undefined,
    kill: () => {
      connection.dispose();
      proc.kill();
    },
    pid: proc.pid,
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
    lsp.published.set(p.uri, p.diagnostics.length);
    lsp.onPublish(p.uri);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('$/progress', () => undefined);
  handlers(connection);
  connection.listen();
  return lsp;
}

/** A running process's peak RSS (KiB) so far, from /proc (Linux); undefined elsewhere. */
function peakRssKb(pid: number | undefined): number | undefined {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) || undefined;
  } catch {
    return undefined;
  }
}

function yamlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

const caps = {
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  window: { workDoneProgress: true },
  textDocument: { publishDiagnostics: {} },
};

/** yaml-language-server with the generated schemas: from `initialize` to diagnostics of every file (each must be opened). */
async function peerTime(root: string): Promise<number | undefined> {
  const files = yamlFiles(root);
  const settings = {
    yaml: {
      validate: true,
      hover: true,
      completion: true,
      format: { enable: false },
      schemas: {
        [URI.file(path.join(REPO, 'schemas', 'criterion.schema.json')).toString()]: ['criteres/*.yaml', '**/criteres/*.yaml'],
        [URI.file(path.join(REPO, 'schemas', 'dossier.schema.json')).toString()]: ['dossier.yaml', '**/dossier.yaml'],
      },
    },
  };
  const lsp = startLsp([YAML_LS, '--stdio'], c =>
    c.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map(i => (i.section === 'yaml' ? settings.yaml : i.section ? ((settings as Record<string, unknown>)[i.section] ?? null) : settings)),
    ),
  );
  try {
    const t0 = performance.now();
    await lsp.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: URI.file(root).toString(),
      workspaceFolders: [{ uri: URI.file(root).toString(), name: 'bench' }],
      capabilities: caps,
    });
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timeout')), PEER_TIMEOUT_MS);
      lsp.onPublish = () => {
        if (lsp.published.size >= files.length) {
          clearTimeout(timer);
          resolve();
        }
      };
    });
    await lsp.connection.sendNotification('initialized', {});
    await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    for (const f of files)
      await lsp.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: URI.file(f).toString(), languageId: 'yaml', version: 1, text: fs.readFileSync(f, 'utf8') },
      });
    await done;
    return performance.now() - t0;
  } catch {
    return undefined;
  } finally {
    lsp.kill();
  }
}

/** has-dossier's server: from `initialize` to the end of the first check of every dossier (its status notification). */
async function ourServer(root: string, debounceMs?: number) {
  let checked = 0;
  let expected = Infinity;
  let resolveDone!: () => void;
  const done = new Promise<void>(r => {
    resolveDone = r;
  });
  const lsp = startLsp([SERVER, '--stdio'], c => {
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ asOf: '2026-11-23', rules: {}, language: 'fr' })));
    c.onNotification(StatusNotification, s => {
      checked = s.dossiers.length;
      if (checked >= expected) resolveDone();
    });
  });
  const t0 = performance.now();
  await lsp.connection.sendRequest('initialize', {
    processId: process.pid,
    locale: 'fr',
    rootUri: URI.file(root).toString(),
    workspaceFolders: [{ uri: URI.file(root).toString(), name: 'bench' }],
    capabilities: caps,
    initializationOptions: { debounceMs },
  });
  expected = yamlFiles(root).filter(f => f.endsWith('dossier.yaml')).length;
  await lsp.connection.sendNotification('initialized', {});
  if (checked >= expected) resolveDone(); // every status arrived before the count was known
  await within(`the first check of ${root}`, done);
  return { lsp, startMs: performance.now() - t0 };
}

/** Keystrokes that each change the diagnostics (a status toggled between valid and not), time to their publication. */
async function editLatency(lsp: Lsp, file: string, line: number): Promise<number[]> {
  const uri = URI.file(file).toString();
  const text = fs.readFileSync(file, 'utf8');
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const lines = text.split('\n');
  const col = lines[line].indexOf('status: ') + 'status: '.length;
  const out: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const typing = i % 2 === 0;
    const published = new Promise<void>(resolve => {
      lsp.onPublish = u => {
        if (u === uri) resolve();
      };
    });
    const t0 = performance.now();
    await lsp.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [
        typing
          ? { range: { start: { line, character: col }, end: { line, character: col } }, text: 'x' }
          : { range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '' },
      ],
    });
    await within(`the diagnostics of edit ${i + 1} of ${file}`, published);
    if (i >= 20 || QUICK) out.push(performance.now() - t0);
  }
  return out;
}

async function requestLatency(lsp: Lsp, file: string, method: string, position: { line: number; character: number }): Promise<number[]> {
  const uri = URI.file(file).toString();
  const out: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const t0 = performance.now();
    await within(`${method} in ${file}`, lsp.connection.sendRequest(method, { textDocument: { uri }, position }));
    if (i >= 20 || QUICK) out.push(performance.now() - t0);
  }
  return out;
}

function firstStatusLine(file: string): number {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex(l => /^\s+status: conforme$/.test(l));
}

async function main() {
  if (!fs.existsSync(CLI) || !fs.existsSync(SERVER)) throw new Error('run `npm run build` first');
  fs.rmSync(DATA, { recursive: true, force: true });
  const sizes = QUICK
    ? { hospital: generateHospital(path.join(DATA, 'hospital')).length, ght: generateGht(path.join(DATA, 'ght'), 2026, 2, 10).length }
    : { hospital: generateHospital(path.join(DATA, 'hospital')).length, ght: generateGht(path.join(DATA, 'ght')).length };
  const largeRel = generateLarge(path.join(DATA, 'large'));
  const largeLines = fs.readFileSync(path.join(DATA, 'large', largeRel), 'utf8').split('\n').length;
  const rows: string[] = [];
  const say = (s: string) => {
    rows.push(s);
    console.log(s);
  };

  const sets = [
    ['hospital', path.join(DATA, 'hospital'), [] as string[]],
    ['large', path.join(DATA, 'large'), []],
    ['ght', path.join(DATA, 'ght'), ['--all']],
  ] as const;
  const cli: Record<string, { ms: number; rssKb: number }> = {};
  const floor: Record<string, { ms: number; rssKb: number }> = {};
  const floorJs: Record<string, { ms: number; rssKb: number }> = {};
  for (const [name, dir, extra] of sets) {
    stage(`cold checks: ${name}`);
    cli[name] = repeat([CLI, 'check', dir, ...extra, '--as-of', '2026-11-23', '--format', 'json'], DATA);
    floor[name] = repeat([path.join(REPO, 'bench', 'floor.cjs'), dir], DATA);
    floorJs[name] = repeat([path.join(REPO, 'bench', 'floor-jsyaml.cjs'), dir], DATA);
  }
  // the group with one worker thread: the memory-lean setting (`-j 1`)
  const ghtOneThread = repeat([CLI, 'check', path.join(DATA, 'ght'), '--all', '-j', '1', '--as-of', '2026-11-23', '--format', 'json'], DATA);
  const nodeAlone = repeat(['-e', '0'], DATA);
  const peer: Record<string, number | undefined> = {};
  const server: Record<string, number> = {};
  const serverRssKb: Record<string, number | undefined> = {};
  for (const [name, dir] of sets) {
    stage(`servers: ${name}`);
    if (name === 'ght' && !QUICK && process.env.BENCH_PEER_GHT !== '1') peer[name] = undefined;
    else peer[name] = await peerTime(dir);
    const { lsp, startMs } = await ourServer(dir);
    server[name] = startMs;
    serverRssKb[name] = peakRssKb(lsp.pid);
    lsp.kill();
  }
  // latencies, debounce 0 (the processing itself; editors add the 120 ms debounce on purpose)
  stage('keystroke latency: large');
  const large = await ourServer(path.join(DATA, 'large'), 0);
  const largeFile = path.join(DATA, 'large', largeRel);
  const editLarge = await editLatency(large.lsp, largeFile, firstStatusLine(largeFile));
  large.lsp.kill();
  stage('keystroke latency: ght');
  const ght = await ourServer(path.join(DATA, 'ght'), 0);
  const ghtFile = yamlFiles(path.join(DATA, 'ght')).find(f => f.includes('site-01') && f.includes('criteres') && firstStatusLine(f) > 0)!;
  const editGht = await editLatency(ght.lsp, ghtFile, firstStatusLine(ghtFile));
  ght.lsp.kill();
  stage('completion and hover: hospital');
  const hosp = await ourServer(path.join(DATA, 'hospital'), 0);
  const hospFile = path.join(DATA, 'hospital', 'criteres', '3.4-05.yaml');
  await hosp.lsp.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI.file(hospFile).toString(), languageId: 'yaml', version: 1, text: fs.readFileSync(hospFile, 'utf8') },
  });
  const completion = await requestLatency(hosp.lsp, hospFile, 'textDocument/completion', { line: firstStatusLine(hospFile), character: 12 });
  const hover = await requestLatency(hosp.lsp, hospFile, 'textDocument/hover', { line: 0, character: 13 });
  // the Dossier view's tree, from the check's result (no re-check): what the view waits for once the server has checked
  const tree: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const t0 = performance.now();
    await within('the coverage tree of hospital', hosp.lsp.connection.sendRequest(CoverageTreeRequest, {}));
    if (i >= 20 || QUICK) tree.push(performance.now() - t0);
  }
  hosp.lsp.kill();
  const hostile = await measureHostile({ data: DATA, quick: QUICK, repeat, cli: CLI, startServer: root => ourServer(root, 0), stage, within });
  stage('done');
  const vsix = path.join(REPO, 'has-dossier.vsix');

  const cpu = os.cpus()[0]?.model ?? '?';
  const yamlLs = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', 'yaml-language-server', 'package.json'), 'utf8')).version;
  say(`# Benchmark results${QUICK ? ' (quick smoke run, tiny sizes: not figures)' : ''}`);
  say('');
  say(
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} — ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, yaml-language-server ${yamlLs} (npm) on the same Node.`,
  );
  say(`Medians of ${RUNS} runs after a warm-up; whole processes timed with /usr/bin/time (elapsed, peak RSS).`);
  say('');
  say(
    `Dossiers (generated by bench/generate.ts, fixed seeds): hospital = ${sizes.hospital} criterion files; ght = ${sizes.ght} criterion files in ${QUICK ? 2 : 40} site dossiers; large = one criterion file of ${largeLines} lines.`,
  );
  say('');
  say('## Checking a dossier from cold');
  say('');
  say(
    '| dossier | has-dossier check | peak RSS | floor: read + parse with `yaml` alone | floor RSS | check / floor | read + load with `js-yaml` alone | yaml-language-server (initialize → all diagnostics) | peer / has-dossier CLI | has-dossier server (initialize → all diagnostics) | peer / has-dossier server |',
  );
  say('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [name] of sets) {
    const p = peer[name];
    say(
      `| ${name} | ${ms(cli[name].ms)} | ${mib(cli[name].rssKb)} | ${ms(floor[name].ms)} | ${mib(floor[name].rssKb)} | ${(cli[name].ms / floor[name].ms).toFixed(2)}× | ${ms(floorJs[name].ms)} | ${p === undefined ? (name === 'ght' ? 'not run (5,000 didOpen; `BENCH_PEER_GHT=1`)' : `> ${PEER_TIMEOUT_MS / 1000} s`) : ms(p)} | ${p === undefined ? '—' : `${(p / cli[name].ms).toFixed(1)}×`} | ${ms(server[name])} | ${p === undefined ? '—' : `${(p / server[name]).toFixed(1)}×`} |`,
    );
  }
  say('');
  say(
    `The language server's peak RSS once every diagnostic is published (it keeps each file parsed for incremental re-checks): ${sets.map(([n]) => `${n} ${serverRssKb[n] === undefined ? '—' : mib(serverRssKb[n]!)}`).join(', ')}.`,
  );
  say('');
  say(
    `ght with one worker thread (\`check --all -j 1\`): ${ms(ghtOneThread.ms)}, peak RSS ${mib(ghtOneThread.rssKb)}. A bare \`node -e 0\`: ${ms(nodeAlone.ms)}, ${mib(nodeAlone.rssKb)}.`,
  );
  say('');
  say('## Targets');
  say('');
  const holds = (ok: boolean) => (ok ? 'holds' : '**missed**');
  const peerRatios = sets
    .map(([n]) => n)
    .filter(n => peer[n] !== undefined)
    .map(n => peer[n]! / cli[n].ms);
  const floorRatios = sets.map(([n]) => cli[n].ms / floor[n].ms);
  say('| target | measured | |');
  say('|---|---|---|');
  say(
    `| whole check ≥ 5× faster than yaml-language-server | ${peerRatios.map(r => `${r.toFixed(1)}×`).join(', ')} (hospital, large) | ${holds(peerRatios.length > 0 && peerRatios.every(r => r >= 5))} |`,
  );
  say(`| whole check ≤ 2× the bare \`yaml\` parse | ${floorRatios.map(r => `${r.toFixed(2)}×`).join(', ')} | ${holds(floorRatios.every(r => r <= 2))} |`);
  say(`| one hospital checked cold ≤ 0.3 s | ${ms(cli.hospital.ms)} | ${holds(cli.hospital.ms <= 300)} |`);
  say(`| the ${sizes.ght}-file group ≤ 3 s | ${ms(cli.ght.ms)} (default threads), ${ms(ghtOneThread.ms)} (\`-j 1\`) | ${holds(cli.ght.ms <= 3000)} |`);
  say(
    `| … with peak RSS ≤ 120 MB | ${mib(cli.ght.rssKb)} (default threads), ${mib(ghtOneThread.rssKb)} (\`-j 1\`) | ${cli.ght.rssKb <= 120 * 1000 ? 'holds' : ghtOneThread.rssKb <= 120 * 1000 && ghtOneThread.ms <= 3000 ? 'holds with `-j 1`' : '**missed**'} |`,
  );
  say(
    `| per-edit diagnostics p95 ≤ 20 ms | ${ms(pct(editLarge, 95))} (large file), ${ms(pct(editGht, 95))} (GHT file) | ${holds(pct(editLarge, 95) <= 20 && pct(editGht, 95) <= 20)} |`,
  );
  say(`| completion and hover p95 ≤ 10 ms | ${ms(pct(completion, 95))}, ${ms(pct(hover, 95))} | ${holds(pct(completion, 95) <= 10 && pct(hover, 95) <= 10)} |`);
  const slowest = hostile.reduce((a, b) => (b.cliMs > a.cliMs ? b : a));
  const slowestHover = Math.max(...hostile.map(h => Math.max(h.openHoverMs, h.keystrokeHoverMs)));
  say(`| every hostile file (under 5 MB) checked in < 1 s | slowest: ${ms(slowest.cliMs)} (${slowest.name}) | ${holds(hostile.every(h => h.cliMs < 1000))} |`);
  say(`| hover answered ≤ 100 ms after a hostile file is opened or edited | slowest: ${ms(slowestHover)} | ${holds(slowestHover <= 100)} |`);
  say('');
  say('## Language server latencies (debounce 0: the processing; editors wait 120 ms after the last keystroke on purpose)');
  say('');
  say('| measure | p50 | p95 | samples |');
  say('|---|---|---|---|');
  say(`| keystroke → diagnostics, large file (${largeLines} lines) | ${ms(pct(editLarge, 50))} | ${ms(pct(editLarge, 95))} | ${editLarge.length} |`);
  say(
    `| keystroke → diagnostics, a file of the ${sizes.ght}-file GHT (its site re-checked) | ${ms(pct(editGht, 50))} | ${ms(pct(editGht, 95))} | ${editGht.length} |`,
  );
  say(`| completion (status values), hospital | ${ms(pct(completion, 50))} | ${ms(pct(completion, 95))} | ${completion.length} |`);
  say(`| hover (criterion code), hospital | ${ms(pct(hover, 50))} | ${ms(pct(hover, 95))} | ${hover.length} |`);
  say(`| Dossier view tree (\`hasDossier/coverageTree\`, every node), hospital | ${ms(pct(tree, 50))} | ${ms(pct(tree, 95))} | ${tree.length} |`);
  say('');
  say('## Hostile files (bench/hostile.ts, each under the 5 MB limit)');
  say('');
  say(
    'What someone with commit rights could add to slow the check down. CLI: a whole `check --format json` process, from cold. Server (debounce 0): the file opened, then a hover answered (it waits for the check); a keystroke, then a hover (it waits for the re-check), median of the edits.',
  );
  say('');
  say('| file | size | CLI check, cold | server: open → hover | server: keystroke → hover |');
  say('|---|---|---|---|---|');
  for (const h of hostile) say(`| ${h.name} | ${(h.bytes / 2 ** 20).toFixed(2)} MiB | ${ms(h.cliMs)} | ${ms(h.openHoverMs)} | ${ms(h.keystrokeHoverMs)} |`);
  say('');
  say(
    `The extension package: ${fs.existsSync(vsix) ? `${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB` : 'not built (`npm run package`)'}. Activation time is not measured here (no desktop VS Code; code-server's extension host does not report it).`,
  );
  if (!QUICK) fs.writeFileSync(path.join(REPO, 'bench', 'RESULTS.md'), rows.join('\n') + '\n');
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
