/**
 * Concepts over GraphQL against the real fixture graph: a goal's concepts, a concept's broader concept and
 * themes, and the goals that mention a concept or a narrower one — in other words than the concept's label.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@strategigrafen/graph-db';
import { testGraph } from '../../test/neo4j.js';
import { codes, startApi, type RunningApi } from './api.js';
import { buildFixture, goalId } from './fixture.js';

let graph: Graph;
let api: RunningApi;

beforeAll(async () => {
  graph = testGraph();
  await buildFixture(graph, 0);
  api = await startApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('concepts', () => {
  it('lists the concepts a goal mentions, with their broader concepts and themes', async () => {
    const id = await goalId(graph, 'Solvik', 'kollektivtrafiken och cykelvägarna');
    const data = await api.data(`query ($id: String!) { goal(id: $id) { concepts { id labelSv labelEn broader { id labelSv } themes { id } } } }`, { id });
    const concepts = data.goal.concepts as Array<{ id: string; labelSv: string; broader: { id: string } | null; themes: Array<{ id: string }> }>;
    const transit = concepts.find((c) => c.id === 'public-transport');
    expect(transit).toMatchObject({ labelSv: 'kollektivtrafik', broader: { id: 'transport-infrastructure' } });
    expect(transit!.themes.length).toBeGreaterThan(0);
  });

  it('finds the goals that mention a concept or a narrower one, whatever words they use', async () => {
    const data = await api.data(`{ concept(id: "transport-infrastructure") { labelSv goals(first: 50) { totalCount edges { node { text concepts { id } } } } } }`);
    const goals = data.concept.goals as { totalCount: number; edges: Array<{ node: { text: string } }> };
    expect(goals.totalCount).toBeGreaterThan(0);
    expect(goals.edges.map((e) => e.node.text)).toContain('Kommunen ska förbättra kollektivtrafiken och cykelvägarna till besöksmålen.');
    // none of these goals need to say "transportinfrastruktur": they mention it through narrower concepts
    expect(goals.edges.every((e) => !/transportinfrastruktur/i.test(e.node.text))).toBe(true);
  });

  it('answers NOT_FOUND for an unknown concept', async () => {
    expect(codes(await api.gql('{ concept(id: "no-such-concept") { id } }'))).toEqual(['NOT_FOUND']);
  });
});
