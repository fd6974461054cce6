/** The API's settings, read from the environment once and validated, with an error naming each bad variable. */
import { z } from 'zod';

const integer = (min: number, max: number) =>
  z.coerce.number({ error: `must be a whole number from ${min} to ${max}` }).int({ error: `must be a whole number from ${min} to ${max}` }).min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` });
const port = integer(0, 65535);
const positiveInt = (max: number) => integer(1, max);
/** an origin as browsers send it: scheme, host and optional port, no path */
const ORIGIN = /^https?:\/\/[^/\s:]+(:\d{1,5})?$/;

const ConfigSchema = z.object({
  PORT: port.default(4000),
  /** loopback by default: the API has no authentication, so exposing it is an explicit choice */
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  /** comma-separated origins allowed by CORS; empty means same-origin only, "*" allows any */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine((origin) => origin === '*' || ORIGIN.test(origin), { error: 'each origin must look like http://localhost:5173 (scheme, host, optional port), or be *' }))),
  /** Neo4j transaction timeout per query */
  QUERY_TIMEOUT_MS: positiveInt(120_000).default(5_000),
  /** largest `first` any list accepts (290 municipalities fit on one page) */
  MAX_PAGE_SIZE: positiveInt(1_000).default(300),
  /** deepest selection set accepted; a connection costs two levels (edges, node) */
  MAX_DEPTH: positiveInt(100).default(16),
  /** cost budget per operation (src/load/cost.ts): database fields cost by kind, each object 1, lists multiply by `first` */
  MAX_COMPLEXITY: positiveInt(10_000_000).default(150_000),
  /** fields at the root of one operation, aliases included */
  MAX_ROOT_FIELDS: positiveInt(1_000).default(10),
  /** aliased fields anywhere in one operation */
  MAX_ALIASES: integer(0, 1_000).default(20),
  /** deadline of a whole request from its arrival: its queries are stopped and their connections freed when it passes */
  REQUEST_TIMEOUT_MS: positiveInt(300_000).default(10_000),
  /** operations that use the database running at once; more wait in the queue */
  MAX_CONCURRENT_REQUESTS: positiveInt(1_000).default(8),
  /** of those, heavy ones (search, goalsLike, compare, text filters); the other slots stay free for quick pages. Default: half */
  MAX_CONCURRENT_HEAVY_REQUESTS: positiveInt(1_000).optional(),
  /** operations allowed to wait for a slot; beyond that they get 503 at once */
  MAX_QUEUED_REQUESTS: integer(0, 10_000).default(8),
  /** longest wait for a slot; an operation that would wait longer gets 503 (at once, when that is foreseeable) */
  MAX_QUEUE_WAIT_MS: integer(0, 60_000).default(1_000),
  /** queries (transactions) the API runs on Neo4j at once; the rest wait for a slot within their request's deadline */
  NEO4J_MAX_CONCURRENCY: positiveInt(1_000).default(8),
  /** connections in the driver's pool; must be more than NEO4J_MAX_CONCURRENCY (readiness probes and background work use some) */
  NEO4J_POOL_SIZE: positiveInt(2_000).default(32),
  /** how long whole-graph aggregates (theme counts, municipality profiles) are reused; 0 turns caching off */
  AGGREGATE_CACHE_MS: integer(0, 3_600_000).default(30_000),
  /** how often, at most, goalsLike checks whether the graph changed since its engine was built (then rebuilds it in the background); 0 = every request */
  GOALS_LIKE_CHECK_MS: integer(0, 3_600_000).default(5_000),
}).superRefine((env, ctx) => {
  if (env.MAX_CONCURRENT_HEAVY_REQUESTS !== undefined && env.MAX_CONCURRENT_HEAVY_REQUESTS > env.MAX_CONCURRENT_REQUESTS) {
    ctx.addIssue({ code: 'custom', path: ['MAX_CONCURRENT_HEAVY_REQUESTS'], message: `must be at most MAX_CONCURRENT_REQUESTS (${env.MAX_CONCURRENT_REQUESTS})` });
  }
  if (env.NEO4J_POOL_SIZE <= env.NEO4J_MAX_CONCURRENCY) {
    ctx.addIssue({ code: 'custom', path: ['NEO4J_POOL_SIZE'], message: `must be more than NEO4J_MAX_CONCURRENCY (${env.NEO4J_MAX_CONCURRENCY})` });
  }
});

type EnvConfig = z.infer<typeof ConfigSchema>;

/** The validated settings, named for code (the environment variables are their UPPER_SNAKE_CASE forms). */
export interface ApiConfig {
  port: number;
  host: string;
  corsOrigins: string[];
  queryTimeoutMs: number;
  maxPageSize: number;
  maxDepth: number;
  maxComplexity: number;
  maxRootFields: number;
  maxAliases: number;
  requestTimeoutMs: number;
  maxConcurrentRequests: number;
  maxConcurrentHeavyRequests: number;
  maxQueuedRequests: number;
  maxQueueWaitMs: number;
  neo4jMaxConcurrency: number;
  neo4jPoolSize: number;
  aggregateCacheMs: number;
  goalsLikeCheckMs: number;
}

const fromEnv = (env: EnvConfig): ApiConfig => ({
  port: env.PORT,
  host: env.HOST,
  corsOrigins: env.CORS_ORIGINS,
  queryTimeoutMs: env.QUERY_TIMEOUT_MS,
  maxPageSize: env.MAX_PAGE_SIZE,
  maxDepth: env.MAX_DEPTH,
  maxComplexity: env.MAX_COMPLEXITY,
  maxRootFields: env.MAX_ROOT_FIELDS,
  maxAliases: env.MAX_ALIASES,
  requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
  maxConcurrentRequests: env.MAX_CONCURRENT_REQUESTS,
  maxConcurrentHeavyRequests: env.MAX_CONCURRENT_HEAVY_REQUESTS ?? Math.ceil(env.MAX_CONCURRENT_REQUESTS / 2),
  maxQueuedRequests: env.MAX_QUEUED_REQUESTS,
  maxQueueWaitMs: env.MAX_QUEUE_WAIT_MS,
  neo4jMaxConcurrency: env.NEO4J_MAX_CONCURRENCY,
  neo4jPoolSize: env.NEO4J_POOL_SIZE,
  aggregateCacheMs: env.AGGREGATE_CACHE_MS,
  goalsLikeCheckMs: env.GOALS_LIKE_CHECK_MS,
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from `env`; throws a ConfigError listing every invalid variable and what it should be. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const keys = Object.keys(ConfigSchema.shape) as (keyof EnvConfig)[];
  // unset and empty variables both mean "use the default"
  const raw = Object.fromEntries(keys.map((key) => [key, env[key]?.trim() ? env[key] : undefined]));
  const parsed = ConfigSchema.safeParse(raw);
  if (parsed.success) return fromEnv(parsed.data);
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0]);
    return `  ${key}=${JSON.stringify(env[key] ?? '')}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid API configuration:\n${problems.join('\n')}\nFix these environment variables or unset them to use the defaults.`);
}

/** Defaults, for tests and tools that build the schema without a server. */
export function defaultConfig(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return { ...loadConfig({}), ...overrides };
}
