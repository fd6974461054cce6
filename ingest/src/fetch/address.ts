/**
 * Only http(s) to public hosts: a URL's scheme and literal address are checked before a request, and
 * every name is checked again after DNS resolution, on the address actually connected to (so a name
 * that resolves to 127.0.0.1 or 10.x, or changes its answer between two look-ups, is refused too).
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { FetchError } from './errors.js';

/** Public unicast addresses only: no loopback, private, link-local, unique-local, CGNAT, multicast or reserved ranges. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** Parses a URL that the fetcher may request, or says why not. */
export function fetchableUrl(raw: string, allowPrivateHosts: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('bad-url', raw, `${raw}: not a URL. Give an absolute http:// or https:// address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-url', raw, `${raw}: only http:// and https:// addresses are fetched (not ${url.protocol}).`);
  }
  if (url.username || url.password) throw new FetchError('bad-url', raw, `${raw}: addresses with a user name or password are not fetched.`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivateHosts && isIP(host) && !isPublicAddress(host)) throw privateHost(raw, host);
  return url;
}

function privateHost(url: string, address: string): FetchError {
  return new FetchError(
    'private-host',
    url,
    `${url}: ${address} is a loopback, private or link-local address; only public hosts are fetched (--allow-private-hosts allows others).`,
  );
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup for the HTTP agent that drops non-public answers and fails when none is left. */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const usable = addresses.filter((entry) => isPublicAddress(entry.address));
    if (!usable.length) {
      const refused = Object.assign(new Error(`${hostname} resolves to ${addresses.map((a) => a.address).join(', ')}, not a public address`), {
        code: 'ERR_PRIVATE_HOST',
      });
      return callback(refused, '');
    }
    if (options.all) return callback(null, usable);
    callback(null, usable[0]!.address, usable[0]!.family);
  });
}

/** The FetchError for a connection refused by publicOnlyLookup, if that is what `error` is. */
export function privateHostError(url: string, error: unknown): FetchError | null {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === 'ERR_PRIVATE_HOST') {
      return new FetchError('private-host', url, `${url}: ${(e as Error).message}; only public hosts are fetched (--allow-private-hosts allows others).`, {
        cause: error,
      });
    }
  }
  return null;
}
