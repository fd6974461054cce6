/**
 * Reading and analysing files in worker threads, each document bounded in time and memory: a worker
 * has a heap limit (resourceLimits), and each file a time limit. A worker that runs out of either is
 * terminated, that file fails with a message saying which limit and what to do, and a fresh worker
 * takes the next file; the run goes on. One file at a time per worker, so a failure costs only the file
 * that caused it.
 *
 * The pool does not order anything: analysed.ts asks for files in input order and yields the results
 * in that order, whichever worker finishes first. The analysis of a document depends on that document
 * alone, so the graph is the same whatever the number of workers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadLimits } from '../read/index.js';
import type { AnalysedFile, PipelineFile } from './analysed.js';

/** a file whose reading and analysis takes longer is stopped (s) */
export const DEFAULT_FILE_TIMEOUT_S = 120;
/** the heap of one worker, that is, of the analysis of one file (MB) */
export const DEFAULT_FILE_MEMORY_MB = 1024;

/** Both cores of a small machine, never more than two: the rest of the run (writing, linking, Neo4j) needs some too. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

export interface IsolationLimits {
  workers: number;
  fileTimeoutS: number;
  fileMemoryMb: number;
  /** what each worker's reader is told (file size, unpacked size, text length) */
  read: ReadLimits & { maxFileMb?: number };
}

/** main thread → worker */
export interface AnalyseRequest {
  type: 'analyse';
  id: number;
  file: PipelineFile;
  options: ReadLimits & { maxFileMb?: number };
}

/** worker → main thread */
export type WorkerMessage = { type: 'ready' } | { type: 'done'; id: number; result: AnalysedFile } | { type: 'failed'; id: null; message: string };

interface Job {
  file: PipelineFile;
  resolve(result: AnalysedFile): void;
  reject(error: Error): void;
}

export class IsolatedAnalysis {
  private readonly idle: AnalysisWorker[] = [];
  private readonly workers = new Set<AnalysisWorker>();
  private readonly queue: Job[] = [];
  private broken: Error | null = null;
  private closed = false;

  constructor(private readonly limits: IsolationLimits) {}

  /** Resolves to the file's outcome, failures included; rejects only when no worker can start at all. */
  analyse(file: PipelineFile): Promise<AnalysedFile> {
    return new Promise<AnalysedFile>((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      if (this.closed) return reject(new Error('the analysis workers are closed'));
      this.queue.push({ file, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; files still waiting or being analysed are rejected with `reason`. */
  async close(reason: Error = new Error('the analysis workers were closed')): Promise<void> {
    this.closed = true;
    const workers = [...this.workers];
    this.workers.clear();
    this.idle.length = 0;
    for (const job of this.queue.splice(0)) job.reject(reason);
    await Promise.all(workers.map((worker) => worker.terminate(reason)));
  }

  private pump(): void {
    while (this.queue.length && !this.closed) {
      let worker = this.idle.pop();
      if (!worker) {
        if (this.workers.size >= Math.max(1, this.limits.workers)) return;
        worker = new AnalysisWorker(this.limits, {
          release: (done) => {
            if (this.workers.has(done)) this.idle.push(done);
            this.pump();
          },
          lost: (gone) => {
            this.workers.delete(gone);
            this.pump();
          },
          broken: (error) => this.break(error),
        });
        this.workers.add(worker);
      }
      worker.run(this.queue.shift()!);
    }
  }

  /** A worker could not even start (tsx missing, a memory limit too small to load the analyser): nothing can be analysed. */
  private break(error: Error): void {
    if (this.broken) return;
    this.broken = error;
    void this.close(error);
  }
}

interface Owner {
  release(worker: AnalysisWorker): void;
  lost(worker: AnalysisWorker): void;
  broken(error: Error): void;
}

/** One worker thread: boots, warms up, then reads and analyses one file at a time until a limit kills it. */
class AnalysisWorker {
  private readonly worker: Worker;
  private ready = false;
  private dead = false;
  private job: Job | null = null;
  private jobId = 0;
  private timer: NodeJS.Timeout | null = null;
  private stderrTail = '';

  constructor(
    private readonly limits: IsolationLimits,
    private readonly owner: Owner,
  ) {
    this.worker = new Worker(BOOT, {
      eval: true,
      execArgv: [],
      stdout: true,
      stderr: true,
      workerData: { entry: WORKER_FILE.href, tsx: tsxLoader() },
      resourceLimits: { maxOldGenerationSizeMb: limits.fileMemoryMb },
    });
    // stdout carries the run's result (JSON Lines, the summary): whatever a library in the worker prints goes to stderr
    const forward = (chunk: Buffer) => {
      process.stderr.write(chunk);
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-2000);
    };
    this.worker.stdout.on('data', forward);
    this.worker.stderr.on('data', forward);
    this.worker.on('message', (message: WorkerMessage) => this.receive(message));
    this.worker.on('error', (error: Error & { code?: string }) => this.died(error));
    this.worker.on('exit', (code) => this.died(new Error(`the worker exited (code ${code})${this.stderrTail.trim() ? `: ${this.stderrTail.trim()}` : ''}`)));
  }

  run(job: Job): void {
    this.job = job;
    this.worker.ref();
    if (this.ready) this.dispatch();
  }

  terminate(reason: Error): Promise<unknown> {
    this.dead = true;
    this.clearTimer();
    const job = this.job;
    this.job = null;
    job?.reject(reason);
    return this.worker.terminate();
  }

  private dispatch(): void {
    const job = this.job!;
    const id = ++this.jobId;
    this.timer = setTimeout(() => this.timedOut(), Math.max(1, Math.round(this.limits.fileTimeoutS * 1000)));
    this.worker.postMessage({ type: 'analyse', id, file: job.file, options: this.limits.read } satisfies AnalyseRequest);
  }

  private receive(message: WorkerMessage): void {
    if (this.dead) return;
    if (message.type === 'ready') {
      this.ready = true;
      if (this.job) this.dispatch();
      else this.worker.unref();
    } else if (message.type === 'done') {
      if (message.id !== this.jobId || !this.job) return;
      this.clearTimer();
      const job = this.job;
      this.job = null;
      this.worker.unref();
      job.resolve(message.result);
      this.owner.release(this);
    } else {
      this.dead = true;
      void this.worker.terminate();
      this.owner.broken(new Error(`the analysis worker did not start: ${message.message}`));
    }
  }

  private timedOut(): void {
    if (this.dead) return;
    const path = this.job?.file.path ?? '(a file)';
    const seconds = this.limits.fileTimeoutS;
    this.fail(
      'timed-out',
      `${path}: reading and analysing it took more than ${seconds} s, the limit per file; it was stopped and the other files went on. ` +
        `Split the document into parts, or raise the limit with --file-timeout-s.`,
    );
  }

  private died(error: Error & { code?: string }): void {
    if (this.dead) return;
    if (!this.ready) {
      this.dead = true;
      this.clearTimer();
      const why = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needed more than ${this.limits.fileMemoryMb} MB to load the analyser (raise --file-memory-mb)` : error.message;
      this.owner.broken(new Error(`the analysis worker did not start: ${why}`));
      return;
    }
    const path = this.job?.file.path ?? '(a file)';
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.fail(
        'out-of-memory',
        `${path}: reading and analysing it needed more than ${this.limits.fileMemoryMb} MB of memory, the limit per file; it was stopped and the other files went on. ` +
          `Split the document into parts, or raise the limit with --file-memory-mb.`,
      );
    } else this.fail('analysis', `${path}: the analysis failed (${error.message}).`);
  }

  /** This worker is done for: its file fails with `error`, and the pool starts another worker for the next file. */
  private fail(code: 'timed-out' | 'out-of-memory' | 'analysis', error: string): void {
    this.dead = true;
    this.clearTimer();
    const job = this.job;
    this.job = null;
    void this.worker.terminate();
    if (job) job.resolve({ path: job.file.path, code, error });
    this.owner.lost(this);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Booting a TypeScript worker. The same few lines as graph-api/src/goal/goals-like.index.ts (copied, not
// shared: the two workspaces have no common runtime module for it): the worker is started with no Node
// flags of its own and registers tsx's loader itself, whichever runner (tsx, vitest) started the ingest.

const WORKER_FILE = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
(workerData.tsx ? import(workerData.tsx).then((tsx) => tsx.register()) : Promise.resolve())
  .then(() => import(workerData.entry))
  .catch((error) => parentPort.postMessage({ type: 'failed', id: null, message: String((error && error.stack) || error) }));
`;

let loader: string | null | undefined;

function tsxLoader(): string | null {
  if (loader !== undefined) return loader;
  if (!WORKER_FILE.pathname.endsWith('.ts')) return (loader = null);
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import?: { default?: string } }> }).exports;
  const entry = exports['./esm/api']?.import?.default;
  if (!entry) throw new Error('tsx has no ./esm/api entry; the analysis worker cannot load TypeScript');
  return (loader = pathToFileURL(join(dirname(manifest), entry)).href);
}
