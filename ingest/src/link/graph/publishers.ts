import type { Graph } from '@strategigrafen/graph-db';
import { int } from './helpers.js';

/**
 * Who published each document, as the keys the linker compares: a municipality's SCB code; an
 * organisation that is part of a municipality counts as that municipality (a municipal company is
 * the municipality's own voice); any other organisation is itself ("org:<id>"). A document without
 * a known publisher has no keys and takes part in no link.
 */
const PUBLISHERS = `
MATCH (d:Document) WHERE d.id > $after
WITH d ORDER BY d.id LIMIT $limit
OPTIONAL MATCH (p)-[:PUBLISHED]->(d) WHERE p:Municipality OR p:Organisation
OPTIONAL MATCH (p:Organisation)-[:PART_OF]->(home:Municipality)
WITH d, collect(DISTINCT CASE
  WHEN p:Municipality THEN p.code
  WHEN home IS NOT NULL THEN home.code
  WHEN p IS NOT NULL THEN 'org:' + p.id
END) AS owners
RETURN d.id AS id, owners
ORDER BY id`;

const PAGE = 5000;

export async function readPublishers(graph: Graph): Promise<Map<string, string[]>> {
  const publishers = new Map<string, string[]>();
  for (let after = ''; ; ) {
    const rows = await graph.read<{ id: string; owners: string[] }>(PUBLISHERS, { after, limit: int(PAGE) });
    for (const row of rows) publishers.set(row.id, row.owners);
    if (rows.length < PAGE) return publishers;
    after = rows[rows.length - 1]!.id;
  }
}
