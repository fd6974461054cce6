/** The fetcher against a local web site (node:http): robots.txt, redirects, errors, sniffing, the size cap, the store and re-crawls. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DocumentStore, fetchDocuments, type FetchPolicy } from '../../src/fetch/index.js';
import { asDocx, asHtml, asPdf, linkPage, testDocument } from './documents.js';
import { TEST_POLICY, TestSite } from './site.js';

let site: TestSite;
let dir: string;
let store: DocumentStore;

beforeAll(async () => {
  site = await new TestSite().start();
});
afterAll(async () => {
  await site.stop();
});
beforeEach(async () => {
  site.routes.clear();
  site.log.length = 0;
  dir = await mkdtemp(join(tmpdir(), 'strategigrafen-store-'));
  store = new DocumentStore(dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fetchUrls = (urls: string[], policy: Partial<FetchPolicy> = {}) => fetchDocuments({ urls }, { store, policy: { ...TEST_POLICY, ...policy } });
const crawl = (url: string, depth: number, policy: Partial<FetchPolicy> = {}) =>
  fetchDocuments({ crawls: [{ url, depth }] }, { store, policy: { ...TEST_POLICY, ...policy } });

describe('one URL', () => {
  it('stores the bytes under their sha256 with the URL, final URL, validators and content type', async () => {
    const pdf = asPdf(testDocument(0));
    site.routes.set('/docs/strategi.pdf', { body: pdf, type: 'application/pdf', etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 10:00:00 GMT' });
    const report = await fetchUrls([site.at('/docs/strategi.pdf')]);
    expect(report.failures).toEqual([]);
    const [doc] = report.documents;
    expect(doc).toMatchObject({ url: site.at('/docs/strategi.pdf'), change: 'new' });
    expect(doc!.record).toMatchObject({
      finalUrl: site.at('/docs/strategi.pdf'),
      format: 'pdf',
      fileName: 'strategi.pdf',
      etag: '"v1"',
      lastModified: 'Mon, 01 Jan 2024 10:00:00 GMT',
      contentType: 'application/pdf',
      published: true,
      size: pdf.length,
    });
    expect(await readFile(join(dir, doc!.record.sha256))).toEqual(pdf);
    expect(await store.get(site.at('/docs/strategi.pdf'))).toEqual(doc!.record);
    expect(site.requests('/docs/strategi.pdf')[0]!.userAgent).toMatch(/^Strategigrafen\/.*\+https?:\/\//);
  });

  it('sniffs the format from the bytes: a PDF served as text/html, a DOCX as octet-stream', async () => {
    site.routes.set('/visa?id=1', { body: '' }); // not used: the query is not part of the route key
    site.routes.set('/visa', { body: asPdf(testDocument(1)), type: 'text/html; charset=utf-8' });
    site.routes.set('/fil', { body: await asDocx(testDocument(2)), type: 'application/octet-stream', headers: { 'content-disposition': 'attachment; filename="Miljöprogram 2024.docx"' } });
    site.routes.set('/sida.html', { body: asHtml(testDocument(3)), type: 'application/octet-stream' });
    const report = await fetchUrls([site.at('/visa?id=1'), site.at('/fil'), site.at('/sida.html')]);
    expect(report.documents.map((d) => [d.record.format, d.record.fileName])).toEqual([
      ['pdf', 'visa'],
      ['docx', 'Miljöprogram 2024.docx'],
      ['html', null],
    ]);
  });

  it('follows redirects within the limit and reports a loop', async () => {
    site.routes.set('/gammal', { redirect: '/mellan', status: 301 });
    site.routes.set('/mellan', { redirect: `${site.url}/ny.pdf`, status: 302 });
    site.routes.set('/ny.pdf', { body: asPdf(testDocument(4)), type: 'application/pdf' });
    site.routes.set('/a', { redirect: '/b' });
    site.routes.set('/b', { redirect: '/a' });
    const report = await fetchUrls([site.at('/gammal'), site.at('/a')], { maxRedirects: 3 });
    expect(report.documents).toHaveLength(1);
    expect(report.documents[0]!.record).toMatchObject({ url: site.at('/gammal'), finalUrl: site.at('/ny.pdf'), fileName: 'ny.pdf' });
    expect(report.failures).toEqual([{ url: site.at('/a'), code: 'too-many-redirects', error: expect.stringContaining('more than 3 redirects') }]);
  });

  it('reports 404, 500 (after retrying) and a timeout per URL, and fetches the rest', async () => {
    site.routes.set('/trasig', { status: 500 });
    site.routes.set('/seg', { handle: () => undefined }); // never answers
    site.routes.set('/bra.pdf', { body: asPdf(testDocument(5)), type: 'application/pdf' });
    const report = await fetchUrls([site.at('/saknas.pdf'), site.at('/trasig'), site.at('/seg'), site.at('/bra.pdf')], { timeoutMs: 300, retries: 1 });
    expect(report.documents.map((d) => d.url)).toEqual([site.at('/bra.pdf')]);
    const byUrl = Object.fromEntries(report.failures.map((f) => [f.url.replace(site.url, ''), f.code]));
    expect(byUrl).toEqual({ '/saknas.pdf': 'not-found', '/trasig': 'http-status', '/seg': 'timeout' });
    expect(site.requests('/trasig')).toHaveLength(2); // the first try and one retry
    expect(site.requests('/seg')).toHaveLength(2);
    expect(report.failures.find((f) => f.code === 'not-found')!.error).toMatch(/saknas\.pdf: HTTP 404/);
  });

  it('cuts a huge response off at the cap while it streams, without reading the rest', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    site.routes.set('/stor.pdf', {
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/pdf' }); // no Content-Length: only streaming shows the size
        res.write('%PDF-1.4\n');
        const pump = () => {
          while (sent < 64 * 1024 * 1024 && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      },
    });
    site.routes.set('/liten.pdf', { body: asPdf(testDocument(6)), type: 'application/pdf' });
    const report = await fetchUrls([site.at('/stor.pdf'), site.at('/liten.pdf')], { maxBytes: 1024 * 1024 });
    expect(report.failures).toEqual([{ url: site.at('/stor.pdf'), code: 'too-large', error: expect.stringContaining('over the 1 MB limit') }]);
    expect(report.documents).toHaveLength(1);
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses other schemes, and loopback addresses unless private hosts are allowed', async () => {
    site.routes.set('/x.pdf', { body: asPdf(testDocument(7)), type: 'application/pdf' });
    const port = new URL(site.url).port;
    const report = await fetchUrls(['file:///etc/passwd', site.at('/x.pdf'), `http://localhost:${port}/x.pdf`, 'http://[::1]/x.pdf', 'http://169.254.169.254/latest'], {
      allowPrivateHosts: false,
    });
    expect(report.documents).toEqual([]);
    const codes = Object.fromEntries(report.failures.map((f) => [f.url.replace(port, 'PORT'), f.code]));
    expect(codes).toEqual({
      'file:///etc/passwd': 'bad-url',
      'http://127.0.0.1:PORT/x.pdf': 'private-host',
      'http://localhost:PORT/x.pdf': 'private-host',
      'http://[::1]/x.pdf': 'private-host',
      'http://169.254.169.254/latest': 'private-host',
    });
    expect(report.failures.find((f) => f.url.includes('localhost'))!.error).toMatch(/localhost resolves to .*not a public address/);
    expect(site.log).toEqual([]); // nothing reached the server
  });
});

describe('robots.txt', () => {
  it('is obeyed for our user agent, and asked for once per host', async () => {
    site.routes.set('/robots.txt', { body: 'User-agent: *\nDisallow: /intern/\n\nUser-agent: Strategigrafen\nDisallow: /hemligt\n', type: 'text/plain' });
    site.routes.set('/hemligt.pdf', { body: asPdf(testDocument(8)), type: 'application/pdf' });
    site.routes.set('/intern/a.pdf', { body: asPdf(testDocument(9)), type: 'application/pdf' });
    site.routes.set('/ok.pdf', { body: asPdf(testDocument(10)), type: 'application/pdf' });
    site.routes.set('/till-hemligt', { redirect: '/hemligt.pdf' });
    const report = await fetchUrls([site.at('/hemligt.pdf'), site.at('/intern/a.pdf'), site.at('/ok.pdf'), site.at('/till-hemligt')]);
    // the Strategigrafen group replaces the * group: /intern/ is allowed for us, /hemligt is not, not even behind a redirect
    expect(report.documents.map((d) => d.url).sort()).toEqual([site.at('/intern/a.pdf'), site.at('/ok.pdf')]);
    expect(report.skipped.map((s) => s.url).sort()).toEqual([site.at('/hemligt.pdf'), site.at('/till-hemligt')]);
    expect(report.skipped[0]!.reason).toMatch(/robots\.txt disallows it/);
    expect(site.requests('/hemligt.pdf')).toEqual([]);
    expect(site.requests('/robots.txt')).toHaveLength(1);
  });

  it('a robots.txt that answers 5xx keeps the fetcher off the host; a missing one allows everything', async () => {
    site.routes.set('/robots.txt', { status: 503 });
    site.routes.set('/a.pdf', { body: asPdf(testDocument(11)), type: 'application/pdf' });
    const report = await fetchUrls([site.at('/a.pdf')]);
    expect(report.documents).toEqual([]);
    expect(report.skipped[0]!.reason).toMatch(/robots\.txt could not be read/);
    site.routes.delete('/robots.txt');
    expect((await fetchUrls([site.at('/a.pdf')])).documents).toHaveLength(1);
  });
});

describe('re-fetching', () => {
  it('asks with If-None-Match / If-Modified-Since; a 304 transfers no body and changes nothing', async () => {
    site.routes.set('/etag.pdf', { body: asPdf(testDocument(12)), type: 'application/pdf', etag: '"abc"' });
    site.routes.set('/datum.pdf', { body: asPdf(testDocument(13)), type: 'application/pdf', lastModified: 'Tue, 02 Jan 2024 08:00:00 GMT' });
    const urls = [site.at('/etag.pdf'), site.at('/datum.pdf')];
    const first = await fetchUrls(urls);
    expect(first.documents.map((d) => d.change)).toEqual(['new', 'new']);
    site.log.length = 0;
    const second = await fetchUrls(urls);
    expect(second.documents.map((d) => d.change)).toEqual(['not-modified', 'not-modified']);
    expect(second).toMatchObject({ bodies: 0, notModified: 2 });
    expect(site.requests('/etag.pdf')[0]).toMatchObject({ status: 304, bytes: 0, ifNoneMatch: '"abc"' });
    expect(site.requests('/datum.pdf')[0]).toMatchObject({ status: 304, bytes: 0, ifModifiedSince: 'Tue, 02 Jan 2024 08:00:00 GMT' });
    expect(second.documents.map((d) => d.record.fetchedAt)).toEqual(first.documents.map((d) => d.record.fetchedAt));
  });

  it('sees a changed document as changed', async () => {
    site.routes.set('/a.pdf', { body: asPdf(testDocument(14)), type: 'application/pdf', etag: '"1"' });
    await fetchUrls([site.at('/a.pdf')]);
    site.routes.set('/a.pdf', { body: asPdf(testDocument(15)), type: 'application/pdf', etag: '"2"' });
    const report = await fetchUrls([site.at('/a.pdf')]);
    expect(report.documents[0]).toMatchObject({ change: 'changed', record: { etag: '"2"' } });
  });
});

describe('crawling', () => {
  it('follows same-site links to documents within the depth, reads link lists for links only', async () => {
    site.routes.set('/styrdokument', {
      body: linkPage('Styrdokument', [
        { href: '/styrdokument/miljo', text: 'Miljö' },
        { href: 'docs/a.pdf', text: 'Strategi A' },
        { href: 'https://example.org/extern.pdf', text: 'Extern' },
        { href: '/bild.jpg', text: 'Bild' },
        { href: 'mailto:info@kommun.se', text: 'Mejla' },
      ]),
    });
    site.routes.set('/docs/a.pdf', { body: asPdf(testDocument(16)), type: 'application/pdf' });
    site.routes.set('/styrdokument/miljo', { body: linkPage('Miljö', [{ href: '/docs/b.docx', text: 'Program B' }, { href: '/sidor/c', text: 'Sida C' }]) });
    site.routes.set('/docs/b.docx', { body: await asDocx(testDocument(17)), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    site.routes.set('/sidor/c', { body: asHtml(testDocument(18)) });
    const shallow = await crawl(site.at('/styrdokument'), 1);
    expect(shallow.documents.map((d) => d.url.replace(site.url, ''))).toEqual(['/docs/a.pdf']);
    const deep = await crawl(site.at('/styrdokument'), 2);
    expect(deep.documents.map((d) => d.url.replace(site.url, '')).sort()).toEqual(['/docs/a.pdf', '/docs/b.docx', '/sidor/c']);
    expect(site.requests('/bild.jpg')).toEqual([]);
    expect((await store.get(site.at('/styrdokument')))!.navigation).toBe(true);
  });

  it('marks a document gone from the site as no longer published, and keeps it in the store', async () => {
    site.routes.set('/lista', { body: linkPage('Lista', [{ href: '/a.pdf', text: 'A' }, { href: '/b.pdf', text: 'B' }]) });
    site.routes.set('/a.pdf', { body: asPdf(testDocument(19)), type: 'application/pdf', etag: '"a"' });
    site.routes.set('/b.pdf', { body: asPdf(testDocument(20)), type: 'application/pdf', etag: '"b"' });
    await crawl(site.at('/lista'), 1);
    site.routes.set('/lista', { body: linkPage('Lista', [{ href: '/a.pdf', text: 'A' }]) });
    site.routes.delete('/b.pdf');
    const report = await crawl(site.at('/lista'), 1);
    expect(report.documents.map((d) => [d.url.replace(site.url, ''), d.change])).toEqual([['/a.pdf', 'not-modified']]);
    expect(report.gone.map((r) => r.url)).toEqual([site.at('/b.pdf')]);
    const record = await store.get(site.at('/b.pdf'));
    expect(record).toMatchObject({ published: false, unpublishedAt: expect.any(String) });
    expect(await store.hasBytes(record!.sha256)).toBe(true);
  });
});
