/**
 * `check --all`: the dossiers of a group (a GHT's sites) checked side by side in worker threads.
 *
 * Dossiers are independent, so each one is checked and rendered (to the chosen format) where it
 * is claimed: the workers take the next dossier from a shared counter (Atomics), so a large site
 * never leaves a thread idle, and only the rendered text comes back. Each worker's heap is capped
 * (a site's model is dropped once rendered, so a small heap is enough and the group's peak memory
 * stays low); a dossier whose worker failed for any reason — its heap cap, a crash — is checked
 * again in the main thread, so the result never depends on how the work was shared.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CatalogueRegistry, checkDossierAt, nodeHost, type DossierHost, type Lang } from '../../engine/src/index.js';
import { FORMATTERS } from './formats/index.js';
import { NO_COUNTS, type Counts } from './formats/summary.js';

export interface DossierJob {
  root: string;
  /** every output of the run (`-f sarif -o a.sarif -f junit -o b.xml`), rendered from one check */
  formats: string[];
  /** colour for each of `formats` (only what goes to a terminal) */
  colors: boolean[];
  asOf?: string;
  lang: Lang;
  cwd: string;
  /** the repository root, else the working directory: where CI formats make paths relative to */
  base: string;
  /** one dossier of a `check --all` group */
  group: boolean;
  /** --quiet: list the errors only (the counts and the exit code still see everything) */
  quiet?: boolean;
  /** `check FILE`: only that file's findings (path relative to the dossier root) */
  only?: string;
  version: string;
}

export interface DossierOutcome {
  index: number;
  /** the rendered outputs, one per format, UTF-8: moved from a worker without a copy, and kept out of the JS heap */
  outputs: Uint8Array[];
  summary: Counts;
  /** why the dossier could not be checked (no catalogue …): the CLI exits 2 on it */
  fatal?: string;
}

/**
 * Heap of one worker. A 125-file site keeps about 6 MB alive; with a 32 MB cap the 5,040-file
 * bench group runs in 2.1 s at 155 MiB peak RSS on 2 cores (48 MB: 2.0 s, 170 MiB; below 24 MB
 * the workers run out and the main thread redoes their sites). A site that needs more is redone
 * in the main thread. HAS_DOSSIER_WORKER_HEAP_MB changes the cap.
 */
function workerLimits() {
  const mb = Number(process.env.HAS_DOSSIER_WORKER_HEAP_MB);
  const old = Number.isFinite(mb) && mb >= 1 ? Math.floor(mb) : 32;
  return { maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: Math.max(1, Math.min(8, Math.floor(old / 6))) };
}

const ENCODER = new TextEncoder();

/**
 * Why a dossier cannot be checked at all (no readable dossier.yaml, no catalogue), found from its
 * dossier.yaml alone: `check --all` asks it of every site before it writes anything.
 */
export function cannotCheck(root: string, registry: CatalogueRegistry, lang: Lang): string | undefined {
  return checkManifest(root, registry, lang).fatal?.message;
}

/** A dossier checked from its dossier.yaml alone (its catalogue, or why it has none). */
export function checkManifest(root: string, registry: CatalogueRegistry, lang: Lang) {
  const manifestOnly: DossierHost = Object.create(nodeHost) as DossierHost;
  // the roots come from findDossierRoots: each has its dossier.yaml (a folder or unreadable one is reported as such)
  manifestOnly.listYamlFiles = () => ['dossier.yaml'];
  return checkDossierAt(root, manifestOnly, registry, { lang });
}

export function checkOne(job: DossierJob, index: number, registry: CatalogueRegistry): DossierOutcome {
  let result = checkDossierAt(job.root, nodeHost, registry, { asOf: job.asOf, lang: job.lang });
  if (result.fatal) return { index, outputs: [], summary: NO_COUNTS, fatal: result.fatal.message };
  if (job.only !== undefined) {
    // `check FILE`: that file's findings, counted alone
    const findings = result.findings.filter(f => f.file === job.only);
    const summary = { files: 1, errors: 0, warnings: 0, infos: 0, waived: 0 };
    for (const f of findings) {
      if (f.waived) summary.waived++;
      else summary[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
    }
    result = { ...result, findings, summary };
  }
  const counted = result.summary;
  const shown = job.quiet ? { ...result, findings: result.findings.filter(f => f.severity === 'error' && !f.waived) } : result;
  const outputs = job.formats.map((format, i) =>
    ENCODER.encode(FORMATTERS[format]({ result: shown, version: job.version, cwd: job.cwd, base: job.base, color: job.colors[i], group: job.group })),
  );
  return { index, outputs, summary: counted };
}

/** How many threads `check --all` uses by default: one per core, no more than there are dossiers. */
export function defaultJobs(dossiers: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, dossiers, 8));
}

export interface CheckManyOptions {
  /** called with how many dossiers are done, after each one */
  onProgress?: (done: number) => void;
  /** called with each outcome in the order of `jobs`, as soon as it and those before it are done */
  onOutcome?: (o: DossierOutcome) => void;
}

/**
 * Check every job: with several dossiers, in `threads` heap-capped workers (even one: the main
 * thread's heap is not capped and would grow with the group), when running from the bundle,
 * which a worker can load. What no worker finished is checked here with `registry`. Outcomes
 * come back in the order of `jobs`.
 */
export async function checkMany(
  jobs: DossierJob[],
  threads: number,
  registry: CatalogueRegistry,
  workerScript: string,
  options: CheckManyOptions = {},
): Promise<DossierOutcome[]> {
  const outcomes: (DossierOutcome | undefined)[] = new Array(jobs.length);
  let done = 0;
  let delivered = 0;
  const settle = (o: DossierOutcome) => {
    outcomes[o.index] = o;
    done++;
    options.onProgress?.(done);
    // in order: a later dossier waits for the ones before it
    while (delivered < jobs.length && outcomes[delivered]) {
      const next = outcomes[delivered++]!;
      options.onOutcome?.(next);
    }
  };
  // from the sources (tests importing main.ts) there is no bundle next to this file: no workers
  if (jobs.length > 1 && fs.existsSync(workerScript)) {
    const next = new Int32Array(new SharedArrayBuffer(4));
    await Promise.all(
      Array.from(
        { length: Math.min(threads, jobs.length) },
        () =>
          new Promise<void>(resolve => {
            const worker = new Worker(workerScript, {
              workerData: { hasDossierCheckWorker: true, jobs, next, schemasDir: registry.schemasDir },
              resourceLimits: workerLimits(),
            });
            worker.on('message', settle);
            // whatever stopped it, what it did not finish is redone below
            worker.on('error', e => {
              if (process.env.HAS_DOSSIER_DEBUG) process.stderr.write(`has-dossier: a worker thread stopped: ${String(e.message ?? e).split('\n')[0]}\n`);
            });
            worker.on('exit', () => resolve());
          }),
      ),
    );
  }
  const inWorkers = done;
  for (let i = 0; i < jobs.length; i++) {
    if (!outcomes[i]) settle(checkOne(jobs[i], i, registry));
  }
  // HAS_DOSSIER_DEBUG: how the work was shared (a worker that could not start shows here)
  if (process.env.HAS_DOSSIER_DEBUG && jobs.length > 1)
    process.stderr.write(`has-dossier: ${jobs.length} dossiers, ${inWorkers} checked in worker threads, ${jobs.length - inWorkers} in the main thread\n`);
  return outcomes as DossierOutcome[];
}

/** The worker's side: claim the next dossier until none is left. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { hasDossierCheckWorker?: boolean } | null)?.hasDossierCheckWorker === true;
}

export function runCheckWorker(): void {
  const { jobs, next, schemasDir } = workerData as { jobs: DossierJob[]; next: Int32Array; schemasDir: string };
  const registry = new CatalogueRegistry(schemasDir);
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
    const outcome = checkOne(jobs[i], i, registry);
    parentPort!.postMessage(
      outcome,
      outcome.outputs.map(o => o.buffer as ArrayBuffer),
    );
  }
}

export const workerScriptNextTo = (dir: string) => path.join(dir, 'cli.js');
