/**
 * Benchmark 1 — ingest throughput on the synthetic corpus, end to end (files on disk → ingestPaths →
 * Neo4j, links included), in a child process whose peak RSS is read at its exit; next to it, the raw
 * write rate of the same rows by plain UNWIND … CREATE, in the same run and on the same database.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyseSource, readSource } from '@strategigrafen/ingest';
import { CREATE_THEMES_AND_GOALS, documentRow, FICTIONAL_MUNICIPALITIES, writeReferenceData } from '@strategigrafen/ingest/internals';
import type { Graph } from '@strategigrafen/graph-db';
import type { BenchContext, Benchmark } from './context.js';
import { countOf, emptyDatabase } from './lib/database.js';
import { formatNumber, type BenchTable } from './lib/report.js';

const BATCH = 250;

// The same rows the writer sends, written the plainest way: no existence checks, no MERGE, no links.
const RAW_CREATE = `
UNWIND $rows AS row
CREATE (doc:Document)
SET doc = row.props
WITH doc, row
CALL (doc, row) {
  WITH * WHERE row.municipality IS NOT NULL
  MATCH (m:Municipality {code: row.municipality.code})
  CREATE (m)-[:PUBLISHED]->(doc)
}
${CREATE_THEMES_AND_GOALS}`;

export const ingestBenchmark: Benchmark = {
  name: 'ingest',
  description: 'ingest throughput (synthetic corpus, end to end incl. links) vs raw UNWIND … CREATE',
  async run(context) {
    const sizes = context.smoke ? [24] : [1000, 10_000];
    const rows: BenchTable['rows'] = [];
    const results: Array<{ docs: number; rate: number; ratio: number; rssMb: number }> = [];
    for (const docs of sizes) {
      const corpus = ensureCorpus(context, docs);
      context.log(`ingest: raw write of ${docs} documents…`);
      const raw = await rawWrite(context.graph, corpus);
      await emptyDatabase(context.graph);
      context.log(`ingest: ingestPaths of ${docs} documents in a child process…`);
      const started = performance.now();
      const child = await runChild(context, corpus);
      const wallMs = performance.now() - started;
      const goals = await countOf(context.graph, 'Goal');
      const rate = child.ok / (child.durationMs / 1000);
      const rawRate = raw.documents / (raw.ms / 1000);
      results.push({ docs, rate, ratio: rate / rawRate, rssMb: child.maxRssMb });
      rows.push([
        docs,
        goals,
        formatNumber(child.durationMs / 1000),
        formatNumber(rate),
        child.linkMs === null ? '–' : formatNumber(child.linkMs / 1000),
        child.linkMs === null ? '–' : formatNumber(child.ok / ((child.durationMs - child.linkMs) / 1000)),
        child.similarLinks,
        child.reuseLinks,
        formatNumber(child.maxRssMb, 0),
        formatNumber(raw.ms / 1000),
        formatNumber(rawRate),
        `${formatNumber((100 * rate) / rawRate, 0)} %`,
        formatNumber(wallMs / 1000),
      ]);
    }
    const largest = results[results.length - 1]!;
    return {
      name: 'ingest',
      title: '1. Ingest throughput (synthetic corpus, end to end)',
      columns: ['documents', 'goals', 'ingest s', 'docs/s', 'of which links s', 'docs/s before links', 'SIMILAR_TO', 'REUSES', 'peak RSS MB', 'raw write s', 'raw docs/s', 'ingest/raw', 'child wall s'],
      rows,
      targets: context.smoke
        ? []
        : [
            { target: `≥ 100 documents/s at ${largest.docs}`, measured: formatNumber(largest.rate), met: largest.rate >= 100 },
            { target: '≥ 50 % of the raw write rate', measured: `${formatNumber(100 * largest.ratio, 0)} %`, met: largest.ratio >= 0.5 },
            { target: 'peak RSS ≤ 1.5 GB', measured: `${formatNumber(Math.max(...results.map((r) => r.rssMb)), 0)} MB`, met: results.every((r) => r.rssMb <= 1536) },
          ],
      notes: [
        'Corpus: `npm run corpus:synth` (seed 1): fictional municipalities, every text marked synthetic; about 20 goals per document, pooled paragraphs copied between documents, shared boilerplate.',
        '"ingest s" is `ingestPaths` end to end in a child process (read, analyse, write in batches of 250, then similarity and reuse links); "of which links s" is the part after the last batch (orphans, SIMILAR_TO, REUSES) and "docs/s before links" the rate of the rest; peak RSS is the child\'s `maxRSS`.',
        'Links after the last batch: the goals are read back into the vector space, then every goal\'s top k is computed in goal order, a slice of about 200 edges between two turns of the event loop, and its SIMILAR_TO edges are written while the next ones are computed (5,000 edges per transaction, two in flight, both ends found by element id); then REUSES (shingles of every stored text, pairs aligned, 2,000 edges per transaction).',
        '"raw write" sends the same document rows (documents, goals, PUBLISHED, ADDRESSES, ABOUT) with plain UNWIND … CREATE in batches of 250 to the same empty database; analysis time is not counted there, and there are no links.',
        'The database is left holding the largest ingested corpus, which the API benchmark uses.',
      ],
    };
  },
};

/** The corpus folder for n documents, generated with `npm run corpus:synth` when missing. */
function ensureCorpus(context: BenchContext, docs: number): string {
  const dir = join(context.outDir, `synth-${docs}-seed1`);
  if (existsSync(dir) && listTexts(dir).length === docs) return dir;
  context.log(`ingest: generating ${docs} synthetic documents in ${relative(process.cwd(), dir)}…`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'ingest/src/synth/cli.ts', '--docs', String(docs), '--out', dir, '--force'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run corpus:synth failed (exit ${result.status}); run it by hand to see why.`);
  return dir;
}

function listTexts(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)).sort();
}

async function rawWrite(graph: Graph, corpus: string): Promise<{ documents: number; ms: number }> {
  await emptyDatabase(graph);
  await writeReferenceData(graph);
  await graph.write('UNWIND $rows AS row CREATE (:Municipality {code: row.code, name: row.name, synthetic: true})', {
    rows: FICTIONAL_MUNICIPALITIES.map(({ code, name }) => ({ code, name })),
  });
  let ms = 0;
  let documents = 0;
  let batch: ReturnType<typeof documentRow>[] = [];
  const write = async () => {
    const started = performance.now();
    await graph.write(RAW_CREATE, { rows: batch });
    ms += performance.now() - started;
    documents += batch.length;
    batch = [];
  };
  for (const file of listTexts(corpus)) {
    batch.push(documentRow(analyseSource(await readSource(file, { path: relative(corpus, file) }))));
    if (batch.length === BATCH) await write();
  }
  if (batch.length) await write();
  return { documents, ms };
}

interface ChildResult {
  ok: number;
  durationMs: number;
  linkMs: number | null;
  similarLinks: number;
  reuseLinks: number;
  maxRssMb: number;
}

function runChild(context: BenchContext, corpus: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/ingest-child.ts', JSON.stringify(context.target), corpus], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`the ingest child process failed (exit ${code}):\n${out}`));
      else resolve(JSON.parse(line) as ChildResult);
    });
  });
}

/**
 * Makes sure the bench database holds the synthetic corpus of `docs` documents, ingested end to end
 * (for the API and search benchmarks when run on their own); returns the number of documents.
 */
export async function ensureIngested(context: BenchContext, docs: number): Promise<number> {
  const have = await countOf(context.graph, 'Document');
  if (have >= docs) return have;
  await emptyDatabase(context.graph);
  context.log(`ingesting the ${docs}-document corpus first…`);
  await runChild(context, ensureCorpus(context, docs));
  return countOf(context.graph, 'Document');
}
