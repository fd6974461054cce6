/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON in tests */
/**
 * The stored format end to end: texts analysed and written by the real pipeline, every encoded field
 * (a goal's target, a document's sections, reuse spans, a run's failures) read back through GraphQL.
 * The texts are written for this test; Björkvik and Granvik are invented municipalities.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@strategigrafen/graph-db';
import { analyseSource, ingestPaths, readSource, type IngestSummary } from '@strategigrafen/ingest';
import { decodeTarget, type AnalysedDocument } from '@strategigrafen/schema';
import { resetDatabase, testGraph } from '../../test/neo4j.js';
import { startApi, type RunningApi } from './api.js';

const SHARED =
  'Varje höst bjuder kommunen in företag, föreningar och fastighetsägare till ett klimatråd där årets utsläppssiffror redovisas, ' +
  'gemensamma åtgärder för energieffektivisering och hållbara transporter planeras och deltagarna kan anmäla egna åtaganden. ' +
  'Rådets förslag sammanställs i en åtgärdslista som kommunstyrelsen följer upp två gånger per år tillsammans med de medverkande organisationerna.';

const BJORKVIK = `Klimatstrategi för Björkviks kommun 2024

Syntetiskt dokument – testdata för Strategigrafens test av det lagrade formatet. Björkvik är en påhittad kommun.

Inledning
Strategin beskriver hur Björkviks kommun ska arbeta med klimat och energi fram till år 2030.

Mål
Kommunen ska minska utsläppen med 50 procent till år 2030.
Kommunen ska se till att minst 90 procent av de egna fordonen är fossilfria senast 2028.

Uppföljning

Mått Utfall Målvärde
Andel förnybar el, % 68 95
Laddplatser i kommunens garage 40 120

Kommunen följer upp målen varje år.

Samverkan med näringslivet
${SHARED}
`;

const GRANVIK = `Energiplan för Granviks kommun 2022

Syntetiskt dokument – testdata för Strategigrafens test av det lagrade formatet. Granvik är en påhittad kommun.

Bakgrund
Granvik har en växande befolkning och en stor andel pendlare. Planen anger kommunens inriktning för energi och transporter.

Inriktning
Kommunen ska bygga ut laddinfrastrukturen i alla tätorter.

Klimatråd
${SHARED}
`;

const DOCUMENT = `query ($id: String!) { document(id: $id) {
  id title text
  sections { heading text start end }
  goals(first: 20) { edges { node { text measurable deadline section target { text kind value unit deadline } } } }
  reusedPassages { totalCount edges { node { overlap document { id } passages { start end text otherStart otherEnd otherText } } } }
} }`;

let graph: Graph;
let api: RunningApi;
let dir: string;
let summary: IngestSummary;
/** the same texts through the analyser alone: what the graph should give back */
let analysed: { bjorkvik: AnalysedDocument; granvik: AnalysedDocument };
let ids: { bjorkvik: string; granvik: string };

beforeAll(async () => {
  graph = testGraph();
  await resetDatabase(graph);
  dir = await mkdtemp(join(tmpdir(), 'strategigrafen-stored-'));
  const files = { bjorkvik: join(dir, 'bjorkvik-klimatstrategi.txt'), granvik: join(dir, 'granvik-energiplan.txt') };
  await writeFile(files.bjorkvik, BJORKVIK);
  await writeFile(files.granvik, GRANVIK);
  await writeFile(join(dir, 'trasig.pdf'), 'inte en pdf');
  summary = await ingestPaths(graph, [dir]);
  analysed = { bjorkvik: analyseSource(await readSource(files.bjorkvik)), granvik: analyseSource(await readSource(files.granvik)) };
  const idOf = async (name: string) =>
    (await graph.read<{ id: string }>('MATCH (:Municipality {name: $name})-[:PUBLISHED]->(d:Document) RETURN d.id AS id', { name }))[0]!.id;
  ids = { bjorkvik: await idOf('Björkvik'), granvik: await idOf('Granvik') };
  api = await startApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const documentOf = async (id: string) => (await api.data(DOCUMENT, { id })).document;

describe('the stored format, written by the pipeline and read through GraphQL', () => {
  it('ingested both texts and refused the broken file', () => {
    expect(summary).toMatchObject({ ok: 2, failed: 1, documents: 2 });
  });

  it("gives back a goal's target with its value, unit and year", async () => {
    const { goals } = await documentOf(ids.bjorkvik);
    const byText = (start: string) => goals.edges.map((e: any) => e.node).find((g: any) => g.text.startsWith(start));
    expect(byText('Kommunen ska minska utsläppen')).toEqual({
      text: 'Kommunen ska minska utsläppen med 50 procent till år 2030.',
      measurable: true,
      deadline: 2030,
      section: 'Mål',
      target: { text: '50 procent', kind: 'percentage', value: 50, unit: '%', deadline: 2030 },
    });
    expect(byText('Kommunen ska se till att minst 90 procent').target).toMatchObject({ kind: 'percentage', value: 90, unit: '%', deadline: 2028 });
    expect(byText('Laddplatser').target).toEqual({ text: '120', kind: 'number', value: 120, unit: null, deadline: null });
  });

  it('gives back every target as analysed, and no target for a goal without one', async () => {
    for (const [name, doc] of Object.entries(analysed)) {
      const { goals } = await documentOf(ids[name as keyof typeof ids]);
      const served = goals.edges.map((e: any) => e.node);
      expect(served.map((g: any) => g.text)).toEqual(doc.goals.map((g) => g.text));
      expect(served.map((g: any) => g.target)).toEqual(
        doc.goals.map(({ target: t }) => t && { text: t.text, kind: t.kind, value: t.value ?? null, unit: t.unit ?? null, deadline: t.deadline ?? null }),
      );
      expect(served.map((g: any) => g.deadline)).toEqual(doc.goals.map((g) => g.target?.deadline ?? null));
    }
    const { goals } = await documentOf(ids.granvik);
    expect(goals.edges.map((e: any) => e.node.target)).toEqual([null]);
  });

  it('keeps the baseline, which the API does not serve', async () => {
    const [row] = await graph.read<{ goal: Record<string, unknown> }>(
      'MATCH (:Document {id: $id})-[:HAS_GOAL]->(g:Goal) WHERE g.text STARTS WITH $start RETURN properties(g) AS goal',
      { id: ids.bjorkvik, start: 'Andel förnybar el' },
    );
    expect(decodeTarget(row!.goal)).toEqual({ text: '95', kind: 'percentage', value: 95, unit: '%', baseline: 68 });
  });

  it("gives back a document's sections under their headings", async () => {
    for (const [name, doc] of Object.entries(analysed)) {
      const served = await documentOf(ids[name as keyof typeof ids]);
      expect(served.sections).toEqual(doc.sections.map(({ heading, text, start, end }) => ({ heading, text, start, end })));
      for (const s of served.sections) expect(served.text.slice(s.start, s.end)).toBe(s.text);
    }
    const { sections } = await documentOf(ids.bjorkvik);
    expect(sections.map((s: any) => s.heading)).toEqual(expect.arrayContaining(['Inledning', 'Mål', 'Uppföljning', 'Samverkan med näringslivet']));
    expect(sections.find((s: any) => s.heading === 'Samverkan med näringslivet').text).toBe(SHARED);
  });

  it('gives back the reused passage from either side, with offsets into each text', async () => {
    const passage = SHARED.slice(0, -1); // spans run from the first word's start to the last word's end
    for (const [me, other] of [
      [ids.bjorkvik, ids.granvik],
      [ids.granvik, ids.bjorkvik],
    ] as const) {
      const { text: myText, reusedPassages } = await documentOf(me);
      const { text: otherText } = await documentOf(other);
      expect(reusedPassages.totalCount).toBe(1);
      const [reuse] = reusedPassages.edges.map((e: any) => e.node);
      expect(reuse.document.id).toBe(other);
      expect(reuse.overlap).toBeGreaterThan(0);
      const start = myText.indexOf(passage);
      const otherStart = otherText.indexOf(passage);
      expect(reuse.passages).toEqual([
        { start, end: start + passage.length, text: passage, otherStart, otherEnd: otherStart + passage.length, otherText: passage },
      ]);
    }
  });

  it("gives back the run's failures, one line per file", async () => {
    const { stats } = await api.data('{ stats { lastIngestRun { id ok failed failures } } }');
    expect(stats.lastIngestRun).toEqual({
      id: summary.runId,
      ok: 2,
      failed: 1,
      failures: summary.failures.map((f) => `${f.path}: ${f.error}`),
    });
    expect(stats.lastIngestRun.failures[0]).toMatch(/trasig\.pdf: /);
  });
});
