/**
 * The linker against the real test Neo4j: similar goals across publishers (never within one), with
 * explaining words, stable under re-ingest and incremental; a planted copied paragraph found as REUSES
 * with its exact spans; boilerplate shared by many publishers never creating REUSES.
 */
import { decodeSpans, type AnalysedDocument } from '@strategigrafen/schema';
import type { Graph } from '@strategigrafen/graph-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testGraph } from '../../../test/neo4j.js';
import { updateLinks } from '../../src/link/index.js';
import { prose, seededRandom } from '../../testing/prose.js';
import { writeDocuments } from '../../src/pipeline/index.js';
import { BOLAGET, EXEMPELAS, FIKTIVA, fixtureDocument, PROVBY, TESTVIK } from './fixtures.js';

const random = seededRandom(2024);
const filler = (words = 120) => prose(random, words);

const COPIED =
  'Samverkan mellan kommunen, näringslivet och utbildningsanordnarna är grunden för en långsiktig kompetensförsörjning. ' +
  'Därför inrättas ett gemensamt råd som träffas fyra gånger per år, följer upp läget på arbetsmarknaden och föreslår ' +
  'insatser när behoven förändras. Rådet redovisar varje höst vilka yrken som saknar sökande och hur skolan kan möta efterfrågan.';
const COPIED_LATER =
  'Näringslivsbolaget erbjuder kostnadsfri rådgivning till den som vill starta företag. Rådgivarna hjälper till med ' +
  'affärsplan, finansiering och kontakter med banker och myndigheter, och följer upp företaget under de tre första åren.';
const BOILERPLATE =
  'Detta styrdokument har fastställts av kommunfullmäktige och gäller tills vidare. Dokumentet ska ses över en gång per ' +
  'mandatperiod. Ansvarig för uppföljningen är kommunstyrelsen, som årligen rapporterar till fullmäktige hur arbetet ' +
  'fortskrider och vilka resultat som har uppnåtts.';

const CLIMATE_GOAL = 'Testvik ska förbättra företagsklimatet och nå topp 50 i Svenskt Näringslivs ranking.';
const FOOD_GOAL = 'Andelen ekologiska livsmedel i den offentliga upphandlingen ska öka till 60 procent.';

const d1 = fixtureDocument({
  title: 'Näringslivsstrategi för Testvik',
  municipality: TESTVIK,
  year: 2018,
  paragraphs: [filler(), COPIED, filler(80), BOILERPLATE],
  goals: [
    { text: CLIMATE_GOAL, themes: ['business-climate'] },
    { text: FOOD_GOAL, themes: ['procurement'] },
    { text: 'Fler unga ska välja att starta eget företag genom stöd till Ung Företagsamhet.', themes: ['entrepreneurship'] },
  ],
});
// same municipality, the same goal word for word: must never be linked to d1's goals
const d2 = fixtureDocument({
  title: 'Handlingsplan för företagsklimatet i Testvik',
  municipality: TESTVIK,
  year: 2019,
  paragraphs: [filler()],
  goals: [{ text: CLIMATE_GOAL, themes: ['business-climate'] }],
});
const d3 = fixtureDocument({
  title: 'Näringslivsprogram för Provby',
  municipality: PROVBY,
  year: 2020,
  paragraphs: [filler(60), BOILERPLATE, filler(150), COPIED, filler(40)],
  goals: [
    { text: 'Provby ska ha ett bättre företagsklimat och ligga bland de 50 främsta i Svenskt Näringslivs ranking.', themes: ['business-climate'] },
    { text: 'Den offentliga upphandlingen ska ställa krav på ekologiska livsmedel.', themes: ['procurement'] },
    { text: 'Kommunen ska bygga ut bredband till alla hushåll på landsbygden.', themes: ['digital-broadband'] },
  ],
});
// an organisation that belongs to no municipality publishes on its own account
const d4 = fixtureDocument({
  title: 'Kompetensplan för Testregionen',
  organisation: BOLAGET,
  year: 2021,
  paragraphs: [filler(), COPIED_LATER, filler(50)],
  goals: [
    { text: 'Fler unga ska starta eget företag med stöd från Ung Företagsamhet.', themes: ['entrepreneurship'] },
    { text: 'Bredband ska byggas ut till alla hushåll på landsbygden.', themes: ['digital-broadband'] },
  ],
});
// publishers that share nothing but the boilerplate
const boilerplateOnly = [EXEMPELAS, ...['X911', 'X912', 'X913', 'X914'].map((code, i) => ({ code, name: `Mallby ${i + 1}` }))].map((municipality, i) =>
  fixtureDocument({
    title: `Besöksnäringsplan för ${municipality.name}`,
    municipality,
    year: 2016 + i,
    paragraphs: [filler(90), BOILERPLATE, filler(70)],
    goals: [{ text: `Antalet gästnätter i ${municipality.name} ska öka med tio procent till år 2025.`, themes: ['tourism'] }],
  }),
);
// no known publisher: takes part in no link, though it holds the copied paragraph and a goal like d1's
const unattributed = fixtureDocument({
  title: 'Dokument utan avsändare',
  year: 2019,
  paragraphs: [filler(), COPIED],
  goals: [{ text: FOOD_GOAL, themes: ['procurement'] }],
});
const initial = [d1, d2, d3, d4, ...boilerplateOnly, unattributed];

// added later, incrementally
const d7 = fixtureDocument({
  title: 'Livsmedelsstrategi för Fiktiva',
  municipality: FIKTIVA,
  year: 2022,
  paragraphs: [filler(70), COPIED_LATER, filler(30)],
  goals: [{ text: 'Andelen ekologiska och närproducerade livsmedel i offentlig upphandling ska öka.', themes: ['procurement'] }],
});

interface Edge {
  a: string;
  b: string;
  score: number;
  sharedTerms: string[];
}

async function similarEdges(graph: Graph): Promise<Edge[]> {
  return graph.read<Edge>(
    'MATCH (a:Goal)-[r:SIMILAR_TO]->(b:Goal) RETURN a.id AS a, b.id AS b, r.score AS score, r.sharedTerms AS sharedTerms ORDER BY a, b',
  );
}

interface Reuse {
  from: string;
  to: string;
  spans: string;
  overlap: number;
  words: number;
}

async function reuses(graph: Graph): Promise<Reuse[]> {
  return graph.read<Reuse>('MATCH (a:Document)-[r:REUSES]->(b:Document) RETURN a.id AS from, b.id AS to, r.spans AS spans, r.overlap AS overlap, r.words AS words ORDER BY from, to');
}

const goalId = (doc: AnalysedDocument, position: number) => `${doc.id}:${position}`;
const linked = (edges: Edge[], x: string, y: string) => edges.find((e) => (e.a === x && e.b === y) || (e.a === y && e.b === x));

let graph: Graph;
let firstEdges: Edge[];
let firstReuses: Reuse[];

beforeAll(async () => {
  graph = testGraph();
  await resetDatabase(graph);
  const summary = await writeDocuments(graph, initial);
  firstEdges = await similarEdges(graph);
  firstReuses = await reuses(graph);
  expect(summary.links.similarLinks).toBe(firstEdges.length);
  expect(summary.links.reuseLinks).toBe(firstReuses.length);
});

afterAll(async () => {
  await graph?.close();
});

describe('similar goals', () => {
  it('links goals of different publishers, with a score and the words that explain it', () => {
    const climate = linked(firstEdges, goalId(d1, 0), goalId(d3, 0));
    expect(climate).toBeDefined();
    // shared words, or the concept they name together ("svenskt näringslivs ranking")
    expect(climate!.sharedTerms.join(' ')).toMatch(/svenskt/);
    expect(climate!.sharedTerms.join(' ')).toMatch(/ranking/);
    const food = linked(firstEdges, goalId(d1, 1), goalId(d3, 1));
    expect(food?.sharedTerms).toEqual(expect.arrayContaining(['ekologiska', 'livsmedel']));
    // an organisation counts as a publisher of its own
    expect(linked(firstEdges, goalId(d1, 2), goalId(d4, 0))?.sharedTerms.join(' ')).toMatch(/starta.*företagsamhet|företagsamhet.*starta/i);
    expect(linked(firstEdges, goalId(d3, 2), goalId(d4, 1))).toBeDefined();
    for (const edge of firstEdges) {
      expect(edge.a < edge.b).toBe(true); // one edge per pair, from the lower id
      expect(edge.score).toBeGreaterThan(0);
      expect(edge.score).toBeLessThanOrEqual(1);
      expect(edge.sharedTerms.length).toBeGreaterThan(0);
    }
    // the best matches rank first: d3's climate goal is closest to Testvik's climate goal (in d1 and, word for word, d2)
    const ofD3 = firstEdges.filter((e) => e.a === goalId(d3, 0) || e.b === goalId(d3, 0)).sort((x, y) => y.score - x.score);
    expect(ofD3.slice(0, 2).flatMap((e) => [e.a, e.b])).toEqual(expect.arrayContaining([goalId(d1, 0), goalId(d2, 0)]));
    expect(ofD3[0]!.score).toBe(ofD3[1]!.score);
  });

  it('never links goals within one municipality, nor goals of unknown publishers', async () => {
    expect(linked(firstEdges, goalId(d1, 0), goalId(d2, 0))).toBeUndefined();
    const [within] = await graph.read<{ n: number }>(`
      MATCH (p)-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(a:Goal)-[:SIMILAR_TO]-(b:Goal)<-[:HAS_GOAL]-(:Document)<-[:PUBLISHED]-(p)
      RETURN count(*) AS n`);
    expect(within!.n).toBe(0);
    expect(firstEdges.some((e) => e.a.startsWith(unattributed.id) || e.b.startsWith(unattributed.id))).toBe(false);
    // d2's goal has d1's exact words, so it still finds d1's neighbours in other municipalities
    expect(linked(firstEdges, goalId(d2, 0), goalId(d3, 0))).toBeDefined();
  });
});

describe('reused text', () => {
  it('finds the planted paragraph, from the newer document to the older, with exact spans', () => {
    expect(firstReuses).toHaveLength(1);
    const [reuse] = firstReuses;
    expect(reuse).toMatchObject({ from: d3.id, to: d1.id });
    const spans = decodeSpans(reuse!.spans);
    expect(spans).toHaveLength(1);
    const words = COPIED.slice(0, -1); // spans run from the first word's start to the last word's end
    expect(d3.text.slice(spans[0]!.aStart, spans[0]!.aEnd)).toBe(words);
    expect(d1.text.slice(spans[0]!.bStart, spans[0]!.bEnd)).toBe(words);
    expect(spans[0]!.text).toBe(words);
    expect(reuse!.words).toBe(COPIED.split(' ').length);
    expect(reuse!.overlap).toBeGreaterThan(0.1);
    expect(reuse!.overlap).toBeLessThanOrEqual(1);
  });

  it('creates no REUSES from boilerplate alone, nor for documents of unknown publishers', () => {
    const involved = new Set(firstReuses.flatMap((r) => [r.from, r.to]));
    for (const doc of [...boilerplateOnly, unattributed, d2, d4]) expect(involved.has(doc.id)).toBe(false);
  });
});

describe('stability and increments', () => {
  it('re-ingesting the same documents changes nothing', async () => {
    const summary = await writeDocuments(graph, initial);
    expect(summary.written).toBe(0);
    expect(await similarEdges(graph)).toEqual(firstEdges);
    expect(await reuses(graph)).toEqual(firstReuses);
  });

  it('recomputing the same documents gives the same edges and scores', async () => {
    const again = await updateLinks(graph, { documentIds: initial.map((d) => d.id) });
    expect(again.similarLinks).toBe(firstEdges.length);
    expect(await similarEdges(graph)).toEqual(firstEdges);
    expect(await reuses(graph)).toEqual(firstReuses);
    await updateLinks(graph, { documentIds: [], all: true });
    expect(await similarEdges(graph)).toEqual(firstEdges);
  });

  it('a new document links its goals and reused text without recomputing the rest', async () => {
    const summary = await writeDocuments(graph, [d7]);
    expect(summary.written).toBe(1);
    const edges = await similarEdges(graph);
    const newGoal = goalId(d7, 0);
    const added = edges.filter((e) => e.a === newGoal || e.b === newGoal);
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(linked(edges, newGoal, goalId(d1, 1))?.sharedTerms).toEqual(expect.arrayContaining(['livsmedel']));
    expect(linked(edges, newGoal, goalId(d3, 1))).toBeDefined();
    // every edge that was there before is still there, with its score and words (no goal has k neighbours yet)
    for (const edge of firstEdges) expect(edges).toContainEqual(edge);
    expect(edges.length).toBe(firstEdges.length + added.length);
    expect(summary.links.similarLinks).toBe(added.length);

    const after = await reuses(graph);
    expect(after).toHaveLength(2);
    expect(after).toContainEqual(firstReuses[0]);
    const fresh = after.find((r) => r.from === d7.id)!;
    expect(fresh.to).toBe(d4.id);
    const [span] = decodeSpans(fresh.spans);
    expect(d7.text.slice(span!.aStart, span!.aEnd)).toBe(COPIED_LATER.slice(0, -1));
    expect(d4.text.slice(span!.bStart, span!.bEnd)).toBe(COPIED_LATER.slice(0, -1));
  });

  it('a new goal that enters an existing goal’s top k displaces the edge it pushes out', async () => {
    // words found in no other goal, so that these goals only meet each other; with k = 1:
    // f's best is x, x's best is y (they share more), so f–x exists only as f's choice
    const goal = (title: string, municipality: typeof TESTVIK, text: string) =>
      fixtureDocument({ title, municipality, year: 2024, paragraphs: [filler(30)], goals: [{ text }] });
    const f = goal('Plan F', TESTVIK, 'Zorbak quintel.');
    const x = goal('Plan X', PROVBY, 'Zorbak quintel vexmo draflin.');
    const y = goal('Plan Y', EXEMPELAS, 'Zorbak quintel vexmo draflin pirok.');
    await writeDocuments(graph, [f, x, y], { k: 1 });
    const before = await similarEdges(graph);
    expect(linked(before, goalId(f, 0), goalId(x, 0))).toBeDefined();
    expect(linked(before, goalId(x, 0), goalId(y, 0))).toBeDefined();
    expect(linked(before, goalId(f, 0), goalId(y, 0))).toBeUndefined();

    // n is f word for word: it becomes f's best and pushes f–x out of f's top 1; x still prefers y, so f–x goes
    const n = goal('Plan N', FIKTIVA, 'Zorbak quintel.');
    await writeDocuments(graph, [n], { k: 1 });
    const after = await similarEdges(graph);
    expect(linked(after, goalId(n, 0), goalId(f, 0))?.score).toBe(1);
    expect(linked(after, goalId(f, 0), goalId(x, 0))).toBeUndefined();
    expect(linked(after, goalId(x, 0), goalId(y, 0))).toEqual(linked(before, goalId(x, 0), goalId(y, 0)));
  });
});
