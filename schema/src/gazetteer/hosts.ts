/**
 * Which municipality or region a web host belongs to: a page on alvesta.se, www.ostersund.se,
 * malung-salen.se or miljobarometern.ekero.se is, as a rule, that municipality's own; a page on
 * regionhalland.se is Region Halland's.
 *
 * The hosts are derived from the gazetteer: the name folded to ASCII and lower case, with spaces dropped
 * and hyphens kept or dropped ("Malung-Sälen" → malung-salen, "Upplands Väsby" → upplandsvasby,
 * "Dals-Ed" → dalsed), also with "kommun" appended (habokommun); a region is "region" + its short name or
 * its full name (regionhalland, regionkalmar, regionorebrolan). A short list of exceptions covers the
 * sites that do not follow the rule and the names that fold alike (Habo/Håbo).
 */
import { COUNTIES } from './counties.js';
import { MUNICIPALITIES } from './municipalities.js';
import { countyShortNames } from './names.js';

export type HostPublisher = { kind: 'municipality'; code: string } | { kind: 'region'; countyCode: string };

/** Lower-case ASCII: "Malung-Sälen" → "malung-salen". */
export function foldToAscii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Site names (the label before .se) that the folding rule does not give, or gives to the wrong body. */
const MUNICIPALITY_HOST_EXCEPTIONS: Readonly<Record<string, string>> = {
  habo: '0305', // Håbo; Habo (0643) is habokommun.se
  habokommun: '0643',
  engelholm: '1292', // Ängelholm
  hellefors: '1863', // Hällefors
  herjedalen: '2361', // Härjedalen
  goteborg: '1480',
  stockholm: '0180',
};

const REGION_HOST_EXCEPTIONS: Readonly<Record<string, string>> = {
  sll: '01', // Stockholms läns landsting, now Region Stockholm
  rjl: '06', // Region Jönköpings län
  skane: '12',
  vgregion: '14',
  rvn: '22', // Region Västernorrland
  regionjh: '23',
  norrbotten: '25',
};

/** Top-level domains that belong to one municipality ("start.stockholm"). */
const MUNICIPALITY_TLDS: Readonly<Record<string, string>> = { stockholm: '0180' };

function siteNames(name: string): string[] {
  const folded = foldToAscii(name);
  const joined = folded.replace(/[\s-]+/g, '');
  const hyphened = folded.replace(/\s+/g, '-');
  return [...new Set([joined, hyphened, `${joined}kommun`, `${joined}skommun`])];
}

function buildHostTable(): ReadonlyMap<string, HostPublisher> {
  const table = new Map<string, HostPublisher | null>();
  const add = (site: string, publisher: HostPublisher) => {
    const existing = table.get(site);
    // two bodies that fold to the same site name get neither (the exceptions decide)
    table.set(site, existing === undefined || JSON.stringify(existing) === JSON.stringify(publisher) ? publisher : null);
  };
  for (const m of MUNICIPALITIES) for (const site of siteNames(m.name)) add(site, { kind: 'municipality', code: m.code });
  for (const c of COUNTIES) {
    if (c.code === '09') continue; // Region Gotland is the municipality: gotland.se
    for (const name of [c.name, ...countyShortNames(c.code)]) {
      const folded = foldToAscii(name).replace(/[\s-]+/g, '');
      add(`region${folded}`, { kind: 'region', countyCode: c.code });
    }
    add(foldToAscii(c.region).replace(/[\s-]+/g, ''), { kind: 'region', countyCode: c.code });
  }
  const result = new Map<string, HostPublisher>();
  for (const [site, publisher] of table) if (publisher) result.set(site, publisher);
  for (const [site, code] of Object.entries(MUNICIPALITY_HOST_EXCEPTIONS)) result.set(site, { kind: 'municipality', code });
  for (const [site, countyCode] of Object.entries(REGION_HOST_EXCEPTIONS)) result.set(site, { kind: 'region', countyCode });
  return result;
}

const HOSTS: ReadonlyMap<string, HostPublisher> = buildHostTable();

/** The host of a URL ("https://www.alvesta.se/a/b" → "www.alvesta.se"), or the string itself if it is a bare host. */
function hostOf(urlOrHost: string): string | null {
  const trimmed = urlOrHost.trim();
  if (!trimmed) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

/**
 * The municipality or region whose own site this URL (or host) is on, or null: "https://www.alvesta.se/…"
 * → Alvesta, "miljobarometern.ekero.se" → Ekerö, "regionhalland.se" → Region Halland, "docplayer.se" → null.
 */
export function publisherOfHost(urlOrHost: string): HostPublisher | null {
  const host = hostOf(urlOrHost);
  if (!host) return null;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const tldOwner = MUNICIPALITY_TLDS[tld];
  if (tldOwner) return { kind: 'municipality', code: tldOwner };
  if (tld !== 'se' || labels.length < 2) return null;
  return HOSTS.get(labels[labels.length - 2] ?? '') ?? null;
}
