import { targetFromEnv, type Neo4jTarget } from '@strategigrafen/graph-db';
import { localPort, type Profile } from './config.js';
import { startLocal, type LocalOptions } from './launcher.js';

export * from './config.js';
export { startLocal, stopLocal, runningPid, dataDir, ensureBuilt, type LocalOptions, type LocalServer } from './launcher.js';

export interface ResolvedNeo4j {
  target: Neo4jTarget;
  /** how the server was found: NEO4J_URI's, a local one this call started, or a local one already running */
  origin: 'external' | 'started' | 'reused';
  /** stops the server if this call started it; a no-op for external or reused servers */
  stop(): Promise<void>;
}

/**
 * The one place that decides which Neo4j the project talks to: NEO4J_URI when set,
 * otherwise a local server for the profile, started on demand.
 */
export async function resolveNeo4j(
  profile: Profile,
  options: Omit<LocalOptions, 'profile' | 'port'> = {},
): Promise<ResolvedNeo4j> {
  const external = targetFromEnv('NEO4J_');
  if (external) return { target: external, origin: 'external', stop: async () => {} };
  const server = await startLocal({ ...options, profile, port: localPort(profile) });
  return { target: server.target, origin: server.started ? 'started' : 'reused', stop: server.stop };
}
