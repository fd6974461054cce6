/**
 * The links an ingest writes are exactly the ones their definitions give, computed directly from the
 * stored corpus: SIMILAR_TO is the union of every goal's calibrated top k (one edge per pair, from the
 * lower goal id to the higher, with the score and the explaining words), REUSES the reuse index's links
 * with their spans, whatever the batch size and however the writes were interleaved with the computation.
 */
import { decodeSpans, encodeSpans, type AnalysedDocument } from '@strategigrafen/schema';
import type { Graph } from '@strategigrafen/graph-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testGraph } from '../../../test/neo4j.js';
import { readGoals } from '../../src/link/graph/goals.js';
import { readTexts } from '../../src/link/graph/documents.js';
import { readPublishers } from '../../src/link/graph/publishers.js';
import { charSpans, ReuseIndex } from '../../src/link/reuse/index.js';
import { explainSimilarity } from '../../src/link/similar/explain.js';
import { goalInput } from '../../src/link/similar/input.js';
import { calibrate, DEFAULT_PLAN } from '../../src/link/similar/plan.js';
import { GoalSpace } from '../../src/link/similar/space.js';
import { SurfaceForms } from '../../src/link/similar/terms.js';
import { analyseSource, synthDocuments, writeDocuments } from '../../src/index.js';

interface Edge {
  a: string;
  b: string;
  score: number;
  sharedTerms: string[];
}

interface Reuse {
  from: string;
  to: string;
  spans: ReturnType<typeof decodeSpans>;
  overlap: number;
  words: number;
}

const byPair = <T extends { a: string; b: string } | { from: string; to: string }>(rows: T[]) =>
  rows.map((row) => ('a' in row ? [row.a, row.b] : [row.from, row.to]).join(' ') + ' ' + JSON.stringify(row)).sort();

async function storedSimilar(graph: Graph): Promise<Edge[]> {
  return graph.read<Edge>('MATCH (a:Goal)-[r:SIMILAR_TO]->(b:Goal) RETURN a.id AS a, b.id AS b, r.score AS score, r.sharedTerms AS sharedTerms');
}

async function storedReuses(graph: Graph): Promise<Reuse[]> {
  const rows = await graph.read<Omit<Reuse, 'spans'> & { spans: string }>(
    'MATCH (a:Document)-[r:REUSES]->(b:Document) RETURN a.id AS from, b.id AS to, r.spans AS spans, r.overlap AS overlap, r.words AS words',
  );
  return rows.map((row) => ({ ...row, spans: decodeSpans(row.spans) }));
}

/** Every goal's calibrated top k, straight from the definition: a pair once, scored and explained as its lister sees it. */
async function expectedSimilar(graph: Graph): Promise<Edge[]> {
  const publishers = await readPublishers(graph);
  const forms = new SurfaceForms();
  const inputs = [];
  for await (const page of readGoals(graph)) {
    for (const goal of page) {
      const input = goalInput({ ...goal, owners: publishers.get(goal.document ?? '') ?? [] });
      forms.addAll(input.words);
      inputs.push(input);
    }
  }
  const space = new GoalSpace(inputs);
  const lists = Array.from({ length: space.size }, (_, g) => calibrate(space.candidates(g, 2 * DEFAULT_PLAN.k, DEFAULT_PLAN.minScore), DEFAULT_PLAN));
  const listed = new Set(lists.flatMap((list, g) => list.map((c) => `${g} ${c.goal}`)));
  const edges = new Map<string, Edge>();
  lists.forEach((list, g) => {
    for (const { goal: other, score } of list) {
      // explained from the lower index when both list the pair, else from the one that lists it
      const lister = listed.has(`${other} ${g}`) ? Math.min(g, other) : g;
      const [x, y] = lister === g ? [g, other] : [other, g];
      const [a, b] = [space.ids[g]!, space.ids[other]!].sort();
      edges.set(`${a} ${b}`, { a: a!, b: b!, score, sharedTerms: explainSimilarity(space, x, y, forms) });
    }
  });
  return [...edges.values()];
}

async function expectedReuses(graph: Graph): Promise<Reuse[]> {
  const publishers = await readPublishers(graph);
  const index = new ReuseIndex();
  const texts = new Map<string, string>();
  for await (const page of readTexts(graph)) {
    for (const document of page) {
      texts.set(document.id, document.text);
      index.add({ id: document.id, owners: publishers.get(document.id) ?? [], year: document.year, text: document.text });
    }
  }
  return index.findLinks().map((link) => {
    const spans = charSpans(link, texts.get(link.from)!, texts.get(link.to)!).map((span) => ({ ...span, text: texts.get(link.from)!.slice(span.aStart, span.aEnd) }));
    return { from: link.from, to: link.to, spans: decodeSpans(encodeSpans(spans)), overlap: link.overlap, words: link.words };
  });
}

let graph: Graph;
let documents: AnalysedDocument[];

beforeAll(async () => {
  graph = testGraph();
  documents = [...synthDocuments(120, 14)].map(analyseSource);
});

afterAll(async () => {
  await graph?.close();
});

describe.each([
  { batchSize: 250, label: 'one batch' },
  { batchSize: 7, label: 'batches of 7' },
])('links written by an ingest in $label', ({ batchSize }) => {
  let similar: Edge[];
  let reuse: Reuse[];

  beforeAll(async () => {
    await resetDatabase(graph);
    const summary = await writeDocuments(graph, documents, { batchSize });
    similar = await storedSimilar(graph);
    reuse = await storedReuses(graph);
    expect(summary.links).toEqual({ similarLinks: similar.length, reuseLinks: reuse.length });
  }, 120_000);

  it('SIMILAR_TO: every goal’s top k, one edge per pair, with its score and explaining words', async () => {
    expect(similar.length).toBeGreaterThan(200);
    expect(byPair(similar)).toEqual(byPair(await expectedSimilar(graph)));
  });

  it('REUSES: the reuse index’s links with their spans', async () => {
    expect(reuse.length).toBeGreaterThan(5);
    expect(byPair(reuse)).toEqual(byPair(await expectedReuses(graph)));
  });
});
