import type { GraphReader } from '../db/reader.js';
import { ORGANISATION_ROW, swedishSortKey } from '../db/fragments.js';
import { byKey, type Loaders } from '../loaders.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import type { Organisation } from './organisation.type.js';
import type { OrganisationFilter } from './organisation.input.js';

const LIST = `
MATCH (o:Organisation)
WHERE ($f.kind IS NULL OR o.kind = $f.kind)
  AND ($f.municipality IS NULL OR EXISTS { (o)-[:PART_OF]->(:Municipality {code: $f.municipality}) })
  AND ($f.county IS NULL OR EXISTS { (o)-[:PART_OF]->(:County {code: $f.county}) }
       OR EXISTS { (o)-[:PART_OF]->(:Municipality)-[:IN_COUNTY]->(:County {code: $f.county}) })
WITH o ORDER BY ${swedishSortKey('o.name')}, o.id
WITH collect(o) AS rows
RETURN size(rows) AS total, [o IN rows[$skip..$skip + $limit] | ${ORGANISATION_ROW}] AS items`;

const BY_IDS = `
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN ${ORGANISATION_ROW} AS row`;

const OF_MUNICIPALITIES = `
UNWIND $keys AS key
CALL (key) {
  MATCH (o:Organisation)-[:PART_OF]->(:Municipality {code: key})
  WITH o ORDER BY ${swedishSortKey('o.name')}, o.id
  RETURN collect(o) AS rows
}
RETURN key, size(rows) AS total, [o IN rows[$skip..$skip + $limit] | ${ORGANISATION_ROW}] AS items`;

export const toOrganisation = (row: Organisation): Organisation => ({
  id: row.id,
  name: row.name ?? row.id,
  kind: row.kind ?? 'other',
  municipalityCode: row.municipalityCode ?? null,
  countyCode: row.countyCode ?? null,
});

export class OrganisationService {
  constructor(
    private readonly db: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  async list(filter: OrganisationFilter, page: PageRequest): Promise<Page<Organisation>> {
    const f = { kind: filter.kind ?? null, municipality: filter.municipality ?? null, county: filter.county ?? null };
    const row = await this.db.first<{ total: number; items: Organisation[] }>(LIST, { f, ...pageParams(page) });
    return { total: row?.total ?? 0, items: (row?.items ?? []).map(toOrganisation) };
  }

  byId(id: string): Promise<Organisation | null> {
    return this.loaders
      .get<string, Organisation | null>('organisation', null, async (ids) => {
        const rows = await this.db.rows<{ row: Organisation }>(BY_IDS, { ids });
        return byKey(ids, rows, (r) => r.row.id, null, (r) => toOrganisation(r.row));
      })
      .load(id);
  }

  ofMunicipality(code: string, page: PageRequest): Promise<Page<Organisation>> {
    return this.loaders
      .get<string, Page<Organisation>>('organisationsOfMunicipality', page, async (keys) => {
        const rows = await this.db.rows<{ key: string; total: number; items: Organisation[] }>(OF_MUNICIPALITIES, { keys, ...pageParams(page) });
        return byKey(keys, rows, (r) => r.key, { total: 0, items: [] }, (r) => ({ total: r.total, items: r.items.map(toOrganisation) }));
      })
      .load(code);
  }
}
