/**
 * Fetching into the real test Neo4j: a crawl of a local site with 20 documents (PDF, DOCX and HTML, some
 * behind redirects, one served with the wrong content type, one disallowed by robots.txt) ingests the 19
 * allowed ones with their URLs; a second crawl transfers no document bodies and changes nothing; a
 * document removed from the site is marked as no longer published; `--dry-run --json` rows carry the URL;
 * a moved local file gets its new path.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '@strategigrafen/graph-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testGraph } from '../../test/neo4j.js';
import { collectInputs, ingestInputs, ingestPaths } from '../src/pipeline/index.js';
import { asDocx, asHtml, asPdf, linkPage, testDocument } from './fetch/documents.js';
import { TEST_POLICY, TestSite } from './fetch/site.js';
import { count, dumpGraph } from './graph-dump.js';

let graph: Graph;
let site: TestSite;
let work: string;

/** the 20 documents of the site: [path, how it is served] */
const DOCS: { path: string; linkedAs?: string; kind: 'pdf' | 'docx' | 'html'; type?: string }[] = [
  ...Array.from({ length: 8 }, (_, i) => ({ path: `/dokument/plan-${i + 1}.pdf`, kind: 'pdf' as const })),
  ...Array.from({ length: 6 }, (_, i) => ({ path: `/dokument/program-${i + 1}.docx`, kind: 'docx' as const })),
  ...Array.from({ length: 6 }, (_, i) => ({ path: `/sidor/strategi-${i + 1}`, kind: 'html' as const })),
];
// three are linked through old addresses that redirect, one PDF is served as text/html, one is disallowed by robots.txt
DOCS[0]!.linkedAs = '/gammalt/plan-1.pdf';
DOCS[9]!.linkedAs = '/gammalt/program-2';
DOCS[15]!.linkedAs = '/gammalt/strategi-2';
DOCS[2]!.type = 'text/html; charset=utf-8';
const DISALLOWED = DOCS[7]!.path.replace('/dokument/', '/internt/');
DOCS[7]!.path = DISALLOWED;

async function buildSite(): Promise<void> {
  site.routes.set('/robots.txt', { body: 'User-agent: *\nDisallow: /internt/\n', type: 'text/plain' });
  const links = DOCS.map((doc, i) => ({ href: doc.linkedAs ?? doc.path, text: testDocument(i).title }));
  // the start page lists the PDFs and links to two sub-pages (depth 2) with the rest
  site.routes.set('/styrdokument', { body: linkPage('Styrdokument', [...links.slice(0, 8), { href: '/styrdokument/program', text: 'Program' }, { href: '/styrdokument/sidor', text: 'Sidor' }]), etag: '"start"' });
  site.routes.set('/styrdokument/program', { body: linkPage('Program', links.slice(8, 14)), etag: '"program"' });
  site.routes.set('/styrdokument/sidor', { body: linkPage('Sidor', links.slice(14)), etag: '"sidor"' });
  for (const [i, doc] of DOCS.entries()) {
    const text = testDocument(i);
    const etag = `"doc-${i}"`;
    if (doc.kind === 'pdf') site.routes.set(doc.path, { body: asPdf(text), type: doc.type ?? 'application/pdf', etag });
    else if (doc.kind === 'docx') site.routes.set(doc.path, { body: await asDocx(text), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', etag });
    else site.routes.set(doc.path, { body: asHtml(text), etag });
    if (doc.linkedAs) site.routes.set(doc.linkedAs, { redirect: doc.path, status: 301 });
  }
}

const crawl = async () =>
  ingestInputs(graph, await collectInputs({ crawls: [{ url: site.at('/styrdokument'), depth: 2 }], store: join(work, 'store'), policy: TEST_POLICY }));

const documentPaths = () => DOCS.map((d) => d.path);

beforeAll(async () => {
  graph = testGraph();
  await resetDatabase(graph);
  work = await mkdtemp(join(tmpdir(), 'strategigrafen-fetch-'));
  site = await new TestSite().start();
  await buildSite();
});

afterAll(async () => {
  await site?.stop();
  await graph?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('crawling a site into the graph', () => {
  it('ingests the 19 allowed documents, each with its URL, fetch time and file name', async () => {
    const summary = await crawl();
    expect(summary).toMatchObject({ failed: 0, documents: 19, ok: 19, unchanged: 0 });
    expect(summary.skippedFiles).toEqual([{ path: site.at(DISALLOWED), reason: expect.stringMatching(/robots\.txt disallows it/) }]);
    expect(site.requests(DISALLOWED)).toEqual([]);
    const rows = await graph.read<{ sourceUrl: string; path: string; fileName: string | null; fetchedAt: string; published: boolean; municipality: string | null }>(
      `MATCH (d:Document) WHERE d.sourceUrl IS NOT NULL
       RETURN d.sourceUrl AS sourceUrl, d.path AS path, d.fileName AS fileName, d.fetchedAt AS fetchedAt, d.published AS published,
              [(m:Municipality)-[:PUBLISHED]->(d) | m.name][0] AS municipality`,
    );
    expect(rows).toHaveLength(19);
    const expected = DOCS.map((doc, i) => ({ doc, i })).filter(({ doc }) => doc.path !== DISALLOWED);
    // a document behind a redirect keeps the address it was linked as
    expect(rows.map((r) => r.sourceUrl).sort()).toEqual(expected.map(({ doc }) => site.at(doc.linkedAs ?? doc.path)).sort());
    for (const row of rows) {
      expect(row.path).toBe(row.sourceUrl);
      expect(row.published).toBe(true);
      expect(Date.parse(row.fetchedAt)).not.toBeNaN();
    }
    const byUrl = new Map(rows.map((r) => [r.sourceUrl, r]));
    for (const { doc, i } of expected) {
      const row = byUrl.get(site.at(doc.linkedAs ?? doc.path))!;
      expect(row.municipality, doc.path).toBe(testDocument(i).municipality);
      expect(row.fileName, doc.path).toBe(doc.kind === 'html' ? null : doc.path.split('/').pop());
    }
  });

  it('a second crawl transfers no document bodies and changes nothing in the graph', async () => {
    const before = await dumpGraph(graph);
    site.log.length = 0;
    const summary = await crawl();
    expect(summary).toMatchObject({ failed: 0, documents: 0, unchanged: 19, fetched: { bodies: 0, notModified: 22 } });
    const documentRequests = site.log.filter((r) => documentPaths().includes(r.path) || r.path.startsWith('/styrdokument'));
    expect(documentRequests.length).toBeGreaterThanOrEqual(19 + 3);
    for (const request of documentRequests) expect(request, request.path).toMatchObject({ status: 304, bytes: 0 });
    expect(await dumpGraph(graph)).toEqual(before);
  });

  it('marks a document removed from the site as no longer published, and keeps it', async () => {
    const removed = DOCS[3]!.path;
    site.routes.delete(removed);
    site.routes.set('/styrdokument', {
      body: linkPage('Styrdokument', [
        ...DOCS.slice(0, 8)
          .filter((d) => d.path !== removed)
          .map((d, i) => ({ href: d.linkedAs ?? d.path, text: `Dokument ${i}` })),
        { href: '/styrdokument/program', text: 'Program' },
        { href: '/styrdokument/sidor', text: 'Sidor' },
      ]),
      etag: '"start-2"',
    });
    const summary = await crawl();
    expect(summary).toMatchObject({ failed: 0, documents: 0, unpublished: 1 });
    expect(summary.warnings.map((w) => w.warning)).toEqual([expect.stringMatching(/no longer published there .*marked as unpublished/)]);
    const [gone] = await graph.read<{ published: boolean; unpublishedAt: string; goals: number }>(
      'MATCH (d:Document {sourceUrl: $url}) RETURN d.published AS published, d.unpublishedAt AS unpublishedAt, COUNT { (d)-[:HAS_GOAL]->() } AS goals',
      { url: site.at(removed) },
    );
    expect(gone).toMatchObject({ published: false, unpublishedAt: expect.any(String) });
    expect(gone!.goals).toBeGreaterThan(0);
    expect(await count(graph, '(d:Document) WHERE d.sourceUrl IS NOT NULL AND d.published = true')).toBe(18);
  });
});

describe('ingest --dry-run --json of a crawl', () => {
  it('fetches, prints rows with sourceUrl, and writes no graph', async () => {
    const before = await dumpGraph(graph);
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        'npx',
        ['tsx', 'ingest/src/cli/main.ts', '--dry-run', '--json', '--crawl', site.at('/styrdokument/program'), '--allow-private-hosts', '--delay-ms', '0', '--store', join(work, 'cli-store')],
        { env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' } },
        (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).not.toMatch(/failed/i);
    expect(run.code).toBe(0);
    const rows = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { path: string; sourceUrl: string; fileName: string; municipality: { name: string } | null });
    expect(rows.map((r) => r.sourceUrl).sort()).toEqual(DOCS.slice(8, 14).map((d) => site.at(d.linkedAs ?? d.path)).sort());
    expect(rows.every((r) => r.path === r.sourceUrl && r.fileName?.endsWith('.docx') && r.municipality)).toBe(true);
    expect(await dumpGraph(graph)).toEqual(before);
  });
});

describe('local files', () => {
  it('a moved and renamed file keeps its document and gets its new path and file name', async () => {
    const folder = join(work, 'lokalt');
    await mkdir(join(folder, 'gammal'), { recursive: true });
    await writeFile(join(folder, 'gammal', 'plan.txt'), `${testDocument(21).title}\n\n${testDocument(21).paragraphs.join('\n\n')}\n`);
    const first = await ingestPaths(graph, [folder], { links: false });
    expect(first.documents).toBe(1);
    await mkdir(join(folder, 'ny'));
    await rename(join(folder, 'gammal', 'plan.txt'), join(folder, 'ny', 'plan-2024.txt'));
    const goalsBefore = await count(graph, '(:Document {path: "lokalt/gammal/plan.txt"})-[:HAS_GOAL]->()');
    const second = await ingestPaths(graph, [folder], { links: false });
    expect(second).toMatchObject({ documents: 0, unchanged: 1, relocated: 1 });
    const [doc] = await graph.read<{ path: string; fileName: string; goals: number }>(
      'MATCH (d:Document {path: "lokalt/ny/plan-2024.txt"}) RETURN d.path AS path, d.fileName AS fileName, COUNT { (d)-[:HAS_GOAL]->() } AS goals',
    );
    expect(doc).toEqual({ path: 'lokalt/ny/plan-2024.txt', fileName: 'plan-2024.txt', goals: goalsBefore });
    expect(await count(graph, '(:Document {path: "lokalt/gammal/plan.txt"})')).toBe(0);
    // and nothing changes when it is ingested again from where it is now
    expect(await ingestPaths(graph, [folder], { links: false })).toMatchObject({ documents: 0, unchanged: 1, relocated: 0 });
  });
});
