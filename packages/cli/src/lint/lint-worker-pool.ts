/**
 * Lint worker threads, started early. A worker spends ≈ 0.3–0.5 s loading the engine (the
 * tagger's lexicon most of all) before it lints anything, the same time the main thread spends
 * loading it. So for a run that looks large, `main` starts the workers before it loads the `lint`
 * command: both load at once, and the workers are ready when the files are. This module loads
 * nothing heavy itself. A worker that is never used is ended; until it is taken, it does not keep
 * the process alive.
 *
 * A worker costs ≈ 0.7 s of CPU to load and warm up, and ≈ 0.1 ms per file to send results back;
 * one thread already keeps ≈ 1.3 cores busy (V8 compiles and collects garbage on other threads).
 * Measured on two cores, idle: 3,000 emails took 1.6–2.2 s in one thread and 1.9–2.2 s with a
 * worker; 12,000 took 3.3–3.6 s and 3.6–4.6 s. So workers are used from three cores up, and only
 * for cores other processes leave idle: before starting them, and again before using them, the
 * CPU time of the machine and of this process is measured (the load average is no guide: it lags
 * by a minute, so a build just before counts as load). `SINCERELY_THREADS=N` sets the number of
 * threads instead.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseLintArgs } from './parse-lint-args.js';

/** Below this many files, one thread is as fast: workers would spend the run loading. */
export const PARALLEL_MIN_FILES = 200;
/** At most this many threads lint, the main thread included. */
const MAX_THREADS = 8;
/** Workers are used without being asked from this many cores up. */
const MIN_CORES = 3;
/** Folders a search never goes into (as in `find-lint-files.ts`). */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/u;
/** How long (ms) the CPU is measured before workers start; a shorter window says too little. */
const MIN_WINDOW_MS = 100;

interface PooledWorker {
  worker: Worker;
  /** Set when the worker failed or stopped before it was used. */
  dead: boolean;
}

/** CPU time so far: of every core together, and of this process (all its threads), in ms. */
interface CpuSample {
  at: number;
  machine: number;
  process: number;
}

/**
 * What `prestartLintWorkers` decided: nothing yet (`none`: the caller starts workers itself),
 * measuring before it starts any, workers started (with the CPU time then), or no workers.
 */
type PoolState =
  | { kind: 'none' }
  | { kind: 'measuring'; since: CpuSample; timer: NodeJS.Timeout; start: () => void }
  | { kind: 'started'; since: CpuSample | undefined; workers: PooledWorker[] }
  | { kind: 'declined' };

let state: PoolState = { kind: 'none' };

function sampleCpu(): CpuSample {
  let machine = 0;
  for (const { times } of cpus()) machine += times.user + times.nice + times.sys + times.irq;
  const usage = process.cpuUsage();
  return { at: performance.now(), machine, process: (usage.user + usage.system) / 1000 };
}

/**
 * How many cores other processes kept busy since `since`, on average; 0 when the time is too short
 * to tell.
 */
function busyElsewhere(since: CpuSample): number {
  const now = sampleCpu();
  const window = now.at - since.at;
  if (window < MIN_WINDOW_MS) return 0;
  return Math.max(0, now.machine - since.machine - (now.process - since.process)) / window;
}

/**
 * The threads to lint with: `SINCERELY_THREADS` when set to a whole number, else every core from
 * three cores up, and one thread below.
 */
export function usableThreads(
  cores = availableParallelism(),
  setting = process.env.SINCERELY_THREADS,
): number {
  const chosen = setting === undefined ? Number.NaN : Number(setting);
  if (Number.isInteger(chosen) && chosen >= 1) return chosen;
  return cores >= MIN_CORES ? cores : 1;
}

/** How many workers a run with `threads` threads uses besides the main thread. */
export function workerCountFor(threads: number): number {
  return Math.max(0, Math.min(threads, MAX_THREADS) - 1);
}

/** The built worker script, next to the built `index.js`; undefined when running from sources. */
export function findWorkerScript(): URL | undefined {
  const url = new URL('./lint-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Starts `count` workers; none when a thread cannot be started. */
export function startWorkers(script: URL, count: number): Worker[] {
  const workers: Worker[] = [];
  try {
    for (let index = 0; index < count; index++) workers.push(new Worker(script));
    return workers;
  } catch {
    for (const worker of workers) void worker.terminate();
    return [];
  }
}

/** Counts files under `path`, stopping at `limit`; folders a search skips are not entered. */
function countFiles(path: string, limit: number, count: number): number {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return count;
  }
  let total = count;
  for (const entry of entries) {
    if (total >= limit) break;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name))
        total = countFiles(resolve(path, entry.name), limit, total);
    } else total++;
  }
  return total;
}

/**
 * True when the patterns may name at least `limit` files: a cheap upper bound (files of any kind,
 * a glob's fixed folder searched whole), only to decide whether to start workers early.
 */
function mayHaveManyFiles(patterns: readonly string[], cwd: string, limit: number): boolean {
  let count = 0;
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const path = resolve(cwd, pattern);
    let isFolder = false;
    let isFile = false;
    try {
      const stats = statSync(path);
      isFolder = stats.isDirectory();
      isFile = stats.isFile();
    } catch {
      // Not a file or folder: a glob, searched from its fixed folder.
    }
    if (isFile) count++;
    else if (isFolder) count = countFiles(path, limit, count);
    else if (GLOB_CHARACTERS.test(pattern)) {
      const segments = pattern.split(/[\\/]/u);
      const fixed = segments.slice(
        0,
        segments.findIndex((part) => GLOB_CHARACTERS.test(part)),
      );
      count = countFiles(resolve(cwd, fixed.join('/') || '.'), limit, count);
    }
    if (count >= limit) return true;
  }
  return false;
}

/**
 * Starts lint workers ahead of time when `sincerely lint` with these arguments may lint many files
 * on a machine with several cores; does nothing otherwise (a bad argument is left for the command
 * to report).
 */
export function prestartLintWorkers(
  argv: readonly string[],
  cwd: string,
  threads = usableThreads(),
): void {
  const count = workerCountFor(threads);
  if (state.kind !== 'none' || count === 0) return;
  let patterns: readonly string[];
  try {
    const args = parseLintArgs([...argv]);
    if (args.help || args.stdin) return;
    patterns = args.patterns;
  } catch {
    return;
  }
  const script = findWorkerScript();
  if (!script || !mayHaveManyFiles(patterns, cwd, PARALLEL_MIN_FILES + 1)) return;
  const start = (workers: number): void => {
    state = {
      kind: 'started',
      since: process.env.SINCERELY_THREADS === undefined ? sampleCpu() : undefined,
      workers: startWorkers(script, workers).map(poolWorker),
    };
  };
  // With the number set by hand, nothing is measured.
  if (process.env.SINCERELY_THREADS !== undefined) {
    start(count);
    return;
  }
  // First a short measurement while the main thread loads the engine: are other cores idle?
  const since = sampleCpu();
  const measured = (): void => {
    const idle = Math.min(count, idleCores(since));
    if (idle > 0) start(idle);
    else state = { kind: 'declined' };
  };
  const timer = setTimeout(measured, MIN_WINDOW_MS);
  timer.unref();
  state = { kind: 'measuring', since, timer, start: measured };
}

/** The cores other processes left idle since `since`, less the main thread's. */
function idleCores(since: CpuSample): number {
  return Math.round(availableParallelism() - busyElsewhere(since)) - 1;
}

function poolWorker(worker: Worker): PooledWorker {
  const pooled: PooledWorker = { worker, dead: false };
  // Until it is taken, a worker's failure only means it will not be used.
  const markDead = (): void => {
    pooled.dead = true;
  };
  worker.on('error', markDead);
  worker.on('exit', markDead);
  worker.unref();
  return pooled;
}

/**
 * Takes the workers started early: up to `count`, and no more than the cores other processes
 * left idle since they started (the main thread has one). The rest are ended.
 *
 * @returns the workers, for the caller to use and end; `undefined` when `main` started none and
 *   decided nothing (the caller may start its own).
 */
export async function takeLintWorkers(count: number): Promise<Worker[] | undefined> {
  if (state.kind === 'none') return undefined;
  if (state.kind === 'measuring') {
    clearTimeout(state.timer);
    state.start();
  }
  if (state.kind !== 'started') {
    state = { kind: 'none' };
    return [];
  }
  const idle = state.since ? idleCores(state.since) : count;
  const alive = state.workers.filter((pooled) => !pooled.dead);
  const taken = alive.slice(0, Math.max(0, Math.min(count, idle)));
  state.workers = alive.slice(taken.length);
  await releaseLintWorkers();
  for (const { worker } of taken) {
    worker.removeAllListeners('error');
    worker.removeAllListeners('exit');
    worker.ref();
  }
  return taken.map(({ worker }) => worker);
}

/** Ends the workers started early that were not taken, and forgets what was decided. */
export async function releaseLintWorkers(): Promise<void> {
  const current = state;
  state = { kind: 'none' };
  if (current.kind === 'measuring') clearTimeout(current.timer);
  if (current.kind === 'started') {
    await Promise.all(current.workers.map(({ worker }) => worker.terminate()));
  }
}
