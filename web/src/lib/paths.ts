/**
 * Every view's URL, in one place, so any view can link to any other and links can be shared.
 * Paths are Swedish like the product; query parameters carry the view's state.
 */
export interface SearchParams {
  q: string;
  county?: string | null;
  municipality?: string | null;
  theme?: string | null;
  kind?: string | null;
  year?: number | string | null;
}

function withQuery(path: string, params: Record<string, string | number | null | undefined | readonly string[]>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) query.set(key, value.join(','));
    } else {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const paths = {
  start: () => '/',
  search: (params: SearchParams) => withQuery('/sok', { ...params }),
  theme: (id: string) => `/tema/${encodeURIComponent(id)}`,
  municipality: (code: string) => `/kommun/${encodeURIComponent(code)}`,
  document: (id: string) => `/dokument/${encodeURIComponent(id)}`,
  goal: (id: string) => `/mal/${encodeURIComponent(id)}`,
  compare: (codes: readonly string[]) => withQuery('/jamfor', { kommuner: codes }),
  map: (theme?: string | null) => withQuery('/karta', { tema: theme }),
  graph: (params: { municipality?: string | null; theme?: string | null; goal?: string | null }) =>
    withQuery('/natverk', { kommun: params.municipality, tema: params.theme, mal: params.goal }),
};

/**
 * Parses "1441,1480" (from ?kommuner=) into unique codes, keeping order. Real municipalities have
 * four-digit SCB codes; the synthetic corpus's invented ones have codes like "S001".
 */
export function parseCodes(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((c) => c.trim().toUpperCase()).filter((c) => /^[0-9A-Z]{4}$/.test(c)))];
}

/** Invented municipalities (synthetic test and benchmark data) have codes that are not SCB codes. */
export function isFictional(code: string): boolean {
  return !/^\d{4}$/.test(code);
}
