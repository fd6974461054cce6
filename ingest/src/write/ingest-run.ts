/** The IngestRun node: when a run started and finished, what it was given, and what came of each file. */
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Graph } from '@strategigrafen/graph-db';
import { encodeRunFailures, encodeRunWarnings, type RunFailure, type RunWarning } from '@strategigrafen/schema';
import * as cypher from './cypher.js';

export interface RunRecord {
  finishedAt: string;
  /** "finished", or "failed" when the run stopped on an error */
  status: 'finished' | 'failed';
  files: number;
  ok: number;
  failed: number;
  skipped: number;
  documents: number;
  unchanged: number;
  goals: number;
  failures: RunFailure[];
  warnings: RunWarning[];
}

/**
 * Records the start of a run; the node exists from the start so that an aborted run leaves a trace. Runs
 * that never finished are marked "interrupted" first: one ingest writes to a graph at a time, so a run
 * still "running" when another starts was killed. Returns the new run's id and how many were interrupted.
 */
export async function startRun(graph: Graph, paths: readonly string[], files: number): Promise<{ id: string; interrupted: number }> {
  const id = randomUUID();
  const startedAt = new Date().toISOString();
  const [row] = await graph.write<{ interrupted: number }>(cypher.INTERRUPT_RUNS, { at: startedAt });
  await graph.write(cypher.START_RUN, { id, startedAt, paths: [...paths], files: neo4j.int(files) });
  return { id, interrupted: row?.interrupted ?? 0 };
}

export async function finishRun(graph: Graph, id: string, record: RunRecord): Promise<void> {
  const summary = {
    finishedAt: record.finishedAt,
    status: record.status,
    files: neo4j.int(record.files),
    ok: neo4j.int(record.ok),
    failed: neo4j.int(record.failed),
    skipped: neo4j.int(record.skipped),
    documents: neo4j.int(record.documents),
    unchanged: neo4j.int(record.unchanged),
    goals: neo4j.int(record.goals),
    failures: encodeRunFailures(record.failures),
    warnings: encodeRunWarnings(record.warnings),
  };
  await graph.write(cypher.FINISH_RUN, { id, summary });
}
