import type { Graph } from '@strategigrafen/graph-db';
import { batches, int, pages } from './helpers.js';

/** Document reads and REUSES writes for the reused-text linker. */
export interface StoredText {
  id: string;
  year: number | null;
  text: string;
}

const TEXTS_PAGE = `
MATCH (d:Document) WHERE d.id > $after
WITH d ORDER BY d.id LIMIT $limit
RETURN d.id AS id, d.year AS year, CASE WHEN d.hasText THEN d.text ELSE '' END AS text
ORDER BY id`;

const PAGE = 500;

/** Every document's text, in id order, a page at a time (texts are large; a page is 500 documents). */
export function readTexts(graph: Graph): AsyncGenerator<StoredText[]> {
  return pages((after) => graph.read<StoredText>(TEXTS_PAGE, { after, limit: int(PAGE) }), PAGE);
}

const TEXTS_OF = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.text AS text`;

export async function readTextsOf(graph: Graph, documentIds: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const ids of batches(documentIds, PAGE)) {
    for (const row of await graph.read<{ id: string; text: string }>(TEXTS_OF, { ids })) texts.set(row.id, row.text);
  }
  return texts;
}

const DELETE_OUTGOING = `
UNWIND $ids AS id
MATCH (:Document {id: id})-[r:REUSES]->()
DELETE r`;
const DELETE_INCOMING = `
UNWIND $ids AS id
MATCH (:Document {id: id})<-[r:REUSES]-()
DELETE r`;

export async function deleteReusesOf(graph: Graph, documentIds: readonly string[]): Promise<void> {
  for (const ids of batches(documentIds, 5000)) {
    await graph.write(DELETE_OUTGOING, { ids });
    await graph.write(DELETE_INCOMING, { ids });
  }
}

export interface ReusesRow {
  from: string;
  to: string;
  /** see encodeSpans: offsets into from's (a) and to's (b) text */
  spans: string;
  overlap: number;
  words: number;
}

// CREATE, not MERGE: every edge written touches a document whose REUSES were just deleted, and each pair comes once.
const WRITE_REUSES = `
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Document {id: row.to})
CREATE (a)-[:REUSES {spans: row.spans, overlap: row.overlap, words: row.words}]->(b)`;

export async function writeReuses(graph: Graph, rows: readonly ReusesRow[]): Promise<void> {
  for (const batch of batches(rows, 2000)) await graph.write(WRITE_REUSES, { rows: batch.map((r) => ({ ...r, words: int(r.words) })) });
}
