import type { Graph } from '@strategigrafen/graph-db';
import { encodeSpans } from '@strategigrafen/schema';
import { batches, countRelationships, writeConcurrently } from './helpers.js';
import { deleteReusesOf, readTexts, readTextsOf, writeReuses, type ReusesRow } from './documents.js';
import { charSpans, ReuseIndex, wordOffsets, type ReuseOptions, type WordOffsets } from '../reuse/index.js';

export interface ReusedTextOptions {
  /** the documents whose REUSES edges are (re)computed */
  documentIds: readonly string[];
  /** document id → publisher keys (see graph/publishers.ts) */
  publishers: ReadonlyMap<string, readonly string[]>;
  reuse?: Partial<ReuseOptions>;
  log?: (message: string) => void;
}

/**
 * Recomputes the REUSES edges of `documentIds`: every document's text is shingled (boilerplate is
 * judged over the whole collection), pairs touching the run's documents are aligned, and the shared
 * passages are stored as spans. Returns the number of edges written.
 */
export async function updateReusedText(graph: Graph, options: ReusedTextOptions): Promise<number> {
  const runDocuments = new Set(options.documentIds);
  if (runDocuments.size === 0) return 0;
  const index = new ReuseIndex(options.reuse);
  for await (const page of readTexts(graph)) {
    for (const document of page) {
      index.add({ id: document.id, owners: options.publishers.get(document.id) ?? [], year: document.year, text: document.text });
    }
  }
  const links = index.findLinks((id) => runDocuments.has(id));
  options.log?.(`reused text: ${index.size} documents, ${links.length} pairs share passages`);

  if ((await countRelationships(graph, 'REUSES')) > 0) await deleteReusesOf(graph, options.documentIds);
  const texts = await readTextsOf(graph, [...new Set(links.flatMap((l) => [l.from, l.to]))]);
  const offsets = new Map<string, WordOffsets>();
  const offsetsOf = (id: string) => {
    let found = offsets.get(id);
    if (!found) offsets.set(id, (found = wordOffsets(texts.get(id) ?? '')));
    return found;
  };
  const rows: ReusesRow[] = links.map((link) => {
    const fromText = texts.get(link.from) ?? '';
    const spans = charSpans(link, offsetsOf(link.from), offsetsOf(link.to)).map((span) => ({ ...span, text: fromText.slice(span.aStart, span.aEnd) }));
    return { from: link.from, to: link.to, spans: encodeSpans(spans), overlap: link.overlap, words: link.words };
  });
  await writeConcurrently(batches(rows, 2000), (batch) => writeReuses(graph, batch));
  options.log?.(`reused text: ${rows.length} edges written`);
  return rows.length;
}
