/**
 * Writes analysed documents into the graph, a batch per transaction.
 *
 * Identity is the content hash: a document already stored under its id is left exactly as it is
 * (re-ingesting the same files changes nothing), a file whose path is stored under another id has
 * changed and its old document is removed with its goals and links before the new one is created.
 * Title-only documents (a seed page's related titles) are shared by everyone who lists them and
 * removed only when nobody lists them any more.
 */
import type { AnalysedDocument } from '@strategigrafen/schema';
import type { Graph } from '@strategigrafen/neo4j-local/gateway';
import { updateLinks, type LinkSummary } from '../link/index.js';
import * as cypher from './cypher.js';
import { writeReferenceData } from './reference.js';
import { documentRow } from './rows.js';
import { analyseTitleOnly } from '../analyse/index.js';

export const DEFAULT_BATCH_SIZE = 250;

export interface WriteOptions {
  /** documents per transaction (default 250) */
  batchSize?: number;
  /** rewrite documents even when they are stored unchanged (after the analysis has improved) */
  force?: boolean;
  /** recompute similarity and reuse links for the written documents at the end (default true) */
  links?: boolean;
  /** similar goals kept per goal, passed on to updateLinks */
  k?: number;
  /** progress lines of the linking step */
  log?: (line: string) => void;
}

/** what happened to one input document */
export type DocumentChange = 'new' | 'changed' | 'unchanged';

export interface BatchResult {
  changes: { id: string; path: string | null; change: DocumentChange }[];
}

export interface WriteTotals {
  /** documents created from input (new or changed files) */
  written: number;
  unchanged: number;
  /** stored documents removed and written anew because their file changed (or with `force`) */
  replaced: number;
  goals: number;
  themeTags: number;
  /** title-only documents created for related titles */
  relatedDocuments: number;
  relatedLinks: number;
  /** title-only documents removed because nothing lists them any more */
  orphansRemoved: number;
}

export interface WriteSummary extends WriteTotals {
  links: LinkSummary;
  /** ids of the documents created (input and title-only); their links were recomputed */
  documentIds: string[];
}

export class GraphWriter {
  readonly totals: WriteTotals = { written: 0, unchanged: 0, replaced: 0, goals: 0, themeTags: 0, relatedDocuments: 0, relatedLinks: 0, orphansRemoved: 0 };
  private readonly created: string[] = [];
  private readonly orphanCandidates = new Set<string>();

  constructor(
    readonly graph: Graph,
    readonly options: WriteOptions = {},
  ) {}

  /** constraints, indexes and reference data; call once before the first batch */
  async prepare(): Promise<void> {
    await writeReferenceData(this.graph);
  }

  /** Writes one batch in one transaction; with runId, also links the IngestRun to every document of the batch. */
  async writeBatch(docs: readonly AnalysedDocument[], runId?: string): Promise<BatchResult> {
    const inputs = uniqueById(docs);
    const titleOnly = new Map<string, AnalysedDocument>();
    for (const title of new Set(inputs.flatMap((doc) => doc.relatedTitles))) titleOnly.set(title, analyseTitleOnly(title));
    const inputIds = new Set(inputs.map((doc) => doc.id));
    const related = uniqueById([...titleOnly.values()].filter((doc) => !inputIds.has(doc.id)));
    const paths = inputs.map((doc) => doc.path).filter((path): path is string => path !== null);
    const relatedIds = (doc: AnalysedDocument) => [...new Set(doc.relatedTitles.map((title) => titleOnly.get(title)!.id))].filter((to) => to !== doc.id);

    const outcome = await this.graph.writeTransaction(async (tx) => {
      const ids = [...inputIds, ...related.map((doc) => doc.id)];
      const stored = new Map((await tx.run(cypher.FIND_EXISTING, { ids })).records.map((r) => [r.get('id') as string, r.get('related') as string[]]));
      const existing = new Set(stored.keys());
      const replaced = paths.length ? (await tx.run(cypher.FIND_REPLACED, { paths, ids })).records.map((r) => ({ id: r.get('id') as string, path: r.get('path') as string })) : [];
      // rewritten in place: on request, or when only the list of related titles changed
      const forced = inputs
        .filter((doc) => existing.has(doc.id) && (this.options.force || !sameSet(stored.get(doc.id)!, relatedIds(doc))))
        .map((doc) => doc.id);
      const removed = [...replaced.map((r) => r.id), ...forced];
      const orphanCandidates: string[] = [];
      if (removed.length) {
        const result = await tx.run(cypher.DELETE_DOCUMENTS, { ids: removed });
        for (const record of result.records) orphanCandidates.push(...(record.get('related') as string[]));
        for (const id of forced) existing.delete(id);
      }

      const created = inputs.filter((doc) => !existing.has(doc.id));
      const createdRelated = related.filter((doc) => !existing.has(doc.id));
      const rows = [...created, ...createdRelated].map(documentRow);
      if (rows.length) await tx.run(cypher.CREATE_DOCUMENTS, { rows });
      const links = created.flatMap((doc) => relatedIds(doc).map((to) => ({ from: doc.id, to })));
      if (links.length) await tx.run(cypher.CREATE_RELATED, { rows: links });

      const changedPaths = new Set(replaced.map((r) => r.path));
      const changes = inputs.map((doc) => ({
        id: doc.id,
        path: doc.path,
        change: existing.has(doc.id) ? 'unchanged' : changedPaths.has(doc.path ?? '') || forced.includes(doc.id) ? 'changed' : 'new',
      })) satisfies BatchResult['changes'];
      if (runId) await tx.run(cypher.RECORD_INGESTED, { runId, rows: changes });
      return { changes, rows, orphanCandidates, replaced: removed.length, links: links.length, created: created.length, createdRelated: createdRelated.length };
    });

    // counted only after the transaction committed (executeWrite may run the function more than once)
    const t = this.totals;
    t.written += outcome.created;
    t.unchanged += inputs.length - outcome.created;
    t.replaced += outcome.replaced;
    t.relatedDocuments += outcome.createdRelated;
    t.relatedLinks += outcome.links;
    for (const id of outcome.orphanCandidates) this.orphanCandidates.add(id);
    for (const row of outcome.rows) {
      t.goals += row.goals.length;
      t.themeTags += row.themes.length;
      this.created.push(row.id);
    }
    return { changes: outcome.changes };
  }

  /** Removes orphaned title-only documents and recomputes the written documents' similarity and reuse links. */
  async finish(): Promise<WriteSummary> {
    if (this.orphanCandidates.size) {
      const [row] = await this.graph.write<{ removed: number }>(cypher.DELETE_ORPHANS, { ids: [...this.orphanCandidates] });
      this.totals.orphansRemoved += row?.removed ?? 0;
      this.orphanCandidates.clear();
    }
    const links =
      this.options.links === false || !this.created.length
        ? { similarLinks: 0, reuseLinks: 0 }
        : await updateLinks(this.graph, { documentIds: [...this.created], k: this.options.k, log: this.options.log });
    return { ...this.totals, links, documentIds: [...this.created] };
  }
}

/**
 * Writes documents (and their title-only related documents) into the graph, after the constraints
 * and reference data, in batches; then recomputes their similarity and reuse links.
 */
export async function writeDocuments(graph: Graph, docs: readonly AnalysedDocument[], options: WriteOptions = {}): Promise<WriteSummary> {
  const writer = new GraphWriter(graph, options);
  await writer.prepare();
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  for (let i = 0; i < docs.length; i += size) await writer.writeBatch(docs.slice(i, i + size));
  return writer.finish();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

function uniqueById(docs: readonly AnalysedDocument[]): AnalysedDocument[] {
  const seen = new Set<string>();
  return docs.filter((doc) => !seen.has(doc.id) && seen.add(doc.id));
}
