import { decodeRunFailures } from '@strategigrafen/schema';
import type { AggregateCache } from '../db/cache.js';
import type { GraphReader } from '../db/reader.js';
import type { IngestRun, Stats } from './stats.type.js';

/** Counts Neo4j keeps in its count store (constant time), and the newest ingest run. */
const COUNTS = `
RETURN
  COUNT { (:County) } AS counties,
  COUNT { (:Municipality) } AS municipalities,
  COUNT { (:Organisation) } AS organisations,
  COUNT { (:Document) } AS documents,
  COUNT { (:Goal) } AS goals,
  COUNT { (:Theme) } AS themes,
  COUNT { ()-[:SIMILAR_TO]->() } AS similarGoalLinks,
  COUNT { ()-[:REUSES]->() } AS reuseLinks,
  COLLECT { MATCH (r:IngestRun) RETURN r {.*} AS run ORDER BY r.startedAt DESC LIMIT 1 } AS runs`;

/** Counts that need a scan. */
const SCANNED = `
RETURN
  COUNT { MATCH (m:Municipality) WHERE EXISTS { (m)-[:PUBLISHED]->(:Document) } RETURN m } AS municipalitiesWithDocuments,
  COUNT { MATCH (d:Document) WHERE d.hasText = true RETURN d } AS documentsWithText,
  COUNT { MATCH (g:Goal) WHERE g.measurable = true RETURN g } AS measurableGoals`;

type Scanned = Pick<Stats, 'municipalitiesWithDocuments' | 'documentsWithText' | 'measurableGoals'>;

export class StatsService {
  constructor(
    private readonly db: GraphReader,
    private readonly cache: AggregateCache,
  ) {}

  async stats(): Promise<Stats> {
    const row = await this.db.first<Omit<Stats, keyof Scanned | 'lastIngestRun'> & { runs: Record<string, unknown>[] }>(COUNTS);
    if (!row) throw new Error('stats query returned no row');
    const { runs, ...counts } = row;
    // the scans are reused while the graph's size is unchanged (and for the cache period at most)
    const scanned = await this.cache.get(`stats:${counts.documents}:${counts.goals}:${counts.municipalities}`, async () => (await this.db.first<Scanned>(SCANNED))!);
    return { ...counts, ...scanned, lastIngestRun: runs[0] ? toIngestRun(runs[0]) : null };
  }
}

function toIngestRun(row: Record<string, unknown>): IngestRun {
  const int = (v: unknown) => (typeof v === 'number' ? v : 0);
  return {
    id: String(row.id),
    startedAt: String(row.startedAt ?? ''),
    finishedAt: row.finishedAt == null ? null : String(row.finishedAt),
    status: String(row.status),
    files: int(row.files),
    ok: int(row.ok),
    failed: int(row.failed),
    failures: decodeRunFailures(row.failures).map((f) => `${f.path}: ${f.error}`),
  };
}
