/**
 * A run that dies converges on the next: documents carry a link-pending mark from the transaction that
 * writes them until their links are written, and a run that finds marked documents links them with its
 * own. Killing a process is the reliability suite's job (test/reliability); here the states a killed
 * run leaves behind are made directly and the next plain run must turn them into the clean run's graph.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '@strategigrafen/graph-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testGraph } from '../../test/neo4j.js';
import { ingestPaths, synthDocument } from '../src/index.js';
import { updateLinks } from '../src/link/index.js';
import { startRun } from '../src/write/index.js';
import { count, dumpGraph, type GraphDump } from './graph-dump.js';

let graph: Graph;
let work: string;
let corpus: string;
let clean: GraphDump;

beforeAll(async () => {
  graph = testGraph();
  work = await mkdtemp(join(tmpdir(), 'strategigrafen-recovery-'));
  corpus = join(work, 'corpus');
  await mkdir(corpus);
  // synthetic documents of several fictional municipalities (ingest/src/synth), so that there are links to converge to
  for (let i = 0; i < 12; i++) {
    const doc = synthDocument(i, { seed: 7 });
    await writeFile(join(corpus, `doc-${String(i).padStart(2, '0')}.txt`), `${doc.title}\n\n${doc.text}\n`);
  }
  await resetDatabase(graph);
  await ingestPaths(graph, [corpus], { batchSize: 4 });
  clean = await dumpGraph(graph);
});

afterAll(async () => {
  await graph?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a run that died', () => {
  it('is the clean graph once more: links and all, no pending marks', async () => {
    expect(await count(graph, '()-[:SIMILAR_TO]->()')).toBeGreaterThan(0);
    expect(await count(graph, '(d:Document) WHERE d.linkPending IS NOT NULL')).toBe(0);
  });

  it('before it linked: the next plain run links what it wrote', async () => {
    await resetDatabase(graph);
    // a run that wrote every batch and died before linking leaves this graph
    await ingestPaths(graph, [corpus], { batchSize: 4, links: false });
    expect(await count(graph, '(d:Document {linkPending: true})')).toBeGreaterThan(0);
    expect(await count(graph, '()-[:SIMILAR_TO]->()')).toBe(0);
    const again = await ingestPaths(graph, [corpus], { batchSize: 4 });
    expect(again).toMatchObject({ documents: 0, unchanged: 12 });
    expect(again.resumedDocuments).toBeGreaterThanOrEqual(12);
    expect(await dumpGraph(graph)).toEqual(clean);
  });

  it('after some batches: the next run writes the rest and links everything', async () => {
    await resetDatabase(graph);
    const files = Array.from({ length: 5 }, (_, i) => join(corpus, `doc-${String(i).padStart(2, '0')}.txt`));
    await ingestPaths(graph, files, { batchSize: 4, links: false });
    const again = await ingestPaths(graph, [corpus], { batchSize: 4 });
    expect(again).toMatchObject({ documents: 7, unchanged: 5 });
    expect(await dumpGraph(graph)).toEqual(clean);
  });

  it('while linking: half-written links are replaced by the whole', async () => {
    await resetDatabase(graph);
    await ingestPaths(graph, [corpus], { batchSize: 4, links: false });
    // links written for some of the documents, then the process died: nothing was marked linked
    const ids = (await graph.read<{ id: string }>('MATCH (d:Document {linkPending: true}) WHERE d.path IS NOT NULL RETURN d.id AS id ORDER BY id LIMIT 5')).map((r) => r.id);
    await updateLinks(graph, { documentIds: ids });
    expect(await count(graph, '()-[:SIMILAR_TO]->()')).toBeGreaterThan(0);
    await ingestPaths(graph, [corpus], { batchSize: 4 });
    expect(await dumpGraph(graph)).toEqual(clean);
  });

  it('is marked interrupted by the next run, which says so', async () => {
    const { id } = await startRun(graph, [corpus], 12);
    const next = await ingestPaths(graph, [corpus]);
    expect(next.interruptedRuns).toBe(1);
    const [run] = await graph.read<{ status: string; interruptedAt: string | null; finishedAt: string | null }>(
      'MATCH (r:IngestRun {id: $id}) RETURN r.status AS status, r.interruptedAt AS interruptedAt, r.finishedAt AS finishedAt',
      { id },
    );
    expect(run).toMatchObject({ status: 'interrupted', finishedAt: null });
    expect(run!.interruptedAt).toBeTruthy();
    const [latest] = await graph.read<{ status: string }>('MATCH (r:IngestRun {id: $id}) RETURN r.status AS status', { id: next.runId });
    expect(latest!.status).toBe('finished');
  });
});

describe('files a folder walk passes over, and copies', () => {
  it('names each: copies stored once, links to nothing, link loops, links to folders, package folders', async () => {
    const dir = join(work, 'odd');
    await mkdir(join(dir, 'node_modules', 'pkg'), { recursive: true });
    await mkdir(join(dir, 'sub'), { recursive: true });
    const doc = synthDocument(20, { seed: 7 });
    const text = `${doc.title}\n\n${doc.text}\n`;
    await writeFile(join(dir, 'a-plan.txt'), text);
    await writeFile(join(dir, 'b-kopia.txt'), text);
    await writeFile(join(dir, 'node_modules', 'pkg', 'readme.txt'), 'Det här är ingen strategi.\n');
    await symlink(join(dir, 'saknas.txt'), join(dir, 'dangling.txt'));
    await symlink(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    await symlink(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    await symlink(join(dir, 'sub'), join(dir, 'sub-link'));
    const summary = await ingestPaths(graph, [dir]);
    expect(summary).toMatchObject({ ok: 2, copies: 1, failed: 0 });
    expect(summary.documents + summary.unchanged + summary.copies).toBe(summary.ok);
    expect(summary.warnings.map((w) => w.warning)).toContain('odd/b-kopia.txt is a copy of odd/a-plan.txt: stored once.');
    const reasons = summary.skippedFiles.map((s) => s.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^odd\/dangling\.txt: .*dangling/),
        expect.stringMatching(/^odd\/loop-a\.txt: .*loop/),
        expect.stringMatching(/^odd\/loop-b\.txt: .*loop/),
        expect.stringMatching(/^odd\/sub-link: .*folder: not followed/),
        expect.stringMatching(/^odd\/node_modules: .*installed packages/),
      ]),
    );
    expect(await count(graph, '(d:Document) WHERE d.path STARTS WITH "odd/node_modules"')).toBe(0);
  });
});
