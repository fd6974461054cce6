/** The search view's state lives in the URL: what is searched for, the facet filters, how many hits. */
import type { SearchFilter, SearchHitKind } from '../../gql/graphql.ts';

export const PAGE = 20;
export const MAX_SHOWN = 200;

export interface SearchState {
  q: string;
  kind: SearchHitKind | null;
  county: string | null;
  municipality: string | null;
  theme: string | null;
  documentKind: string | null;
  year: number | null;
  shown: number;
}

/** URL parameter names, short and Swedish like the paths */
export const PARAM = {
  q: 'q',
  kind: 'typ',
  county: 'lan',
  municipality: 'kommun',
  theme: 'tema',
  documentKind: 'doktyp',
  year: 'ar',
  shown: 'visa',
} as const;

export type FacetKey = 'kind' | 'county' | 'municipality' | 'theme' | 'documentKind' | 'year';

export function readState(params: URLSearchParams): SearchState {
  const kind = params.get(PARAM.kind);
  const year = Number(params.get(PARAM.year));
  const shown = Number(params.get(PARAM.shown));
  return {
    q: (params.get(PARAM.q) ?? '').trim(),
    kind: kind === 'DOCUMENT' || kind === 'GOAL' ? kind : null,
    county: params.get(PARAM.county) || null,
    municipality: params.get(PARAM.municipality) || null,
    theme: params.get(PARAM.theme) || null,
    documentKind: params.get(PARAM.documentKind) || null,
    year: Number.isInteger(year) && year > 1900 ? year : null,
    shown: Number.isInteger(shown) && shown > PAGE ? Math.min(shown, MAX_SHOWN) : PAGE,
  };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  params.set(PARAM.q, state.q);
  const optional: [string, string | number | null][] = [
    [PARAM.kind, state.kind],
    [PARAM.county, state.county],
    [PARAM.municipality, state.municipality],
    [PARAM.theme, state.theme],
    [PARAM.documentKind, state.documentKind],
    [PARAM.year, state.year],
    [PARAM.shown, state.shown > PAGE ? state.shown : null],
  ];
  for (const [key, value] of optional) if (value !== null) params.set(key, String(value));
  return params;
}

/** Sets (or clears) one facet and goes back to the first page of hits. */
export function withFacet(state: SearchState, key: FacetKey, value: string | null): SearchState {
  const next: SearchState = { ...state, shown: PAGE };
  if (key === 'kind') next.kind = value === 'DOCUMENT' || value === 'GOAL' ? value : null;
  else if (key === 'year') next.year = value ? Number(value) : null;
  else next[key] = value;
  return next;
}

export function toFilter(state: SearchState): SearchFilter {
  return {
    kinds: state.kind ? [state.kind] : null,
    county: state.county,
    municipality: state.municipality,
    theme: state.theme,
    documentKind: state.documentKind,
    yearFrom: state.year,
    yearTo: state.year,
  };
}
