/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here; the assertions check their shape */
/**
 * goalsLike ("goals like my draft") against the real Neo4j, on the fixture graph: the full-text fallback
 * while the engine is first built, then the similar-goal engine over every goal, its filters, paging,
 * input checks, and a rebuild in the background once the graph changes.
 *
 * The drafts below are written for this test (synthetic, like the fixtures): paraphrases of fixture goals
 * in other words, so that finding the goal takes more than matching its words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@strategigrafen/graph-db';
import { analyseSource, writeDocuments } from '@strategigrafen/ingest';
import { testGraph } from '../../test/neo4j.js';
import { codes, startApi, type RunningApi } from './api.js';
import { buildFixture, fixtureCodes, goalId, lookup } from './fixture.js';

let graph: Graph;
let api: RunningApi;
let norrvik: string;
let solvik: string;

/** Solvik's "Kommunen ska förbättra kollektivtrafiken och cykelvägarna till besöksmålen.", in other words. */
const TRANSPORT_DRAFT = 'Det ska bli lättare att ta sig till våra turistmål med buss, tåg och cykel';
/** Norrvik's "Kommunen ska ställa krav på miljö och socialt ansvar i alla upphandlingar över direktupphandlingsgränsen.", in other words. */
const CSR_DRAFT = 'Vid inköp över gränsen för direktupphandling ska vi alltid kräva miljöhänsyn och socialt ansvarstagande av leverantörerna';

/** A draft in the words of Norrvik's "Kommunen ska öka andelen lokala företag som lämnar anbud i offentlig upphandling till 40 procent.": what the full-text index finds. */
const LITERAL_DRAFT = 'Fler lokala företag ska lämna anbud när kommunen gör en offentlig upphandling';

const QUERY = `query ($text: String!, $first: Int, $after: String, $filter: GoalLikeFilter) {
  goalsLike(text: $text, first: $first, after: $after, filter: $filter) {
    engine totalCount pageInfo { hasNextPage endCursor }
    edges { cursor score sharedTerms node { id text municipality { code name county { code } } document { id title } themes { theme { id parent { id } } } } }
  }
}`;

const like = async (text: string, variables: Record<string, unknown> = {}) => (await api.data(QUERY, { text, ...variables })).goalsLike;

beforeAll(async () => {
  graph = testGraph();
  await buildFixture(graph);
  ({ norrvik, solvik } = await fixtureCodes(graph));
  // every request may check whether the graph changed (the default is at most every 5 s)
  api = await startApi(graph, { goalsLikeCheckMs: 0 });
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('goalsLike', () => {
  it('answers from the full-text index while the engine is first built, then from the engine', async () => {
    expect(api.app.goalsLike.status().state).toBe('idle');
    const fallback = await like(LITERAL_DRAFT);
    expect(fallback.engine).toBe('FULLTEXT');
    // the first use started the build, in the background
    expect(api.app.goalsLike.status().building).toBe(true);
    expect(fallback.edges.length).toBeGreaterThan(0);
    const scores = fallback.edges.map((e: any) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const edge of fallback.edges) {
      expect(edge.score).toBeGreaterThan(0);
      expect(edge.score).toBeLessThanOrEqual(1);
      // shared words as the goal writes them
      for (const term of edge.sharedTerms) expect(edge.node.text.toLowerCase()).toContain(term);
    }
    expect(fallback.edges.map((e: any) => e.node.text)).toContain('Kommunen ska öka andelen lokala företag som lämnar anbud i offentlig upphandling till 40 procent.');

    const status = await api.app.goalsLike.settled();
    expect(status.state).toBe('ready');
    expect(status.engine?.goals).toBe(await lookup<number>(graph, 'MATCH (g:Goal) RETURN count(g) AS value'));
    console.log(
      `goalsLike engine on the test graph: ${status.engine!.goals} goals, read ${Math.round(status.engine!.readMs)} ms, built ${Math.round(status.engine!.buildMs)} ms, ` +
        `worker heap ${Math.round(status.engine!.heapUsedBytes / 2 ** 20)} MB, process RSS ${Math.round(status.engine!.rssBytes / 2 ** 20)} MB`,
    );
    expect((await like(CSR_DRAFT)).engine).toBe('SIMILAR');
  });

  it('finds a fixture goal from a paraphrase in other words, with the words it shares as the goal writes them', async () => {
    const transport = await like(TRANSPORT_DRAFT, { first: 5 });
    expect(transport.engine).toBe('SIMILAR');
    const top = transport.edges[0];
    expect(top.node.text).toBe('Kommunen ska förbättra kollektivtrafiken och cykelvägarna till besöksmålen.');
    expect(top.node.municipality).toMatchObject({ code: solvik, name: 'Solvik' });
    expect(top.score).toBeGreaterThan(0.3);
    expect(top.score).toBeLessThanOrEqual(1);
    // "buss" and "tåg" are public transport: the goal says "kollektivtrafiken"
    expect(top.sharedTerms).toContain('kollektivtrafiken');
    expect(top.sharedTerms.some((t: string) => top.node.text.toLowerCase().includes(t))).toBe(true);
    const scores = transport.edges.map((e: any) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const csr = await like(CSR_DRAFT, { first: 5 });
    expect(csr.edges[0].node.id).toBe(await goalId(graph, 'Norrvik', 'socialt ansvar i alla upphandlingar'));
    // "socialt ansvar" and "socialt ansvarstagande" name one concept: shown as the goal writes it
    expect(csr.edges[0].sharedTerms).toEqual(expect.arrayContaining(['socialt ansvar', 'upphandlingar']));
    expect(csr.edges[0].node.document.title).toBe('Näringslivsstrategi för Norrviks kommun 2024–2030');
  });

  it('leaves out a municipality\'s own goals, and narrows to a county or a theme', async () => {
    const norrvikGoal = await goalId(graph, 'Norrvik', 'socialt ansvar i alla upphandlingar');
    const others = await like(CSR_DRAFT, { first: 50, filter: { municipality: norrvik } });
    expect(others.engine).toBe('SIMILAR');
    expect(others.edges.length).toBeGreaterThan(0);
    expect(others.edges.map((e: any) => e.node.id)).not.toContain(norrvikGoal);
    expect(others.edges.every((e: any) => e.node.municipality?.code !== norrvik)).toBe(true);
    // the filter applies before the best are chosen: the list is the unfiltered one without Norrvik's goals
    const unfiltered = await like(CSR_DRAFT, { first: 50 });
    const notNorrvik = unfiltered.edges.filter((e: any) => e.node.municipality?.code !== norrvik).map((e: any) => e.node.id);
    expect(others.edges.map((e: any) => e.node.id).slice(0, 10)).toEqual(notNorrvik.slice(0, 10));

    const lerumCounty = await like('Fler unga ska starta hållbara företag', { first: 50, filter: { county: '14' } });
    expect(lerumCounty.edges.slice(0, 3).map((e: any) => e.node.text)).toContain('Lerums kommun ska stötta ungt företagande med fokus på hållbarhet.');
    expect(lerumCounty.edges.every((e: any) => e.node.municipality?.county?.code === '14')).toBe(true);

    const tourism = await like(TRANSPORT_DRAFT, { first: 50, filter: { theme: 'tourism' } });
    expect(tourism.edges.length).toBeGreaterThan(0);
    for (const edge of tourism.edges) expect(edge.node.themes.some((t: any) => t.theme.id === 'tourism' || t.theme.parent?.id === 'tourism')).toBe(true);
  });

  it('pages like every other list, first capped at the page size', async () => {
    const all = await like(CSR_DRAFT, { first: 6 });
    const one = await like(CSR_DRAFT, { first: 3 });
    const two = await like(CSR_DRAFT, { first: 3, after: one.pageInfo.endCursor });
    expect([...one.edges, ...two.edges].map((e: any) => e.node.id)).toEqual(all.edges.map((e: any) => e.node.id));
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(one.totalCount).toBe(all.totalCount);
    const tooMany = await api.gql(QUERY, { text: CSR_DRAFT, first: 301 });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0]!.extensions!.argument).toBe('first');
  });

  it('rejects an empty or overlong draft and malformed filters, naming the argument', async () => {
    const argumentOf = async (variables: Record<string, unknown>) => {
      const response = await api.gql(QUERY, variables);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      return response.errors![0]!.extensions!.argument;
    };
    expect(await argumentOf({ text: '' })).toBe('text');
    expect(await argumentOf({ text: '  \n ' })).toBe('text');
    expect(await argumentOf({ text: 'upphandling '.repeat(91) })).toBe('text');
    expect(await argumentOf({ text: CSR_DRAFT, filter: { municipality: 'not a code' } })).toBe('filter.municipality');
    expect(await argumentOf({ text: CSR_DRAFT, filter: { county: '1 4' } })).toBe('filter.county');
    expect(await argumentOf({ text: CSR_DRAFT, filter: { theme: 'no-such-theme' } })).toBe('filter.theme');
    // a draft of common words only has nothing to compare: an empty answer, not an error
    expect((await like('och att det är')).edges).toEqual([]);
  });

  it('rebuilds the engine in the background when the graph changes, answering from the old one meanwhile', async () => {
    const draft = 'Varje skolgård ska få en egen biodling med bikupor';
    const before = await like(draft);
    expect(before.edges.map((e: any) => e.node.text)).not.toContain('Ekdalas kommun ska anlägga en biodling på varje skolgård senast 2029.');
    const [doc] = await writeDocuments(graph, [
      analyseSource({
        path: 'goals-like/ekdala.txt',
        title: 'Grönplan för Ekdala',
        text: 'Grönplan för Ekdala\n\nSyntetiskt dokument – testdata för Strategigrafens API-tester. Ekdala är en påhittad kommun.\n\nMål\nEkdalas kommun ska anlägga en biodling på varje skolgård senast 2029.\n',
        relatedTitles: [],
        synthetic: true,
      }),
    ]).then(() => graph.read<{ name: string }>("MATCH (m:Municipality)-[:PUBLISHED]->(:Document {title: 'Grönplan för Ekdala'}) RETURN m.name AS name"));
    expect(doc?.name).toBe('Ekdala');

    // this request notices the change and starts the rebuild; the engine built before answers it
    const during = await like(draft);
    expect(during.engine).toBe('SIMILAR');
    const status = await api.app.goalsLike.settled();
    expect(status.engine?.goals).toBe(await lookup<number>(graph, 'MATCH (g:Goal) RETURN count(g) AS value'));
    const after = await like(draft, { first: 3 });
    expect(after.engine).toBe('SIMILAR');
    expect(after.edges[0].node.text).toBe('Ekdalas kommun ska anlägga en biodling på varje skolgård senast 2029.');
  });
});
