import type { Neo4jTarget } from '@strategigrafen/graph-db';

/**
 * The local Neo4j servers this package starts: one per profile, each on its own loopback port and data
 * directory. (An external server, named by NEO4J_URI, is read with graph-db's targetFromEnv('NEO4J_').)
 */
export type Profile = 'dev' | 'test' | 'bench';

/** Default loopback Bolt ports per profile, so dev, tests and benchmarks never share data. */
export const PROFILE_PORTS: Record<Profile, number> = { dev: 7687, test: 7688, bench: 7689 };

export function localPort(profile: Profile, env: NodeJS.ProcessEnv = process.env): number {
  const override = profile === 'test' ? env.TEST_NEO4J_PORT : env.LOCAL_NEO4J_PORT;
  if (!override) return PROFILE_PORTS[profile];
  const port = Number(override);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`${profile === 'test' ? 'TEST_NEO4J_PORT' : 'LOCAL_NEO4J_PORT'}="${override}" must be a port number between 1024 and 65535.`);
  }
  return port;
}

export function localTarget(port: number): Neo4jTarget {
  // The local server listens on 127.0.0.1 only and runs without authentication.
  return { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: '', database: undefined, local: true };
}
