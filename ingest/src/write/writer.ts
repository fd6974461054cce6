/**
 * Writes analysed documents into the graph, a batch per transaction. Linking (similar goals, reused
 * text) reads the stored corpus and so comes after: the pipeline runs it (pipeline/ingest.ts).
 *
 * Identity is the content hash: a document already stored under its id keeps its analysis, goals and
 * links (re-ingesting the same files changes nothing), only its location follows the input (a moved or
 * renamed file gets its new path and file name); a file whose path is stored under another id has
 * changed and its old document is removed with its goals and links before the new one is created.
 * Fetched documents have their URL as path, so a changed document at the same URL replaces its old version.
 * Title-only documents (a seed page's related titles) are shared by everyone who lists them and
 * removed only when nobody lists them any more.
 */
import type { AnalysedDocument } from '@strategigrafen/schema';
import type { Graph } from '@strategigrafen/graph-db';
import type { ManagedTransaction } from 'neo4j-driver';
import { analyseTitleOnly } from '../analyse/index.js';
import * as cypher from './cypher.js';
import { writeReferenceData } from './reference.js';
import type { IngestDocument } from '../types.js';
import { documentRow, locationProps, type LocationProps } from './rows.js';

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
  /** unchanged documents whose location (path, file name, source URL) was updated */
  relocated: number;
}

export interface WriteSummary extends WriteTotals {
  /** ids of the documents created (input and title-only): the ones whose links are to be computed */
  documentIds: string[];
}

export class GraphWriter {
  readonly totals: WriteTotals = { written: 0, unchanged: 0, replaced: 0, goals: 0, themeTags: 0, relatedDocuments: 0, relatedLinks: 0, orphansRemoved: 0, relocated: 0 };
  private readonly created: string[] = [];

  constructor(
    readonly graph: Graph,
    readonly options: WriteOptions = {},
  ) {}

  /** constraints, indexes and reference data; call once before the first batch */
  async prepare(): Promise<void> {
    await writeReferenceData(this.graph);
  }

  /** Writes one batch in one transaction; with runId, also links the IngestRun to every document of the batch. */
  async writeBatch(docs: readonly (AnalysedDocument | IngestDocument)[], runId?: string): Promise<BatchResult> {
    const batch = new Batch(docs);
    const outcome = await this.graph.writeTransaction(async (tx) => {
      const plan = await batch.plan(tx, this.options.force ?? false);
      if (plan.remove.length) await tx.run(cypher.DELETE_DOCUMENTS, { ids: plan.remove });
      if (plan.relocate.length) await tx.run(cypher.UPDATE_LOCATIONS, { rows: plan.relocate });
      const rows = plan.create.map(documentRow);
      if (rows.length) await tx.run(cypher.CREATE_DOCUMENTS, { rows });
      const links = plan.create.flatMap((doc) => batch.relatedIds(doc).map((to) => ({ from: doc.id, to })));
      if (links.length) await tx.run(cypher.CREATE_RELATED, { rows: links });
      if (runId) await tx.run(cypher.RECORD_INGESTED, { runId, rows: plan.changes });
      return { ...plan, rows, links: links.length };
    });

    // counted only after the transaction committed (executeWrite may run the function more than once)
    const t = this.totals;
    const counts = { new: 0, changed: 0, unchanged: 0 };
    for (const { change } of outcome.changes) counts[change]++;
    t.written += counts.new + counts.changed;
    t.unchanged += counts.unchanged;
    t.replaced += outcome.remove.length;
    t.relocated += outcome.relocate.length;
    t.relatedDocuments += outcome.create.length - (counts.new + counts.changed);
    t.relatedLinks += outcome.links;
    for (const row of outcome.rows) {
      t.goals += row.goals.length;
      t.themeTags += row.themes.length;
      this.created.push(row.id);
    }
    return { changes: outcome.changes };
  }

  /**
   * The fetched inputs (path = URL, with the hash of their bytes) that the graph already holds with the
   * same bytes and still published: a re-crawl need not read or analyse them again.
   */
  async currentSources(inputs: readonly { path: string; provenance?: { sourceUrl: string | null; sourceSha256: string | null } }[]): Promise<Set<string>> {
    const rows = inputs.flatMap((input) =>
      input.provenance?.sourceUrl && input.provenance.sourceSha256 ? [{ path: input.path, sha256: input.provenance.sourceSha256 }] : [],
    );
    if (!rows.length) return new Set();
    return new Set((await this.graph.read<{ path: string }>(cypher.FIND_CURRENT_SOURCES, { rows })).map((row) => row.path));
  }

  /** Marks the documents at these URLs as no longer published (they stay in the graph); returns how many were marked. */
  async markUnpublished(urls: readonly string[]): Promise<number> {
    if (!urls.length) return 0;
    const [row] = await this.graph.write<{ marked: number }>(cypher.MARK_UNPUBLISHED, { urls: [...urls], at: new Date().toISOString() });
    return row?.marked ?? 0;
  }

  /** Removes the title-only documents nobody lists any more; the totals of the whole write. */
  async finish(): Promise<WriteSummary> {
    const [row] = await this.graph.write<{ removed: number }>(cypher.DELETE_ORPHANS);
    this.totals.orphansRemoved += row?.removed ?? 0;
    return { ...this.totals, documentIds: [...this.created] };
  }

  /** Documents written earlier whose links were never computed (their run was killed before it linked them). */
  async pendingLinks(): Promise<string[]> {
    return (await this.graph.read<{ id: string }>(cypher.PENDING_LINKS)).map((row) => row.id);
  }

  /** Marks documents as linked: their similarity and reuse links are computed. */
  async markLinked(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 10_000) await this.graph.write(cypher.MARK_LINKED, { ids: ids.slice(i, i + 10_000) });
  }
}

/** One batch of input documents with the title-only documents they list, and what to do with each. */
class Batch {
  readonly inputs: (AnalysedDocument | IngestDocument)[];
  /** title → its title-only document */
  private readonly titleOnly = new Map<string, AnalysedDocument>();
  /** the title-only documents that are not also among the inputs */
  readonly related: AnalysedDocument[];

  constructor(docs: readonly (AnalysedDocument | IngestDocument)[]) {
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
   * is removed and written anew; if only its location changed (a moved or renamed file, a document
   * fetched from another URL or published again), the location is updated in place. A stored document
   * at an input's path with another id is an old version and is removed.
   */
  async plan(tx: ManagedTransaction, force: boolean) {
    const ids = [...this.inputs, ...this.related].map((doc) => doc.id);
    const paths = this.inputs.map((doc) => doc.path).filter((path): path is string => path !== null);
    const existing = (await tx.run(cypher.FIND_EXISTING, { ids })).records;
    const stored = new Map(existing.map((r) => [r.get('id') as string, r.get('related') as string[]]));
    const storedLocation = new Map(existing.map((r) => [r.get('id') as string, r.get('location') as Partial<LocationProps>]));
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
    const relocate = this.inputs.flatMap((doc) => {
      if (!keep(doc) || !('provenance' in doc) || !doc.provenance) return [];
      const now = locationProps(doc.path, doc.provenance);
      const before = storedLocation.get(doc.id) ?? {};
      // a document known from a URL keeps that URL when the same text is also ingested from a local file
      const props = Object.fromEntries(Object.entries(now).filter(([key, value]) => value !== null || key === 'path' || key === 'fileName'));
      const moved = Object.entries(props).some(([key, value]) => (before[key as keyof LocationProps] ?? null) !== value);
      return moved ? [{ id: doc.id, props: { ...props, ...(now.published ? { unpublishedAt: null } : {}) } }] : [];
    });
    return {
      remove: [...oldVersions.map((old) => old.id), ...rewrite],
      create: [...this.inputs.filter((doc) => !keep(doc)), ...this.related.filter((doc) => !stored.has(doc.id))],
      relocate,
      changes,
    };
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

function uniqueById<T extends AnalysedDocument>(docs: readonly T[]): T[] {
  const seen = new Set<string>();
  return docs.filter((doc) => !seen.has(doc.id) && seen.add(doc.id));
}
