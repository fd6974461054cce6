import { COUNTIES } from '@strategigrafen/schema';
import type { AggregateCache } from '../db/cache.js';
import type { GraphReader } from '../db/reader.js';
import { byKey, type Loaders } from '../loaders.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import type { County } from './county.type.js';

const LIST = `
MATCH (c:County)
WITH c ORDER BY c.code
WITH collect(c {.code, .name, .region}) AS rows
RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS items`;

const ALL = `
MATCH (c:County)
RETURN c {.code, .name, .region} AS row`;

const COUNTS = `
UNWIND $codes AS key
MATCH (c:County {code: key})
RETURN key,
  COUNT { (c)<-[:IN_COUNTY]-(:Municipality) } AS municipalities,
  COUNT { MATCH (c)<-[:IN_COUNTY]-(:Municipality)-[:PUBLISHED]->(d:Document) RETURN d } AS documents`;

/** The region governing a county, from the gazetteer (for graphs written before counties carried it). */
function countyRegion(code: string): string | null {
  return COUNTIES.find((c) => c.code === code)?.region ?? null;
}

const toCounty = (row: { code: string; name: string; region?: string | null }): County => ({ code: row.code, name: row.name, region: row.region ?? countyRegion(row.code) });

export class CountyService {
  constructor(
    private readonly db: GraphReader,
    private readonly loaders: Loaders,
    private readonly cache: AggregateCache,
  ) {}

  async list(page: PageRequest): Promise<Page<County>> {
    const row = await this.db.first<{ total: number; items: County[] }>(LIST, { ...pageParams(page) });
    return { total: row?.total ?? 0, items: (row?.items ?? []).map(toCounty) };
  }

  /** Counties are few (21): all of them are read once per cache period. */
  byCode(code: string): Promise<County | null> {
    return this.loaders
      .get<string, County | null>('county', null, async (codes) => {
        const all = await this.cache.get('counties', async () => {
          const rows = await this.db.rows<{ row: County }>(ALL);
          return new Map(rows.map((r) => [r.row.code, toCounty(r.row)]));
        });
        return codes.map((code) => all.get(code) ?? null);
      })
      .load(code);
  }

  counts(code: string): Promise<{ municipalities: number; documents: number }> {
    return this.loaders
      .get<string, { municipalities: number; documents: number }>('countyCounts', null, async (codes) => {
        const rows = await this.db.rows<{ key: string; municipalities: number; documents: number }>(COUNTS, { codes });
        return byKey(codes, rows, (r) => r.key, { municipalities: 0, documents: 0 }, (r) => ({ municipalities: r.municipalities, documents: r.documents }));
      })
      .load(code);
  }
}
