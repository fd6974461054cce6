/**
 * Where the project's Neo4j is. Either an external server named by NEO4J_URI
 * (bolt://, neo4j://, +s/+ssc variants, Aura), or a local one that this package starts.
 */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** true when the project itself manages the server (local launcher) */
  local: boolean;
}

export type Profile = 'dev' | 'test' | 'bench';

/** Default loopback Bolt ports per profile, so dev, tests and benchmarks never share data. */
export const PROFILE_PORTS: Record<Profile, number> = { dev: 7687, test: 7688, bench: 7689 };

const VALID_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

export function externalTarget(env: NodeJS.ProcessEnv = process.env): Neo4jTarget | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  const scheme = uri.split('://')[0] ?? '';
  if (!uri.includes('://') || !VALID_SCHEMES.includes(scheme)) {
    throw new Error(
      `NEO4J_URI="${uri}" is not a Neo4j URI. Use one of ${VALID_SCHEMES.map((s) => `${s}://`).join(', ')} ` +
        `(for example bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io).`,
    );
  }
  return {
    uri,
    user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
    local: false,
  };
}

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
