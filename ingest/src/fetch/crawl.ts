/**
 * A crawl of one site from a start page: breadth first, `depth` link hops at most, same site only,
 * every page and document through the fetcher (robots.txt, politeness, the store). HTML pages that are
 * prose are documents; pages that are lists of links are read for their links only. Documents the
 * start page reached on an earlier crawl but not this time are asked for again: if they are gone
 * (404/410) they are reported as no longer published.
 */
import { fetchUrl, withoutFragment, type FetchContext, type FetchOutcome } from './fetcher.js';
import { isDocumentPage, pageLinks } from './links.js';
import type { FetchCollector } from './collector.js';

export async function crawlSite(context: FetchContext, seed: string, depth: number, collect: FetchCollector): Promise<void> {
  const start = withoutFragment(seed);
  const visited = new Set([start]);
  let fetched = 0;
  let level = [start];
  for (let hop = 0; hop <= depth && level.length; hop++) {
    const next: string[] = [];
    await Promise.all(
      level.map(async (url) => {
        if (fetched >= context.http.policy.maxPages) {
          collect.skip(url, `${url}: not fetched, the crawl of ${start} reached its limit of ${context.http.policy.maxPages} pages (--max-pages).`);
          return;
        }
        fetched++;
        const outcome = await fetchUrl(context, url, { seed: start });
        collect.counted(outcome);
        for (const link of await handle(context, outcome, start, hop < depth, hop === 0, collect)) {
          if (visited.has(link)) continue;
          visited.add(link);
          next.push(link);
        }
        if ((outcome.kind === 'fetched' || outcome.kind === 'not-modified') && outcome.record.finalUrl !== url) visited.add(outcome.record.finalUrl);
      }),
    );
    level = next;
  }
  await recheckUnreached(context, start, visited, collect);
}

/** Records one crawl outcome; returns the links to follow from it. */
async function handle(context: FetchContext, outcome: FetchOutcome, start: string, follow: boolean, isStart: boolean, collect: FetchCollector): Promise<string[]> {
  switch (outcome.kind) {
    case 'fetched':
    case 'not-modified': {
      const record = outcome.record;
      if (record.format !== 'html') {
        collect.document(outcome);
        return [];
      }
      const html = (await context.store.bytes(record.sha256)).toString('utf8');
      const navigation = !isDocumentPage(html);
      if (navigation !== record.navigation) await context.store.put({ ...record, navigation });
      if (!navigation) collect.document({ ...outcome, record: { ...record, navigation } });
      return follow ? pageLinks(html, record.finalUrl, start) : [];
    }
    case 'gone':
      collect.gone(outcome);
      return [];
    case 'disallowed':
      collect.skip(outcome.url, outcome.reason);
      return [];
    case 'failed':
      // a link that turns out to be an image or a spreadsheet is no failure of the crawl
      if (outcome.error.code === 'not-a-document' && !isStart) collect.skip(outcome.url, outcome.error.message);
      else collect.fail(outcome.url, outcome.error);
      return [];
  }
}

async function recheckUnreached(context: FetchContext, start: string, visited: Set<string>, collect: FetchCollector): Promise<void> {
  const earlier = (await context.store.all()).filter((r) => r.seeds.includes(start) && r.published && !r.navigation && !visited.has(r.url));
  await Promise.all(
    earlier.map(async (record) => {
      const outcome = await fetchUrl(context, record.url, { seed: start });
      collect.counted(outcome);
      if (outcome.kind === 'gone') collect.gone(outcome, { quiet: true });
    }),
  );
}
