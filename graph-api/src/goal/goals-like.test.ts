/**
 * "Goals like my draft" without a database: the engine (the linker's similarity over stored goals, with
 * the API's filters), and the process-wide index around it — lazy first build in a worker thread, no
 * answer until it is built, rebuild on change, none during an ingest run, retry after a failure — over a
 * scripted reader. Goal texts here are synthetic, written for the test.
 */
import type { Integer } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphReader } from '../db/reader.js';
import { GoalsLikeEngine } from './goals-like.engine.js';
import { GoalsLikeIndex } from './goals-like.index.js';
import type { LikeFilter, StoredGoalText } from './goals-like.protocol.js';

const ANY: LikeFilter = { exclude: null, county: null, themes: null };

const GOALS: StoredGoalText[] = [
  { id: 'g1', text: 'Kommunen ska förbättra kollektivtrafiken och cykelvägarna till besöksmålen.', owners: ['S001'], themes: [{ id: 'tourism', weight: 0.6 }] },
  { id: 'g2', text: 'Kommunen ska ställa krav på miljö och socialt ansvar i alla upphandlingar.', owners: ['S002'], themes: [{ id: 'procurement', weight: 0.8 }] },
  { id: 'g3', text: 'Upphandlingsenheten ska underlätta för lokala företag att lämna anbud i upphandlingar.', owners: ['S003'], themes: [{ id: 'procurement', weight: 0.7 }] },
  { id: 'g4', text: 'Kommunen ska öka andelen lokala företag som lämnar anbud i offentlig upphandling.', owners: ['S001'], themes: [{ id: 'procurement', weight: 0.7 }] },
  { id: 'g5', text: 'Bolaget ska bygga ut laddinfrastrukturen för elbilar längs kusten.', owners: ['org:hamnbolaget'], themes: [] },
  { id: 'g6', text: 'Antalet gästnätter ska öka med tjugo procent.', owners: ['S002'], themes: [{ id: 'tourism', weight: 0.6 }] },
];
const COUNTIES = new Map([
  ['S001', '01'],
  ['S002', '03'],
  ['S003', '03'],
]);

describe('GoalsLikeEngine', () => {
  const engine = GoalsLikeEngine.build(GOALS, COUNTIES);
  const ids = (filter: LikeFilter, text = 'Fler lokala företag ska lämna anbud när kommunen upphandlar') => engine.like({ text, skip: 0, limit: 10, filter }).items.map((m) => m.id);

  it('ranks stored goals by the linker\'s similarity to a draft, with the words they share as the goal writes them', () => {
    const answer = engine.like({ text: 'Det ska bli lättare att ta sig till våra turistmål med buss och cykel', skip: 0, limit: 3, filter: ANY });
    expect(answer.items[0]).toMatchObject({ id: 'g1' });
    expect(answer.items[0]!.score).toBeGreaterThan(0);
    expect(answer.items[0]!.score).toBeLessThanOrEqual(1);
    // "cykel" is a part of the goal's "cykelvägarna"; "buss" is public transport, which the goal calls "kollektivtrafiken"
    expect(answer.items[0]!.sharedTerms).toEqual(expect.arrayContaining(['cykelvägarna', 'kollektivtrafiken']));
    const scores = answer.items.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('leaves out a publisher\'s goals, narrows to a county or to themes, and pages', () => {
    const all = ids(ANY);
    expect(all).toEqual(expect.arrayContaining(['g3', 'g4']));
    expect(ids({ ...ANY, exclude: 'S001' })).not.toContain('g4');
    expect(ids({ ...ANY, exclude: 'S001' })).toContain('g3');
    expect(ids({ ...ANY, county: '03' }).every((id) => ['g2', 'g3', 'g6'].includes(id))).toBe(true);
    expect(ids({ ...ANY, themes: ['tourism'] })).not.toContain('g3');
    const first = engine.like({ text: 'lokala företag anbud upphandling', skip: 0, limit: 1, filter: ANY });
    const second = engine.like({ text: 'lokala företag anbud upphandling', skip: 1, limit: 1, filter: ANY });
    expect(first.total).toBe(second.total);
    expect(first.total).toBeGreaterThan(1);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
  });

  it('answers nothing for a draft without words it knows', () => {
    expect(engine.like({ text: 'och att det', skip: 0, limit: 5, filter: ANY })).toEqual({ total: 0, items: [] });
  });
});

type Run = { id: string; startedAt: string; finishedAt: string | null };

/** A reader answering the index's four reads from a list of goals. */
function scriptedReader(state: { goals: StoredGoalText[]; run: Run | null; failing?: boolean }) {
  const rows = async (cypher: string, params: { after?: string; limit?: Integer } = {}): Promise<unknown[]> => {
    if (state.failing) throw new Error('Neo4j is down');
    const limit = params.limit?.toNumber() ?? Infinity;
    if (cypher.includes('COUNT { (:Goal) }')) return [{ goals: state.goals.length, runs: state.run ? [state.run] : [] }];
    if (cypher.includes('IN_COUNTY')) return [...COUNTIES].map(([owner, county]) => ({ owner, county }));
    const sorted = [...state.goals].sort((a, b) => (a.id < b.id ? -1 : 1)).filter((g) => g.id > (params.after ?? ''));
    // one document per goal, named after it
    if (cypher.includes('MATCH (g:Goal) WHERE')) return sorted.slice(0, limit).map((g) => ({ id: g.id, document: `doc-${g.id}`, text: g.text, themes: g.themes }));
    if (cypher.includes('MATCH (d:Document) WHERE')) return sorted.slice(0, limit).map((g) => ({ id: `doc-${g.id}`, owners: g.owners }));
    throw new Error(`unexpected read: ${cypher}`);
  };
  return { rows, first: async (cypher: string, params?: object) => (await rows(cypher, params))[0] } as unknown as GraphReader;
}

describe('GoalsLikeIndex', () => {
  let index: GoalsLikeIndex | undefined;
  afterEach(async () => {
    await index?.close();
  });
  const request = (text: string) => ({ text, skip: 0, limit: 5, filter: ANY });

  it('builds on first use without waiting, answers from the engine once built, and rebuilds when the graph changes', { timeout: 60_000 }, async () => {
    const state: { goals: StoredGoalText[]; run: Run } = { goals: GOALS.slice(0, 4), run: { id: 'run-1', startedAt: new Date().toISOString(), finishedAt: new Date().toISOString() } };
    index = new GoalsLikeIndex(scriptedReader(state), { checkIntervalMs: 0, answerTimeoutMs: 10_000, log: () => {} });
    expect(index.status().state).toBe('idle');
    expect(index.current()).toBeNull();
    expect(index.status()).toMatchObject({ state: 'building', building: true, engine: null });
    const ready = await index.settled();
    expect(ready).toMatchObject({ state: 'ready', building: false, error: null, engine: { goals: 4 } });
    expect(ready.engine!.buildMs).toBeGreaterThan(0);
    expect(ready.engine!.heapUsedBytes).toBeGreaterThan(0);
    const engine = index.current();
    const ids = async (handle: ReturnType<GoalsLikeIndex['current']>) => (await handle!.like(request('gästnätter'))).items.map((m) => m.id);
    expect(await ids(engine)).not.toContain('g6');

    // an ingest run starts and adds a goal: no rebuild while it runs
    state.run = { id: 'run-2', startedAt: new Date().toISOString(), finishedAt: null };
    state.goals = GOALS;
    index.current();
    expect((await index.settled()).engine!.goals).toBe(4);
    // it finishes: the next request starts a rebuild and is answered by the engine built before
    state.run = { ...state.run, finishedAt: new Date().toISOString() };
    const during = index.current();
    expect(await ids(during)).not.toContain('g6');
    expect((await index.settled()).engine!.goals).toBe(GOALS.length);
    expect((await ids(index.current()))[0]).toBe('g6');
  });

  it('stays without an engine while the graph cannot be read, and tries again later', { timeout: 60_000 }, async () => {
    let now = 1_000_000;
    const state = { goals: GOALS, run: null, failing: true };
    index = new GoalsLikeIndex(scriptedReader(state), { checkIntervalMs: 5_000, answerTimeoutMs: 10_000, log: () => {}, now: () => now });
    expect(index.current()).toBeNull();
    expect(await index.settled()).toMatchObject({ state: 'failed', error: 'Neo4j is down', engine: null });
    state.failing = false;
    expect(index.current()).toBeNull();
    expect(index.status().building).toBe(false);
    now += 5_000;
    expect(index.current()).toBeNull();
    expect(index.status().building).toBe(true);
    expect(await index.settled()).toMatchObject({ state: 'ready', error: null, engine: { goals: GOALS.length } });
  });
});
