/** Bad input gets a clear message per file, and every good document of the batch is still written. */
import { cp, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '@strategigrafen/graph-db';
import { decodeRunFailures, decodeRunWarnings } from '@strategigrafen/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testGraph } from '../../test/neo4j.js';
import { ingestPaths, type IngestSummary } from '../src/index.js';

let graph: Graph;
let dir: string;
let summary: IngestSummary;

beforeAll(async () => {
  graph = testGraph();
  await resetDatabase(graph);
  dir = join(await mkdtemp(join(tmpdir(), 'strategigrafen-bad-')), 'bad');
  await cp('ingest/test/fixtures/bad', dir, { recursive: true });
  // 50 MB without writing 50 MB: a sparse file. Were it read, its NUL bytes would make it "binary", not "too-large".
  const big = await open(join(dir, 'stor-rapport.txt'), 'w');
  await big.truncate(50 * 1024 * 1024);
  await big.close();
  summary = await ingestPaths(graph, [dir]);
});

afterAll(async () => {
  await graph?.close();
  if (dir) await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('a folder of bad input', () => {
  it('fails each bad file with its own clear message', () => {
    expect(summary.failures.map(({ path, code }) => [path, code])).toEqual([
      ['bad/binary-garbage.txt', 'binary'],
      ['bad/corrupt.pdf', 'corrupt-pdf'],
      ['bad/empty.txt', 'empty'],
      ['bad/encrypted.pdf', 'encrypted-pdf'],
      ['bad/stor-rapport.txt', 'too-large'],
    ]);
    const message = (path: string) => summary.failures.find((f) => f.path === path)!.error;
    expect(message('bad/empty.txt')).toMatch(/^bad\/empty\.txt: the file is empty/);
    expect(message('bad/binary-garbage.txt')).toMatch(/^bad\/binary-garbage\.txt: the file is not text/);
    expect(message('bad/corrupt.pdf')).toMatch(/^bad\/corrupt\.pdf: the PDF cannot be read/);
    expect(message('bad/encrypted.pdf')).toMatch(/^bad\/encrypted\.pdf: the PDF is password-protected/);
    expect(message('bad/stor-rapport.txt')).toBe(
      'bad/stor-rapport.txt: the file is 50.0 MB, over the 20 MB limit. Split the document, or raise the limit with --max-file-mb.',
    );
  });

  it('skips a file of an unsupported type, saying which types are supported', () => {
    expect(summary.skippedFiles).toEqual([
      { path: 'bad/tabell.xlsx', reason: 'bad/tabell.xlsx: .xlsx files are not supported. Supported: .txt, .md, .markdown, .html, .htm, .pdf, .docx; convert the document to one of them.' },
    ]);
  });

  it('ingests a document without goals and one of an unknown municipality, with a warning each', async () => {
    expect(summary.warnings).toEqual([
      { path: 'bad/inga-mal.txt', warning: 'bad/inga-mal.txt: no goals found; ingested without goals.' },
      { path: 'bad/okand-kommun.md', warning: 'bad/okand-kommun.md: no municipality or organisation recognised; ingested without a publisher.' },
    ]);
    const docs = await graph.read<{ path: string; goals: number; publishers: number }>(
      'MATCH (d:Document) WHERE d.path IS NOT NULL RETURN d.path AS path, COUNT { (d)-[:HAS_GOAL]->() } AS goals, COUNT { ()-[:PUBLISHED]->(d) } AS publishers ORDER BY path',
    );
    expect(docs.map((d) => d.path)).toEqual(['bad/inga-mal.txt', 'bad/lerum-upphandling.txt', 'bad/okand-kommun.md']);
    expect(docs[0]).toMatchObject({ goals: 0, publishers: 1 });
    expect(docs[1]!.goals).toBeGreaterThan(0);
    expect(docs[2]).toMatchObject({ publishers: 0 });
    expect(docs[2]!.goals).toBeGreaterThan(0);
  });

  it('counts and records it all in the IngestRun', async () => {
    expect(summary).toMatchObject({ files: 9, ok: 3, failed: 5, skipped: 1, documents: 3 });
    const [run] = await graph.read<{ ok: number; failed: number; skipped: number; failures: string[]; warnings: string[]; ingested: string[] }>(
      `MATCH (r:IngestRun) RETURN r.ok AS ok, r.failed AS failed, r.skipped AS skipped, r.failures AS failures, r.warnings AS warnings,
       [(r)-[:INGESTED]->(d) | d.path] AS ingested`,
    );
    expect(run).toMatchObject({ ok: 3, failed: 5, skipped: 1 });
    expect(decodeRunFailures(run!.failures)).toEqual(
      summary.failures.map(({ path, error }) => ({ path, error })),
    );
    expect(decodeRunWarnings(run!.warnings)).toHaveLength(2);
    expect([...run!.ingested].sort()).toEqual(['bad/inga-mal.txt', 'bad/lerum-upphandling.txt', 'bad/okand-kommun.md']);
  });
});
