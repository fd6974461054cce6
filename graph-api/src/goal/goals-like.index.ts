/**
 * The process-wide "goals like my draft" engine: built lazily on first use from every goal in the graph,
 * rebuilt in the background when the graph changes, and never waited for — until the first build is done
 * the API answers from the full-text index (goals-like.service.ts).
 *
 * The engine lives in a worker thread (goals-like.worker.ts): building it means analysing every goal's
 * text, which at national scale (300k goals) takes tens of seconds of CPU that must not stall the API's
 * event loop. This thread only reads the goals from Neo4j, page by page, and hands them over. Each build
 * gets a fresh worker; when it is ready it replaces the previous one, which finishes the drafts it was
 * given and exits. During a rebuild both are in memory.
 *
 * The graph counts as changed when its number of goals, or the newest IngestRun (its id or finishedAt),
 * differs from what the engine was built from; this is checked at most every `checkIntervalMs`, on a
 * request, never by a timer. While an ingest run is in progress no rebuild starts (it would be out of date
 * before it is done); its end is a change.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../db/reader.js';
import type { CountyPairs, EngineFacts, FromWorker, LikeAnswer, LikeRequest, StoredGoalText, ToWorker } from './goals-like.protocol.js';

export interface GoalsLikeOptions {
  /** how often, at most, a request checks whether the graph changed since the engine was built; 0 = every request */
  checkIntervalMs: number;
  /** how long a draft may wait for the engine's answer before the request gives up on it */
  answerTimeoutMs: number;
  log?: (message: string) => void;
  now?: () => number;
}

/** The built engine, as a request uses it. */
export interface GoalsLikeEngineHandle {
  like(request: LikeRequest): Promise<LikeAnswer>;
}

export interface GoalsLikeStatus {
  state: 'idle' | 'building' | 'ready' | 'failed';
  /** true while a (re)build runs, also when an older engine still answers */
  building: boolean;
  /** the engine answering now */
  engine: (EngineFacts & { readMs: number; builtAt: string }) | null;
  /** the last build's failure, until a build succeeds */
  error: string | null;
}

/** What the engine was built from; a difference means the graph changed. */
interface Signature {
  goals: number;
  run: string | null;
  /** an ingest run started and not finished (recently: a run that died never finishes) */
  ingesting: boolean;
}

const SIGNATURE = `
RETURN COUNT { (:Goal) } AS goals,
  COLLECT { MATCH (r:IngestRun) RETURN r {.id, .startedAt, .finishedAt, .status} AS run ORDER BY r.startedAt DESC LIMIT 1 } AS runs`;

/** A run unfinished for longer than this is taken to have died. */
const RUN_STALE_MS = 6 * 3_600_000;

/** County of each publisher key: a municipality's own; an organisation's (one not part of a municipality) through PART_OF. */
const PLACES = `
MATCH (m:Municipality)-[:IN_COUNTY]->(c:County)
RETURN m.code AS owner, c.code AS county
UNION
MATCH (o:Organisation)-[:PART_OF]->(c:County)
WHERE NOT EXISTS { (o)-[:PART_OF]->(:Municipality) }
RETURN 'org:' + o.id AS owner, c.code AS county`;

/**
 * Who published each document, as the publisher keys the linker compares — the same rule as
 * ingest/src/link/graph/publishers.ts: a municipality's code; an organisation that is part of a
 * municipality counts as that municipality; any other organisation is "org:<id>".
 */
const PUBLISHERS = `
MATCH (d:Document) WHERE d.id > $after
WITH d ORDER BY d.id LIMIT $limit
OPTIONAL MATCH (p)-[:PUBLISHED]->(d) WHERE p:Municipality OR p:Organisation
OPTIONAL MATCH (p:Organisation)-[:PART_OF]->(home:Municipality)
WITH d, collect(DISTINCT CASE
  WHEN p:Municipality THEN p.code
  WHEN home IS NOT NULL THEN home.code
  WHEN p IS NOT NULL THEN 'org:' + p.id
END) AS owners
RETURN d.id AS id, owners
ORDER BY id`;

/** Goals in id order with their document, section, themes and document themes (as the linker reads them, ingest/src/link/graph/goals.ts). */
const GOALS = `
MATCH (g:Goal) WHERE g.id > $after
WITH g ORDER BY g.id LIMIT $limit
OPTIONAL MATCH (d:Document)-[:HAS_GOAL]->(g)
RETURN g.id AS id, d.id AS document, coalesce(g.text, '') AS text,
  g.section AS section,
  [(g)-[a:ABOUT]->(t:Theme) | {id: t.id, weight: coalesce(a.weight, 0.0)}] AS themes,
  CASE WHEN d IS NULL THEN [] ELSE [(d)-[a:ADDRESSES]->(t:Theme) | {id: t.id, weight: coalesce(a.weight, 0.0)}] END AS documentThemes
ORDER BY id`;

const MAX_RETRY_MS = 600_000;

/** Rows per read: small enough that decoding a page never holds the event loop for long. */
const PAGE = 5_000;

export class GoalsLikeIndex {
  private active: { worker: EngineWorker; signature: Signature; facts: EngineFacts; readMs: number; builtAt: string } | null = null;
  private building: Promise<void> | null = null;
  private buildingWorker: EngineWorker | null = null;
  private checking: Promise<void> | null = null;
  private lastCheck = 0;
  private failedAt: number | null = null;
  private lastError: string | null = null;
  /** builds failed in a row */
  private failures = 0;
  private closed = false;
  private readonly log: (message: string) => void;
  private readonly now: () => number;

  constructor(
    private readonly db: GraphReader,
    private readonly options: GoalsLikeOptions,
  ) {
    this.log = options.log ?? ((message) => console.log(`[graph-api] ${message}`));
    this.now = options.now ?? Date.now;
  }

  /**
   * The engine to answer from now, or null: then answer from the full-text index. Starts the first build
   * on first use (after a failed build, again later: see retryDelay), and a rebuild when the graph
   * changed. Never waits for either.
   */
  current(): GoalsLikeEngineHandle | null {
    if (this.closed) return null;
    const now = this.now();
    if (!this.active) {
      if (!this.building && (this.failedAt === null || now - this.failedAt >= this.retryDelay())) this.startBuild();
      return null;
    }
    if (!this.building && !this.checking && now - this.lastCheck >= this.options.checkIntervalMs) {
      this.lastCheck = now;
      this.checking = this.checkForChanges().finally(() => (this.checking = null));
    }
    const worker = this.active.worker;
    return { like: (request) => worker.like(request, this.options.answerTimeoutMs) };
  }

  status(): GoalsLikeStatus {
    const engine = this.active ? { ...this.active.facts, readMs: this.active.readMs, builtAt: this.active.builtAt } : null;
    const state = this.active ? 'ready' : this.building ? 'building' : this.lastError ? 'failed' : 'idle';
    return { state, building: this.building !== null, engine, error: this.lastError };
  }

  /** Starts the first build if none ran yet, and resolves when no check or build is running any more (tests, tools, benchmarks). */
  async settled(): Promise<GoalsLikeStatus> {
    if (!this.active && !this.building && !this.closed) this.startBuild();
    while (this.checking || this.building) {
      await this.checking;
      await this.building;
    }
    return this.status();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.active?.worker.terminate(), this.buildingWorker?.terminate()]);
    this.active = null;
  }

  /** After a failed build: the check interval (at least a second), doubled with every further failure, at most 10 minutes. */
  private retryDelay(): number {
    return Math.min(Math.max(this.options.checkIntervalMs, 1_000) * 2 ** Math.max(0, this.failures - 1), MAX_RETRY_MS);
  }

  private startBuild(): void {
    this.building = this.build()
      .catch((error: unknown) => {
        this.failures++;
        this.failedAt = this.now();
        this.lastError = error instanceof Error ? error.message : String(error);
        this.log(`goals like: the engine could not be built (${this.lastError}); answering from the full-text index`);
      })
      .finally(() => {
        this.building = null;
        this.buildingWorker = null;
      });
  }

  private async build(): Promise<void> {
    const checkedAt = this.now();
    const signature = await this.readSignature();
    const worker = new EngineWorker(() => this.lost(worker));
    this.buildingWorker = worker;
    try {
      const started = performance.now();
      await this.handOver(worker);
      const readMs = performance.now() - started;
      const facts = await worker.build();
      if (this.closed) throw new Error('the API is shutting down');
      const previous = this.active;
      this.active = { worker, signature, facts, readMs, builtAt: new Date().toISOString() };
      this.lastCheck = checkedAt;
      this.failedAt = null;
      this.failures = 0;
      this.lastError = null;
      previous?.worker.retire();
      this.log(
        `goals like: engine over ${facts.goals} goals ready (read ${Math.round(readMs)} ms, built ${Math.round(facts.buildMs)} ms, ` +
          `heap ${Math.round(facts.heapUsedBytes / 2 ** 20)} MB, process RSS ${Math.round(facts.rssBytes / 2 ** 20)} MB)`,
      );
    } catch (error) {
      await worker.terminate();
      throw error;
    }
  }

  /** Reads the places, publishers and goals and sends them to the worker, page by page. */
  private async handOver(worker: EngineWorker): Promise<void> {
    const places = await this.db.rows<{ owner: string; county: string }>(PLACES);
    worker.send({ type: 'places', counties: places.map((p): CountyPairs[number] => [p.owner, p.county]) });
    const publishers = new Map<string, string[]>();
    for await (const rows of this.pages<{ id: string; owners: string[] }>(PUBLISHERS)) for (const row of rows) publishers.set(row.id, row.owners);
    for await (const rows of this.pages<Omit<StoredGoalText, 'owners'>>(GOALS)) {
      if (this.closed) throw new Error('the API is shutting down');
      worker.send({ type: 'goals', goals: rows.map((g) => ({ ...g, owners: (g.document && publishers.get(g.document)) || [] })) });
    }
  }

  private async *pages<T extends { id: string }>(cypher: string): AsyncGenerator<T[]> {
    for (let after = ''; ; ) {
      const rows = await this.db.rows<T>(cypher, { after, limit: neo4j.int(PAGE) });
      if (rows.length) yield rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  private async checkForChanges(): Promise<void> {
    const active = this.active;
    if (!active) return;
    let signature: Signature;
    try {
      signature = await this.readSignature();
    } catch {
      return; // Neo4j unreachable: keep the engine; requests report the database themselves
    }
    const changed = signature.goals !== active.signature.goals || signature.run !== active.signature.run;
    if (changed && !signature.ingesting && !this.building && !this.closed) this.startBuild();
  }

  private async readSignature(): Promise<Signature> {
    type Run = { id: string | null; startedAt: string | null; finishedAt: string | null; status?: string | null };
    const row = await this.db.first<{ goals: number; runs: Run[] }>(SIGNATURE);
    const run = row?.runs[0];
    const started = run?.startedAt ? Date.parse(run.startedAt) : NaN;
    return {
      goals: row?.goals ?? 0,
      run: run ? `${run.id}|${run.finishedAt ?? ''}` : null,
      ingesting: !!run && !run.finishedAt && run.status !== 'interrupted' && Number.isFinite(started) && this.now() - started < RUN_STALE_MS,
    };
  }

  /** A worker exited unexpectedly: without the engine, requests answer from the full-text index until a rebuild. */
  private lost(worker: EngineWorker): void {
    if (this.active?.worker !== worker) return;
    this.active = null;
    this.failedAt = this.now();
    this.lastError = 'the engine worker stopped';
    this.log('goals like: the engine worker stopped; answering from the full-text index until it is rebuilt');
  }
}

// ---------------------------------------------------------------------------------------------------

const WORKER_FILE = new URL(import.meta.url.endsWith('.ts') ? './goals-like.worker.ts' : './goals-like.worker.js', import.meta.url);

/**
 * The worker runs TypeScript sources like the rest of the project (tsx); it is started with no Node
 * flags of its own and registers tsx's loader itself, whichever runner (tsx, vitest) started the API.
 */
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
(workerData.tsx ? import(workerData.tsx).then((tsx) => tsx.register()) : Promise.resolve())
  .then(() => import(workerData.entry))
  .catch((error) => parentPort.postMessage({ type: 'failed', id: null, message: 'the worker did not start: ' + ((error && error.message) || error) }));
`;

function tsxLoader(): string | null {
  if (!WORKER_FILE.pathname.endsWith('.ts')) return null;
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import?: { default?: string } }> }).exports;
  const entry = exports['./esm/api']?.import?.default;
  if (!entry) throw new Error('tsx has no ./esm/api entry; the goals-like worker cannot load TypeScript');
  return pathToFileURL(join(dirname(manifest), entry)).href;
}

interface Pending {
  resolve(answer: LikeAnswer): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** One worker thread holding one build of the engine. */
class EngineWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly ready: Promise<EngineFacts>;
  private markReady!: (facts: EngineFacts) => void;
  private failBuild!: (error: Error) => void;
  private retired = false;
  private gone: Error | null = null;
  private stderrTail = '';

  constructor(private readonly onLost: () => void) {
    this.ready = new Promise<EngineFacts>((resolve, reject) => {
      this.markReady = resolve;
      this.failBuild = reject;
    });
    this.ready.catch(() => {}); // observed by build(); never an unhandled rejection
    this.worker = new Worker(BOOT, { eval: true, execArgv: [], stderr: true, workerData: { entry: WORKER_FILE.href, tsx: tsxLoader() } });
    this.worker.unref();
    // what the worker writes to stderr goes to ours, the end of it also into the error should it exit
    this.worker.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-2000);
    });
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error) => this.stop(error));
    this.worker.on('exit', (code) => this.stop(new Error(`the engine worker exited (code ${code})${this.stderrTail.trim() ? `: ${this.stderrTail.trim()}` : ''}`)));
  }

  send(message: ToWorker): void {
    if (this.gone) throw this.gone;
    this.worker.postMessage(message);
  }

  build(): Promise<EngineFacts> {
    this.send({ type: 'build' });
    return this.ready;
  }

  like(request: LikeRequest, timeoutMs: number): Promise<LikeAnswer> {
    return new Promise<LikeAnswer>((resolve, reject) => {
      if (this.gone) return reject(this.gone);
      const id = this.nextId++;
      const timer = setTimeout(() => this.settle(id, new Error(`the engine did not answer within ${timeoutMs} ms`)), timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ type: 'like', id, request } satisfies ToWorker);
    });
  }

  /** Finishes the drafts it was given, then exits. */
  retire(): void {
    this.retired = true;
    if (this.pending.size === 0) void this.terminate();
  }

  async terminate(): Promise<void> {
    this.retired = true;
    if (!this.gone) {
      this.gone = new Error('the engine worker was replaced or stopped');
      await this.worker.terminate();
    }
  }

  private receive(message: FromWorker): void {
    if (message.type === 'ready') this.markReady(message.facts);
    else if (message.type === 'answer') this.settle(message.id, message.answer);
    else if (message.id === null) this.failBuild(new Error(message.message));
    else this.settle(message.id, new Error(message.message));
  }

  private settle(id: number, outcome: LikeAnswer | Error): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (outcome instanceof Error) pending.reject(outcome);
    else pending.resolve(outcome);
    if (this.retired && this.pending.size === 0) void this.terminate();
  }

  private stop(error: Error): void {
    const expected = this.gone !== null;
    this.gone ??= error;
    this.failBuild(error);
    for (const id of [...this.pending.keys()]) this.settle(id, error);
    if (!expected) this.onLost();
  }
}
