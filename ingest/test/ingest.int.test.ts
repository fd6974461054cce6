/**
 * The pipeline against the real test Neo4j: the sample corpus, a folder of mixed formats, re-ingest,
 * changed files and the IngestRun record.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { THEMES } from '@strategigrafen/schema';
import type { Graph } from '@strategigrafen/graph-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testGraph } from '../../test/neo4j.js';
import { analyseTitleOnly } from '../src/analyse/index.js';
import { ingestPaths, readSource, synthDocument } from '../src/index.js';
import { analyseSource } from '../src/pipeline/index.js';
import { count, dumpGraph } from './graph-dump.js';

const SEED = 'samples/seed/lerum-naringslivsstrategi-forklaring.txt';
let graph: Graph;
let work: string;

beforeAll(async () => {
  graph = testGraph();
  await resetDatabase(graph);
  work = await mkdtemp(join(tmpdir(), 'strategigrafen-ingest-'));
});

afterAll(async () => {
  await graph?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the sample corpus', () => {
  let expectedGoals: number;
  let relatedIds: string[];

  beforeAll(async () => {
    const source = await readSource(SEED);
    expectedGoals = analyseSource(source).goals.length;
    relatedIds = [...new Set(source.relatedTitles.map((title) => analyseTitleOnly(title).id))];
  });

  it('builds the graph', async () => {
    const summary = await ingestPaths(graph, ['samples']);
    expect(summary).toMatchObject({ files: 1, ok: 1, failed: 0, skipped: 0, documents: 1, unchanged: 0, relatedDocuments: relatedIds.length });
    expect(summary.goals).toBe(expectedGoals + (await count(graph, '(:Document {hasText: false})-[:HAS_GOAL]->()')));

    expect(await count(graph, '(:County)')).toBe(21);
    expect(await count(graph, '(:Municipality)')).toBe(290);
    expect(await count(graph, '(:Municipality)-[:IN_COUNTY]->(:County)')).toBe(290);
    expect(await count(graph, '(m:Municipality) WHERE m.lat IS NULL OR m.lon IS NULL')).toBe(0);
    expect(await count(graph, '(:Theme)')).toBe(THEMES.length);
    expect(await count(graph, '(:Theme)-[:SUBTHEME_OF]->(:Theme)')).toBe(THEMES.filter((t) => t.parentId).length);
    expect(await count(graph, '(:Document)')).toBe(1 + relatedIds.length);
    expect(await count(graph, '(g:Goal) WHERE NOT ()-[:HAS_GOAL]->(g)')).toBe(0);
  });

  it('gives Lerum’s document its municipality, kind, themes and goals', async () => {
    const [doc] = await graph.read<{ id: string; title: string; kind: string; hasText: boolean; synthetic: boolean; publisher: string; county: string }>(
      `MATCH (c:County)<-[:IN_COUNTY]-(m:Municipality)-[:PUBLISHED]->(d:Document {path: $path})
       RETURN d.id AS id, d.title AS title, d.kind AS kind, d.hasText AS hasText, d.synthetic AS synthetic, m.code AS publisher, c.code AS county`,
      { path: 'samples/seed/lerum-naringslivsstrategi-forklaring.txt' },
    );
    expect(doc).toMatchObject({ title: 'Förklaringsdokument till näringslivsstrategi för Lerums kommun', kind: 'förklaringsdokument', hasText: true, synthetic: false, publisher: '1441', county: '14' });

    const themes = await graph.read<{ id: string; weight: number; terms: string[] }>(
      'MATCH (:Document {id: $id})-[r:ADDRESSES]->(t:Theme) RETURN t.id AS id, r.weight AS weight, r.terms AS terms',
      { id: doc!.id },
    );
    expect(themes.map((t) => t.id)).toEqual(expect.arrayContaining(['business-climate', 'collaboration-dialogue']));
    for (const t of themes) {
      expect(t.weight).toBeGreaterThan(0);
      expect(t.terms.length).toBeGreaterThan(0);
    }

    const goals = await graph.read<{ id: string; text: string; position: number; level: string }>(
      'MATCH (:Document {id: $id})-[:HAS_GOAL]->(g:Goal) RETURN g.id AS id, g.text AS text, g.position AS position, g.level AS level ORDER BY g.position',
      { id: doc!.id },
    );
    expect(goals.length).toBe(expectedGoals);
    expect(goals.length).toBeGreaterThan(10);
    expect(goals.map((g) => g.id)).toEqual(goals.map((_, i) => `${doc!.id}:${i}`));
    expect(goals.some((g) => g.text.startsWith('Lerums kommun ska utvärdera samt använda resultatet av relevanta undersökningar'))).toBe(true);
    expect(await count(graph, '(:Document {id: $id})-[:HAS_GOAL]->(:Goal)-[:ABOUT]->(:Theme)', { id: doc!.id })).toBeGreaterThan(0);
  });

  it('links the related titles as title-only documents with their own municipalities and organisations', async () => {
    const related = await graph.read<{ id: string; title: string; hasText: boolean; text: string; path: string | null }>(
      `MATCH (:Document {path: $path})-[:RELATED_TO]->(r:Document) RETURN r.id AS id, r.title AS title, r.hasText AS hasText, r.text AS text, r.path AS path`,
      { path: 'samples/seed/lerum-naringslivsstrategi-forklaring.txt' },
    );
    expect(related.map((r) => r.id).sort()).toEqual([...relatedIds].sort());
    expect(related.length).toBeGreaterThan(90);
    for (const r of related) expect(r).toMatchObject({ hasText: false, text: '', path: null });

    const publisherOf = async (title: string) =>
      graph.read<{ label: string; key: string }>('MATCH (p)-[:PUBLISHED]->(:Document {title: $title}) RETURN labels(p)[0] AS label, coalesce(p.code, p.id) AS key ORDER BY label', { title });
    expect(await publisherOf('Näringslivsstrategi för Botkyrka kommun')).toEqual([{ label: 'Municipality', key: '0127' }]);
    expect(await publisherOf('Agendan för tillväxt. Näringslivspolicy för Trelleborgs kommun Policy 1 (5) KS 2017/150')).toEqual([{ label: 'Municipality', key: '1287' }]);
    const [company] = await graph.read<{ kind: string; partOf: string }>(
      `MATCH (o:Organisation)-[:PUBLISHED]->(:Document {title: 'CSR-strategi. Koncernen Stockholm Business Region'})
       MATCH (o)-[:PART_OF]->(m:Municipality) RETURN o.kind AS kind, m.code AS partOf`,
    );
    expect(company).toEqual({ kind: 'company', partOf: '0180' });
  });

  it('records the run', async () => {
    const runs = await graph.read<Record<string, unknown>>('MATCH (r:IngestRun) RETURN properties(r) AS run');
    expect(runs).toHaveLength(1);
    const run = (runs[0] as { run: Record<string, unknown> }).run;
    expect(run).toMatchObject({ paths: ['samples'], files: 1, ok: 1, failed: 0, skipped: 0, documents: 1, failures: [] });
    expect(Date.parse(run.finishedAt as string)).toBeGreaterThanOrEqual(Date.parse(run.startedAt as string));
    const ingested = await graph.read<{ change: string; path: string }>('MATCH (:IngestRun)-[i:INGESTED]->(d:Document) RETURN i.change AS change, d.path AS path');
    expect(ingested).toEqual([{ change: 'new', path: 'samples/seed/lerum-naringslivsstrategi-forklaring.txt' }]);
  });

  it('is unchanged by ingesting the same files again, property by property', async () => {
    const before = await dumpGraph(graph);
    const summary = await ingestPaths(graph, ['samples']);
    expect(summary).toMatchObject({ ok: 1, documents: 0, unchanged: 1, replaced: 0, goals: 0, relatedDocuments: 0 });
    expect(await dumpGraph(graph)).toEqual(before);
    const runs = await graph.read<{ change: string }>(
      'MATCH (r:IngestRun)-[i:INGESTED]->() WITH r, i ORDER BY r.startedAt DESC RETURN i.change AS change LIMIT 1',
    );
    expect(runs).toEqual([{ change: 'unchanged' }]);
  });
});

describe('a folder of mixed formats', () => {
  it('builds the graph from txt, md, html, pdf and docx', async () => {
    const summary = await ingestPaths(graph, ['ingest/test/fixtures/mixed']);
    expect(summary).toMatchObject({ files: 5, ok: 5, failed: 0, skipped: 0, documents: 5 });
    const docs = await graph.read<{ path: string; title: string; synthetic: boolean; publisher: string | null; goals: number }>(
      `MATCH (d:Document) WHERE d.path STARTS WITH 'mixed/'
       OPTIONAL MATCH (m:Municipality)-[:PUBLISHED]->(d)
       RETURN d.path AS path, d.title AS title, d.synthetic AS synthetic, m.code AS publisher, COUNT { (d)-[:HAS_GOAL]->() } AS goals ORDER BY path`,
    );
    expect(docs.map((d) => [d.path, d.publisher, d.synthetic])).toEqual([
      ['mixed/lerum-hallbarhet.docx', '1441', false],
      ['mixed/lerum-inflytande.html', '1441', false],
      ['mixed/lerum-kreativitet.pdf', '1441', false],
      ['mixed/norrvik-besoksnaringsprogram.md', 'S001', true],
      ['mixed/solvik-upphandlingspolicy.txt', 'S003', true],
    ]);
    for (const d of docs) expect(d.goals, d.path).toBeGreaterThan(0);
    expect(docs.find((d) => d.path.endsWith('.txt'))!.title).toBe('Upphandlingspolicy för Solviks kommun');
    // the fictional municipalities of synthetic text are marked, and never among the real 290
    expect(await graph.read('MATCH (m:Municipality) WHERE m.synthetic RETURN m.code AS code ORDER BY code')).toEqual([{ code: 'S001' }, { code: 'S003' }]);
    expect(await count(graph, '(m:Municipality) WHERE m.synthetic AND (m)-[:IN_COUNTY]->()')).toBe(0);
  });

  it('together with the samples, is unchanged by another ingest (links between the documents included)', async () => {
    const before = await dumpGraph(graph);
    expect(before.relationships.length).toBeGreaterThan(0);
    const summary = await ingestPaths(graph, ['samples', 'ingest/test/fixtures/mixed']);
    expect(summary).toMatchObject({ ok: 6, documents: 0, unchanged: 6 });
    expect(await dumpGraph(graph)).toEqual(before);
  });

  it('is written anew with `force`, without duplicates', async () => {
    const nodes = await count(graph, '(n) WHERE NOT n:IngestRun');
    const summary = await ingestPaths(graph, ['ingest/test/fixtures/mixed'], { force: true });
    expect(summary).toMatchObject({ ok: 5, documents: 5, replaced: 5, unchanged: 0 });
    expect(await count(graph, '(n) WHERE NOT n:IngestRun')).toBe(nodes);
  });
});

describe('changed files', () => {
  it('replace their old document, goals and links', async () => {
    const dir = join(work, 'changed');
    const file = join(dir, 'plan.txt');
    const original = synthDocument(3, { seed: 42 });
    await mkdir(dir, { recursive: true });
    const other = synthDocument(4, { seed: 42 });
    await writeFile(join(dir, 'other.txt'), `${other.title}\n\n${other.text}\n`);
    await writeFile(file, `${original.title}\n\n${original.text}\n`);
    const first = await ingestPaths(graph, [dir]);
    expect(first).toMatchObject({ ok: 2, documents: 2 });
    const [old] = await graph.read<{ id: string; goals: string[] }>(
      'MATCH (d:Document {path: $path})-[:HAS_GOAL]->(g) RETURN d.id AS id, collect(g.text) AS goals',
      { path: 'changed/plan.txt' },
    );
    expect(old!.goals.length).toBeGreaterThan(3);
    const goalsBefore = await count(graph, '(:Goal)');

    const text = await readFile(file, 'utf8');
    // a goal that stands in the file word for word, and whose words stand nowhere else (list items are expanded by the analyser)
    const once = (phrase: string) => text.toLowerCase().split(phrase.toLowerCase()).length === 2;
    const changedGoal = old!.goals.find((goal) => goal.startsWith('Kommunen ska') && text.includes(goal) && once(goal.slice('Kommunen ska '.length, -1)))!;
    expect(changedGoal).toBeDefined();
    const edited = text.replace(changedGoal, 'Kommunen ska plantera tusen ekar längs stranden.');
    await writeFile(file, edited);
    const second = await ingestPaths(graph, [dir]);
    expect(second).toMatchObject({ ok: 2, documents: 1, unchanged: 1, replaced: 1 });

    expect(await count(graph, '(:Document {id: $id})', { id: old!.id })).toBe(0);
    expect(await count(graph, '(g:Goal) WHERE g.id STARTS WITH $prefix', { prefix: `${old!.id}:` })).toBe(0);
    const [now] = await graph.read<{ id: string; goals: string[] }>(
      'MATCH (d:Document {path: $path})-[:HAS_GOAL]->(g) RETURN d.id AS id, collect(g.text) AS goals',
      { path: 'changed/plan.txt' },
    );
    expect(now!.id).not.toBe(old!.id);
    expect(now!.goals).toContain('Kommunen ska plantera tusen ekar längs stranden.');
    expect(now!.goals).not.toContain(changedGoal);
    expect(await count(graph, '(:Goal)')).toBe(goalsBefore - old!.goals.length + now!.goals.length);
    expect(await count(graph, '(g:Goal) WHERE NOT ()-[:HAS_GOAL]->(g)')).toBe(0);
    const [change] = await graph.read<{ change: string }>(
      'MATCH (r:IngestRun)-[i:INGESTED]->(:Document {path: $path}) WITH r, i ORDER BY r.startedAt DESC RETURN i.change AS change LIMIT 1',
      { path: 'changed/plan.txt' },
    );
    expect(change).toEqual({ change: 'changed' });
  });

  it('remove title-only documents that nobody lists any more, and keep shared ones', async () => {
    const dir = join(work, 'seeds');
    const page = (title: string, related: string[]) =>
      `${title}\n\nRelevanta dokument\n${related.join('\n\n')}\n\nTranskript:\n\nSyntetiskt exempeldokument om Norrviks kommun. Kommunen ska skriva bättre planer.\n`;
    const a = join(dir, 'a.txt');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'b.txt'), page('Plan B för Norrviks kommun', ['Titel Gemensam för Norrvik']));
    await writeFile(a, page('Plan A för Norrviks kommun', ['Titel Gemensam för Norrvik', 'Titel Bara A för Norrvik']));
    await ingestPaths(graph, [dir]);
    const titles = async () => (await graph.read<{ t: string }>('MATCH (d:Document) WHERE d.path IS NULL AND d.title STARTS WITH "Titel " RETURN d.title AS t ORDER BY t')).map((r) => r.t);
    expect(await titles()).toEqual(['Titel Bara A för Norrvik', 'Titel Gemensam för Norrvik']);

    await writeFile(a, page('Plan A för Norrviks kommun', ['Titel Ny för Norrvik']));
    const summary = await ingestPaths(graph, [dir]);
    expect(summary).toMatchObject({ replaced: 1, relatedDocuments: 1 });
    expect(await titles()).toEqual(['Titel Gemensam för Norrvik', 'Titel Ny för Norrvik']);
    expect(await count(graph, '(:Document {title: "Plan B för Norrviks kommun"})-[:RELATED_TO]->(:Document {title: "Titel Gemensam för Norrvik"})')).toBe(1);
  });
});
