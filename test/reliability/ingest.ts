/**
 * The ingest half of the reliability suite (issue #12, "Data integrity"), on a Neo4j of its own
 * (port RELIABILITY_INGEST_NEO4J_PORT, default 7733):
 *  - crash recovery: a clean run of `npm run ingest` over a synthetic corpus gives the reference graph; then
 *    KILLS times the same command is killed with SIGKILL at a random moment of a clean run's duration
 *    (stratified, so the kills fall before, between and during batches and during linking) and run again,
 *    plainly, to the end; the graph it leaves must be the reference graph — every label and relationship
 *    count, the checksums of the document and goal ids, of the SIMILAR_TO and REUSES pairs;
 *  - hostile files: decompression bombs (an honest one and one that lies about its size), a huge text file,
 *    a copy and broken symlinks beside good files, in one folder: every good file lands, every bad one gets
 *    its own line, and the run stays within time and memory bounds.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Graph, resetGraph } from '@strategigrafen/graph-db';
import { startLocal } from '@strategigrafen/neo4j-local';
import { writeDocxBomb, writeLongText } from '@strategigrafen/ingest/testing';
import { applyMigrations } from '@strategigrafen/schema';
import { check, mb, type Check } from './checks.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.RELIABILITY_INGEST_NEO4J_PORT ?? 7733);
const DOCUMENTS = Number(process.env.RELIABILITY_INGEST_DOCS ?? 1000);
const KILLS = Number(process.env.RELIABILITY_KILLS ?? 10);
const BATCH_SIZE = 50;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakRssBytes: number;
}

/** Runs `npm run ingest -- …` (tsx and all, as a user would) in a process group of its own, optionally killed with SIGKILL after `killAfterMs`. */
function ingest(args: string[], env: NodeJS.ProcessEnv, killAfterMs?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), join(REPO, 'ingest/src/cli/main.ts'), ...args], {
      cwd: REPO,
      env: { ...process.env, ...env, INIT_CWD: REPO },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peakRssBytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const sampler = setInterval(() => {
      groupRss(child.pid!).then((rss) => (peakRssBytes = Math.max(peakRssBytes, rss)), () => {});
    }, 200);
    const killer = killAfterMs === undefined ? undefined : setTimeout(() => killGroup(child.pid!), killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      if (killer) clearTimeout(killer);
      // a SIGKILLed tsx leaves its node child behind; it belongs to the same group
      killGroup(child.pid!);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, peakRssBytes });
    });
  });
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Resident memory of every process in the group (tsx and the node it starts), from ps. */
function groupRss(pgid: number): Promise<number> {
  return new Promise((resolve) => {
    const ps = spawn('ps', ['-o', 'rss=', '-g', String(pgid)]);
    let out = '';
    ps.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    ps.on('close', () => resolve(out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) * 1024));
    ps.on('error', () => resolve(0));
  });
}

/** What "the same graph" means: counts by label and relationship type, and checksums of the ids and the link pairs. The runs' own records (IngestRun, INGESTED) are left out. */
async function fingerprint(graph: Graph): Promise<Record<string, string | number>> {
  const print: Record<string, string | number> = {};
  for (const row of await graph.read<{ label: string; n: number }>('MATCH (n) WHERE NOT n:IngestRun UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label')) {
    print[`:${row.label}`] = row.n;
  }
  for (const row of await graph.read<{ type: string; n: number }>("MATCH ()-[r]->() WHERE type(r) <> 'INGESTED' RETURN type(r) AS type, count(*) AS n ORDER BY type")) {
    print[`-[:${row.type}]-`] = row.n;
  }
  const digest = async (name: string, cypher: string) => {
    const rows = await graph.read<{ key: string }>(cypher);
    print[name] = createHash('sha1').update(rows.map((r) => r.key).sort().join('\n')).digest('hex').slice(0, 12);
  };
  await digest('document ids', 'MATCH (d:Document) RETURN d.id AS key');
  await digest('goal ids', 'MATCH (g:Goal) RETURN g.id AS key');
  await digest('SIMILAR_TO pairs', 'MATCH (a:Goal)-[r:SIMILAR_TO]->(b:Goal) RETURN a.id + ">" + b.id + ":" + toString(round(r.score * 1000)) AS key');
  await digest('REUSES pairs', 'MATCH (a)-[r:REUSES]->(b) RETURN a.id + ">" + b.id AS key');
  return print;
}

function differences(a: Record<string, string | number>, b: Record<string, string | number>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => a[key] !== b[key]).map((key) => `${key} ${b[key] ?? 0} (clean ${a[key] ?? 0})`);
}

/** Where a kill landed, read from what the killed run left in the graph. */
async function phaseOf(graph: Graph, documents: number): Promise<string> {
  const [row] = await graph.read<{ documents: number; links: number; runs: number }>(
    'RETURN COUNT { (d:Document WHERE d.path IS NOT NULL) } AS documents, COUNT { ()-[:SIMILAR_TO]->() } AS links, COUNT { (:IngestRun) } AS runs',
  );
  if (!row || row.runs === 0) return 'before the run began';
  if (row.documents === 0) return 'before the first batch';
  if (row.documents < documents) return `between/during batches (${row.documents} of ${documents} documents)`;
  return row.links === 0 ? 'after the last batch, before links' : `during linking (${row.links} SIMILAR_TO)`;
}

/** Seeded, so that a failing kill point can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function crashRecovery(graph: Graph, env: NodeJS.ProcessEnv, work: string, log: (line: string) => void): Promise<Check[]> {
  const corpus = join(work, 'corpus');
  const synth = spawn(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), join(REPO, 'ingest/src/synth/cli.ts'), '--docs', String(DOCUMENTS), '--out', corpus, '--force'], { cwd: REPO, stdio: 'ignore' });
  await new Promise((resolve) => synth.on('close', resolve));
  const args = [corpus, '--batch-size', String(BATCH_SIZE)];

  await resetGraph(graph);
  const clean = await ingest(args, env);
  if (clean.code !== 0) throw new Error(`the clean ingest failed (exit ${clean.code}):\n${clean.stderr.slice(-2000)}`);
  const reference = await fingerprint(graph);
  const documents = (await graph.read<{ n: number }>('RETURN COUNT { (d:Document WHERE d.path IS NOT NULL) } AS n'))[0]!.n;
  log(`clean run: ${DOCUMENTS} files in ${(clean.ms / 1000).toFixed(1)} s, peak RSS ${mb(clean.peakRssBytes)}; ${JSON.stringify(reference)}`);

  const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 100_000);
  const next = random(seed);
  log(`kill points: seed ${seed} (RELIABILITY_SEED=${seed} repeats them)`);
  let converged = 0;
  let interruptedMarked = 0;
  let killedAfterStart = 0;
  const checks: Check[] = [];
  // how long a whole run takes; a run that finishes before its kill shortens it, and its point is tried again
  let runMs = clean.ms;
  for (let i = 0; i < KILLS; i++) {
    // one kill in each tenth of a run's duration, somewhere within it
    const fraction = (i + next()) / KILLS;
    let at = Math.round(runMs * fraction);
    await resetGraph(graph);
    let killed = await ingest(args, env, at);
    for (let retry = 0; retry < 2 && killed.signal !== 'SIGKILL'; retry++) {
      runMs = Math.min(runMs, killed.ms);
      at = Math.round(runMs * fraction * 0.9);
      await resetGraph(graph);
      killed = await ingest(args, env, at);
    }
    const phase = await phaseOf(graph, documents);
    const started = (await graph.read<{ n: number }>('RETURN COUNT { (:IngestRun) } AS n'))[0]!.n > 0;
    const rerun = await ingest(args, env);
    const now = await fingerprint(graph);
    const diff = differences(reference, now);
    const [runs] = await graph.read<{ interrupted: number }>("RETURN COUNT { (r:IngestRun {status: 'interrupted'}) } AS interrupted");
    if (started && killed.signal === 'SIGKILL') {
      killedAfterStart++;
      if (runs!.interrupted >= 1) interruptedMarked++;
    }
    const ok = rerun.code === 0 && diff.length === 0 && killed.signal === 'SIGKILL';
    if (ok) converged++;
    log(`kill ${i + 1}: at ${(at / 1000).toFixed(1)} s, ${killed.signal === 'SIGKILL' ? phase : `the run ended first (exit ${killed.code})`}; re-run exit ${rerun.code} in ${(rerun.ms / 1000).toFixed(1)} s: ${ok ? 'same graph' : rerun.code !== 0 ? rerun.stderr.trim().slice(-500) : diff.join(', ')}`);
  }
  checks.push(check('kill -9 during ingest', `runs killed with SIGKILL whose plain re-run converges to the clean graph (${DOCUMENTS} documents)`, converged === KILLS, `${converged}/${KILLS}`, `${KILLS}/${KILLS}`));
  checks.push(check('kill -9 during ingest', 'killed runs marked interrupted by the re-run', interruptedMarked === killedAfterStart, `${interruptedMarked}/${killedAfterStart}`, 'all'));
  return checks;
}

async function hostileFiles(graph: Graph, env: NodeJS.ProcessEnv, work: string, log: (line: string) => void): Promise<Check[]> {
  const dir = join(work, 'hostile');
  await mkdir(dir, { recursive: true });
  const good = ['klimat.txt', 'upphandling.txt', 'naringsliv.txt'];
  const texts = [
    'Klimatplan för Kommunen (syntetisk)\n\nKommunen ska minska utsläppen av växthusgaser med 60 procent till 2030. Alla kommunens fordon ska drivas med förnybara drivmedel.\n',
    'Upphandlingspolicy (syntetisk)\n\nKommunen ska underlätta för små och lokala företag att lämna anbud. Upphandlingar ska ställa krav på goda arbetsvillkor.\n',
    'Näringslivsstrategi (syntetisk)\n\nKommunen ska ha ett av länets bästa företagsklimat. Antalet nystartade företag ska öka varje år.\n',
  ];
  for (const [i, name] of good.entries()) await writeFile(join(dir, name), texts[i]!);
  await writeDocxBomb(join(dir, 'bomb.docx'), { inflatedMb: 300 });
  await writeDocxBomb(join(dir, 'lying-bomb.docx'), { inflatedMb: 600, declaredBytes: 40_000 });
  await writeLongText(join(dir, 'huge.txt'), 60);
  await copyFile(join(dir, 'klimat.txt'), join(dir, 'kopia-av-klimat.txt'));
  await symlink(join(dir, 'finns-inte.txt'), join(dir, 'dangling.txt'));
  await symlink(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  await symlink(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  log(`hostile folder: ${(await readdir(dir)).join(', ')}`);

  await resetGraph(graph);
  const run = await ingest([dir, '--max-file-mb', '100', '--verbose'], env);
  const landed = await graph.read<{ path: string }>('MATCH (d:Document) WHERE d.path IS NOT NULL RETURN d.path AS path');
  const paths = new Set(landed.map((r) => r.path.split('/').pop()));
  const stored = good.filter((name) => paths.has(name)).length;
  const named = (name: string) => run.stderr.split('\n').some((line) => line.includes(name));
  log(`hostile run: exit ${run.code} in ${(run.ms / 1000).toFixed(1)} s, peak RSS ${mb(run.peakRssBytes)}\n${run.stderr.trim().split('\n').slice(-14).join('\n')}`);
  return [
    check('hostile files', 'good files written beside bombs, huge text, copy and broken links', stored === good.length, `${stored}/${good.length}`, `${good.length}/${good.length}`),
    check('hostile files', 'each bad file named in its own line', ['bomb.docx', 'lying-bomb.docx', 'huge.txt', 'kopia-av-klimat.txt', 'dangling.txt', 'loop-a.txt'].every(named), ['bomb.docx', 'lying-bomb.docx', 'huge.txt', 'kopia-av-klimat.txt', 'dangling.txt', 'loop-a.txt'].filter((n) => !named(n)).join(', ') || 'all named', 'all named'),
    check('hostile files', 'exit code (1: some files failed)', run.code === 1, String(run.code), '1'),
    check('hostile files', 'time', run.ms < 120_000, `${(run.ms / 1000).toFixed(1)} s`, '< 120 s'),
    check('hostile files', 'peak RSS of the ingest', run.peakRssBytes < 1.5 * 1024 ** 3, mb(run.peakRssBytes), '< 1536 MB'),
  ];
}

export async function ingestReliability(log: (line: string) => void): Promise<Check[]> {
  const server = await startLocal({ profile: 'test', port: PORT, heapMb: 1024, pageCacheMb: 256, log });
  const graph = Graph.connect(server.target);
  const env = { NEO4J_URI: server.target.uri, NEO4J_USER: server.target.user, NEO4J_PASSWORD: server.target.password };
  const work = await mkdtemp(join(tmpdir(), 'strategigrafen-reliability-'));
  try {
    await applyMigrations({ run: (cypher) => graph.write(cypher) });
    return [...(await hostileFiles(graph, env, work, log)), ...(await crashRecovery(graph, env, work, log))];
  } finally {
    await graph.close();
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
}
