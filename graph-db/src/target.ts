/**
 * Where a Neo4j is: an external server named by environment variables (bolt://, neo4j://, +s/+ssc variants,
 * Aura), or a local one that @strategigrafen/neo4j-local starts (local: true).
 */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** true when the project itself manages the server (local launcher, no authentication) */
  local: boolean;
}

export const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

/**
 * The server that `<prefix>URI`, `<prefix>USER` (or `<prefix>USERNAME`; default neo4j), `<prefix>PASSWORD`
 * (default empty) and `<prefix>DATABASE` (default: the server's) name, e.g. `targetFromEnv('NEO4J_')` or
 * `targetFromEnv('BENCH_NEO4J_')`; undefined when `<prefix>URI` is unset or blank. A URI that is not a Neo4j
 * URI is an error that names the variable.
 */
export function targetFromEnv(prefix: string, env: NodeJS.ProcessEnv = process.env): Neo4jTarget | undefined {
  const uri = env[`${prefix}URI`]?.trim();
  if (!uri) return undefined;
  const scheme = uri.split('://')[0] ?? '';
  if (!uri.includes('://') || !(NEO4J_SCHEMES as readonly string[]).includes(scheme)) {
    throw new Error(
      `${prefix}URI="${uri}" is not a Neo4j URI. Use one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')} ` +
        `(for example bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io).`,
    );
  }
  return {
    uri,
    user: env[`${prefix}USER`] ?? env[`${prefix}USERNAME`] ?? 'neo4j',
    password: env[`${prefix}PASSWORD`] ?? '',
    database: env[`${prefix}DATABASE`] || undefined,
    local: false,
  };
}
