import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boltAnswers, type Neo4jTarget } from '@strategigrafen/graph-db';
import { localTarget, type Profile } from './config.js';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO_DIR = resolve(PACKAGE_DIR, '..');
const JAR = join(PACKAGE_DIR, 'target', 'neo4j-local-0.1.0.jar');
const LIB = join(PACKAGE_DIR, 'target', 'lib');

export interface LocalOptions {
  profile: Profile;
  port: number;
  /** JVM heap ceiling in MiB (Neo4j shares 2 cores and the memory with everything else) */
  heapMb?: number;
  /** Neo4j page cache in MiB */
  pageCacheMb?: number;
  /** keep running after this process exits (npm run db) instead of dying with it */
  detached?: boolean;
  /** how long to wait for Bolt to answer */
  readyTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalServer {
  target: Neo4jTarget;
  /** true when this call started the server, false when it reused a running one */
  started: boolean;
  pid: number;
  stop(): Promise<void>;
}

export function dataDir(profile: Profile, port: number): string {
  return join(REPO_DIR, '.neo4j', `${profile}-${port}`);
}

const pidFile = (dir: string) => join(dir, 'neo4j.pid');
const logFile = (dir: string) => join(dir, 'neo4j.log');

/** Compiles the launcher and fetches Neo4j from Maven Central unless already done. */
export function ensureBuilt(log: (line: string) => void = () => {}): void {
  const pom = join(PACKAGE_DIR, 'pom.xml');
  const upToDate = existsSync(JAR) && existsSync(LIB) && readdirSync(LIB).length > 0 && statSync(JAR).mtimeMs >= statSync(pom).mtimeMs;
  if (upToDate) return;
  log('Resolving Neo4j through Maven (first run only)…');
  const mvn = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: PACKAGE_DIR, stdio: 'inherit' });
  if (mvn.error) {
    throw new Error(`Could not run Maven (${mvn.error.message}). Install Maven and Java 17+, or set NEO4J_URI to an existing Neo4j server.`);
  }
  if (mvn.status !== 0) {
    throw new Error(`Maven failed to build neo4j-local (exit ${mvn.status}). See the output above; run "mvn -B package" in ${PACKAGE_DIR} to retry.`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function runningPid(profile: Profile, port: number): number | undefined {
  const file = pidFile(dataDir(profile, port));
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return pid;
  rmSync(file, { force: true });
  return undefined;
}

function tail(file: string, lines = 20): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function waitForBolt(target: Neo4jTarget, child: ChildProcess, timeoutMs: number, log: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`Neo4j exited (code ${exited}) before it was ready. Last lines of ${log}:\n${tail(log)}`);
    }
    if (await boltAnswers(target, 1000)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `Neo4j did not answer on ${target.uri} within ${Math.round(timeoutMs / 1000)} s. ` +
      `Check ${log}, free the port, or raise NEO4J_READY_TIMEOUT_MS.\n${tail(log)}`,
  );
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return !isAlive(pid);
}

/** Stops the local server of a profile/port; resolves once the process has gone. */
export async function stopLocal(profile: Profile, port: number): Promise<boolean> {
  const pid = runningPid(profile, port);
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 60_000))) process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
  rmSync(pidFile(dataDir(profile, port)), { force: true });
  return true;
}

/**
 * Starts (or reuses) a local Neo4j Community server on 127.0.0.1:port.
 * Attached servers stop with this process, even when it is killed outright.
 */
export async function startLocal(options: LocalOptions): Promise<LocalServer> {
  const { profile, port } = options;
  const log = options.log ?? (() => {});
  const target = localTarget(port);
  const dir = dataDir(profile, port);
  const existing = runningPid(profile, port);
  if (existing && (await boltAnswers(target))) {
    return { target, started: false, pid: existing, stop: async () => {} };
  }
  if (!existing && (await boltAnswers(target))) {
    throw new Error(`Port ${port} already answers Bolt but is not this project's Neo4j. Stop that server, or set NEO4J_URI=${target.uri} to use it.`);
  }

  ensureBuilt(log);
  mkdirSync(dir, { recursive: true });
  const heap = options.heapMb ?? 768;
  const pageCache = options.pageCacheMb ?? 256;
  const out = openSync(logFile(dir), 'a');
  const args = [
    `-Xms${Math.min(heap, 256)}m`,
    `-Xmx${heap}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-jar',
    JAR,
    join(dir, 'data'),
    String(port),
    String(pageCache),
    ...(options.detached ? [] : ['--exit-on-stdin-eof']),
  ];
  log(`Starting Neo4j on ${target.uri} (heap ≤${heap} MiB, page cache ${pageCache} MiB, data in ${dir})…`);
  const child = spawn(process.env.JAVA ?? 'java', args, {
    cwd: dir,
    detached: options.detached ?? false,
    stdio: [options.detached ? 'ignore' : 'pipe', out, out],
  });
  child.on('error', (err) => log(`Could not start Java: ${err.message}. Install Java 17+ or set NEO4J_URI.`));
  if (!child.pid) throw new Error('Could not start Java. Install Java 17+ (java on PATH) or set NEO4J_URI.');
  writeFileSync(pidFile(dir), String(child.pid));
  if (options.detached) child.unref();

  const readyTimeout = options.readyTimeoutMs ?? Number(process.env.NEO4J_READY_TIMEOUT_MS ?? 180_000);
  try {
    await waitForBolt(target, child, readyTimeout, logFile(dir));
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(pidFile(dir), { force: true });
    throw err;
  }
  const pid = child.pid;
  return {
    target,
    started: true,
    pid,
    stop: async () => {
      if (!isAlive(pid)) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(pid, 60_000))) child.kill('SIGKILL');
      rmSync(pidFile(dir), { force: true });
    },
  };
}
