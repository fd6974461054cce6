/**
 * What a crawled HTML page offers: the links worth following on the same site, and whether the page
 * is itself a document (prose) or a list of links (navigation such as a "Styrdokument" page).
 */
import { load } from 'cheerio';
import { withoutFragment } from './fetcher.js';

/** extensions that are never documents: images, media, styles, scripts, archives, spreadsheets, feeds */
const NOT_DOCUMENTS = /\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp[34]|m4a|mov|avi|webm|wav|css|js|mjs|json|xml|rss|atom|zip|gz|tgz|rar|7z|xlsx?|xlsm|csv|pptx?|odp|ods|ics|vcf|exe|dmg|woff2?|ttf|eot)$/i;

/** Same site: the same host, www. or not. */
export function sameSite(a: URL, b: URL): boolean {
  const bare = (host: string) => host.toLowerCase().replace(/^www\./, '');
  return bare(a.hostname) === bare(b.hostname) && a.protocol.replace('s', '') === b.protocol.replace('s', '');
}

export function pageLinks(html: string, pageUrl: string, seedUrl: string): string[] {
  const $ = load(html);
  const base = $('base[href]').attr('href');
  let baseUrl: URL;
  try {
    baseUrl = new URL(base ?? pageUrl, pageUrl);
  } catch {
    baseUrl = new URL(pageUrl);
  }
  const seed = new URL(seedUrl);
  const links = new Set<string>();
  $('a[href], area[href]').each((_, element) => {
    const href = $(element).attr('href')?.trim();
    if (!href || /^(?:mailto|tel|javascript|data|sms|ftp):/i.test(href)) return;
    if ($(element).attr('rel')?.split(/\s+/).includes('nofollow')) return;
    let url: URL;
    try {
      url = new URL(href, baseUrl);
    } catch {
      return;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !sameSite(url, seed) || NOT_DOCUMENTS.test(url.pathname)) return;
    links.add(withoutFragment(url.href));
  });
  return [...links];
}

/** a page with fewer words outside its links than this is navigation */
const MIN_DOCUMENT_WORDS = 100;
/** … and so is a page whose words are mostly link text */
const MAX_LINK_SHARE = 0.5;

/** Whether a crawled page reads as a document of its own, rather than a list of links to documents. */
export function isDocumentPage(html: string): boolean {
  const $ = load(html);
  $('script, style, noscript, template, nav, header, footer, aside, form').remove();
  const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
  const all = words($('body').text() || $.root().text());
  const inLinks = $('a')
    .toArray()
    .reduce((sum, a) => sum + words($(a).text()), 0);
  return all - inLinks >= MIN_DOCUMENT_WORDS && inLinks <= all * MAX_LINK_SHARE;
}
