/**
 * Writes analysed documents into the graph, a batch per transaction. Linking (similar goals, reused
 * text) reads the stored corpus and so comes after: the pipeline runs it (pipeline/ingest.ts).
 *
 * Identity is the content hash: a document already stored under its id is left exactly as it is
 * (re-ingesting the same files changes nothing), a file whose path is stored under another id has
 * changed and its old document is removed with its goals and links before the new one is created.
 * Title-only documents (a seed page's related titles) are shared by everyone who lists them and
 * removed only when nobody lists them any more.
 */
import type { AnalysedDocument } from '@strategigrafen/schema';
import type { Graph } from '@strategigrafen/neo4j-local/gateway';
import type { ManagedTransaction } from 'neo4j-driver';
import { analyseTitleOnly } from '../analyse/index.js';
import * as cypher from './cypher.js';
import { writeReferenceData } from './reference.js';
import { documentRow } from './rows.js';

export const DEFAULT_BATCH_SIZE = 250;

export interface WriteOptions {
  /** documents per transaction (default 250) */
  batchSize?: number;
  /** rewrite documents even when they are stored unchanged (after the analysis has improved) */
  force?: boolean;
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
  /** ids of the documents created (input and title-only): the ones whose links are to be computed */
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
    const batch = new Batch(docs);
    const outcome = await this.graph.writeTransaction(async (tx) => {
      const plan = await batch.plan(tx, this.options.force ?? false);
      const orphanCandidates: string[] = [];
      if (plan.remove.length) {
        const result = await tx.run(cypher.DELETE_DOCUMENTS, { ids: plan.remove });
        for (const record of result.records) orphanCandidates.push(...(record.get('related') as string[]));
      }
      const rows = plan.create.map(documentRow);
      if (rows.length) await tx.run(cypher.CREATE_DOCUMENTS, { rows });
      const links = plan.create.flatMap((doc) => batch.relatedIds(doc).map((to) => ({ from: doc.id, to })));
      if (links.length) await tx.run(cypher.CREATE_RELATED, { rows: links });
      if (runId) await tx.run(cypher.RECORD_INGESTED, { runId, rows: plan.changes });
      return { ...plan, rows, links: links.length, orphanCandidates };
    });

    // counted only after the transaction committed (executeWrite may run the function more than once)
    const t = this.totals;
    const counts = { new: 0, changed: 0, unchanged: 0 };
    for (const { change } of outcome.changes) counts[change]++;
    t.written += counts.new + counts.changed;
    t.unchanged += counts.unchanged;
    t.replaced += outcome.remove.length;
    t.relatedDocuments += outcome.create.length - (counts.new + counts.changed);
    t.relatedLinks += outcome.links;
    for (const id of outcome.orphanCandidates) this.orphanCandidates.add(id);
    for (const row of outcome.rows) {
      t.goals += row.goals.length;
      t.themeTags += row.themes.length;
      this.created.push(row.id);
    }
    return { changes: outcome.changes };
  }

  /** Removes the title-only documents nobody lists any more; the totals of the whole write. */
  async finish(): Promise<WriteSummary> {
    if (this.orphanCandidates.size) {
      const [row] = await this.graph.write<{ removed: number }>(cypher.DELETE_ORPHANS, { ids: [...this.orphanCandidates] });
      this.totals.orphansRemoved += row?.removed ?? 0;
      this.orphanCandidates.clear();
    }
    return { ...this.totals, documentIds: [...this.created] };
  }
}

/** One batch of input documents with the title-only documents they list, and what to do with each. */
class Batch {
  readonly inputs: AnalysedDocument[];
  /** title → its title-only document */
  private readonly titleOnly = new Map<string, AnalysedDocument>();
  /** the title-only documents that are not also among the inputs */
  readonly related: AnalysedDocument[];

  constructor(docs: readonly AnalysedDocument[]) {
    this.inputs = uniqueById(docs);
    for (const title of new Set(this.inputs.flatMap((doc) => doc.relatedTitles))) this.titleOnly.set(title, analyseTitleOnly(title));
    const inputIds = new Set(this.inputs.map((doc) => doc.id));
    this.related = uniqueById([...this.titleOnly.values()].filter((doc) => !inputIds.has(doc.id)));
  }

  relatedIds(doc: AnalysedDocument): string[] {
    return [...new Set(doc.relatedTitles.map((title) => this.titleOnly.get(title)!.id))].filter((id) => id !== doc.id);
  }

  /**
   * Compares the batch with the stored graph. A stored document with an input's id stays as it is,
   * unless `force` or its list of related titles changed (the id hashes title and text only): then it
   * is removed and written anew. A stored document at an input's path with another id is an old
   * version and is removed.
   */
  async plan(tx: ManagedTransaction, force: boolean) {
    const ids = [...this.inputs, ...this.related].map((doc) => doc.id);
    const paths = this.inputs.map((doc) => doc.path).filter((path): path is string => path !== null);
    const stored = new Map((await tx.run(cypher.FIND_EXISTING, { ids })).records.map((r) => [r.get('id') as string, r.get('related') as string[]]));
    const oldVersions = paths.length ? (await tx.run(cypher.FIND_REPLACED, { paths, ids })).records.map((r) => ({ id: r.get('id') as string, path: r.get('path') as string })) : [];
    const rewrite = new Set(
      this.inputs.filter((doc) => stored.has(doc.id) && (force || !sameSet(stored.get(doc.id)!, this.relatedIds(doc)))).map((doc) => doc.id),
    );
    const changedPaths = new Set(oldVersions.map((old) => old.path));
    const keep = (doc: AnalysedDocument) => stored.has(doc.id) && !rewrite.has(doc.id);
    const changes = this.inputs.map((doc) => ({
      id: doc.id,
      path: doc.path,
      change: (keep(doc) ? 'unchanged' : rewrite.has(doc.id) || changedPaths.has(doc.path ?? '') ? 'changed' : 'new') as DocumentChange,
    }));
    return {
      remove: [...oldVersions.map((old) => old.id), ...rewrite],
      create: [...this.inputs.filter((doc) => !keep(doc)), ...this.related.filter((doc) => !stored.has(doc.id))],
      changes,
    };
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

function uniqueById(docs: readonly AnalysedDocument[]): AnalysedDocument[] {
  const seen = new Set<string>();
  return docs.filter((doc) => !seen.has(doc.id) && seen.add(doc.id));
}
