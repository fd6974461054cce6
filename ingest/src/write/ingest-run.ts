/** The IngestRun node: when a run started and finished, what it was given, and what came of each file. */
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Graph } from '@strategigrafen/neo4j-local/gateway';
import * as cypher from './cypher.js';

export interface RunRecord {
  finishedAt: string;
  files: number;
  ok: number;
  failed: number;
  skipped: number;
  documents: number;
  unchanged: number;
  goals: number;
  /** one JSON string {"path", "error"} per failed file */
  failures: { path: string; error: string }[];
  /** one JSON string {"path", "warning"} per warning */
  warnings: { path: string; warning: string }[];
}

/** Records the start of a run; the node exists from the start so that an aborted run leaves a trace. */
export async function startRun(graph: Graph, paths: readonly string[], files: number): Promise<string> {
  const id = randomUUID();
  await graph.write(cypher.START_RUN, { id, startedAt: new Date().toISOString(), paths: [...paths], files: neo4j.int(files) });
  return id;
}

export async function finishRun(graph: Graph, id: string, record: RunRecord): Promise<void> {
  const summary = {
    finishedAt: record.finishedAt,
    files: neo4j.int(record.files),
    ok: neo4j.int(record.ok),
    failed: neo4j.int(record.failed),
    skipped: neo4j.int(record.skipped),
    documents: neo4j.int(record.documents),
    unchanged: neo4j.int(record.unchanged),
    goals: neo4j.int(record.goals),
    failures: record.failures.map((f) => JSON.stringify(f)),
    warnings: record.warnings.map((w) => JSON.stringify(w)),
  };
  await graph.write(cypher.FINISH_RUN, { id, summary });
}
