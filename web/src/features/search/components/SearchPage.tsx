/** Search results: documents and goals together, with facets, highlighted snippets and why each matched. */
import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ExportButtons, type ExportColumn } from '../../../components/Export.tsx';
import { Highlighted } from '../../../components/Highlight.tsx';
import { Page } from '../../../components/Page.tsx';
import { Empty, QueryState } from '../../../components/states.tsx';
import type { SearchQuery as SearchData } from '../../../gql/graphql.ts';
import { useI18n, type MessageKey } from '../../../i18n/i18n.tsx';
import { absolute, decimal } from '../../../lib/labels.ts';
import { paths } from '../../../lib/paths.ts';
import { SearchQuery } from '../api/search.ts';
import { MAX_SHOWN, PAGE, readState, toFilter, withFacet, writeState, type FacetKey, type SearchState } from '../params.ts';

type Results = SearchData['search'];

/** Words shown per concept that widened the search. */
const EXPANDED_SHOWN = 4;
type Hit = Results['edges'][number]['node'];
type FacetValue = Results['facets']['kinds'][number];

const FACETS: { key: FacetKey; field: keyof Results['facets']; label: MessageKey }[] = [
  { key: 'kind', field: 'kinds', label: 'search.facet.kind' },
  { key: 'county', field: 'counties', label: 'search.facet.county' },
  { key: 'municipality', field: 'municipalities', label: 'search.facet.municipality' },
  { key: 'theme', field: 'themes', label: 'search.facet.theme' },
  { key: 'documentKind', field: 'documentKinds', label: 'search.facet.documentKind' },
  { key: 'year', field: 'years', label: 'search.facet.year' },
];

function facetValue(state: SearchState, key: FacetKey): string {
  const value = state[key];
  return value === null ? '' : String(value);
}

function Facet({ label, values, selected, onChange, labelFor }: { label: string; values: readonly FacetValue[]; selected: string; onChange: (value: string | null) => void; labelFor: (v: FacetValue) => string }) {
  const { t } = useI18n();
  const id = useId();
  const options = selected && !values.some((v) => v.value === selected) ? [{ value: selected, label: selected, count: 0 }, ...values] : values;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={selected} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('search.facet.all')}</option>
        {options.map((v) => (
          <option key={v.value} value={v.value}>
            {labelFor(v)} ({v.count})
          </option>
        ))}
      </select>
    </div>
  );
}

function WhyMatched({ hit }: { hit: Hit }) {
  const { t } = useI18n();
  if (hit.why.length === 0) return null;
  const where: Record<string, MessageKey> = {
    title: 'search.why.title',
    text: 'search.why.text',
    goal: 'search.why.goal',
    concept: 'search.why.concept',
    theme: 'search.why.theme',
  };
  return (
    <p className="hit-why">
      {t('search.why')}{' '}
      {hit.why.map((reason, i) => (
        <span key={reason.field}>
          {i > 0 && '; '}
          {t(where[reason.field] ?? 'search.why.other', { field: reason.field })} <q>{reason.terms.join('”, “')}</q>
        </span>
      ))}
    </p>
  );
}

function HitItem({ hit }: { hit: Hit }) {
  const { t, label } = useI18n();
  const doc = hit.document;
  const publisher = hit.goal?.municipality?.name ?? doc.municipality?.name ?? doc.organisation?.name;
  const meta = [publisher, label('kind', doc.kind), doc.year].filter(Boolean).join(' · ');
  return (
    <li className="hit">
      <div className="hit-head">
        <span className={hit.kind === 'GOAL' ? 'chip chip-accent' : 'chip'}>{hit.kind === 'GOAL' ? t('search.hit.goal') : t('search.hit.document')}</span>
        {hit.goal ? (
          <Link to={paths.goal(hit.goal.id)} className="hit-title">
            <Highlighted value={hit.snippet} />
          </Link>
        ) : (
          <Link to={paths.document(doc.id)} className="hit-title">
            <Highlighted value={hit.title} />
          </Link>
        )}
      </div>
      <p className="small muted" style={{ margin: '0.2rem 0' }}>
        {meta}
        {hit.goal && (
          <>
            {' · '}
            {t('search.hit.in')} <Link to={paths.document(doc.id)}>{doc.title}</Link>
          </>
        )}
      </p>
      {!hit.goal && hit.snippet.text && (
        <p className="hit-snippet">
          <Highlighted value={hit.snippet} />
        </p>
      )}
      {!hit.goal && !doc.hasText && <p className="small muted">{t('document.titleOnly')}</p>}
      <WhyMatched hit={hit} />
    </li>
  );
}

function exportColumns(t: ReturnType<typeof useI18n>['t']): ExportColumn<Hit>[] {
  return [
    { id: 'kind', header: t('col.kind'), value: (h) => h.kind },
    { id: 'score', header: t('col.score'), value: (h) => Math.round(h.score * 1000) / 1000 },
    { id: 'title', header: t('col.title'), value: (h) => h.document.title },
    { id: 'goal', header: t('col.goal'), value: (h) => (h.goal ? h.snippet.text : null) },
    { id: 'snippet', header: t('col.snippet'), value: (h) => (h.goal ? null : h.snippet.text) },
    { id: 'municipality', header: t('col.municipality'), value: (h) => h.goal?.municipality?.name ?? h.document.municipality?.name ?? null },
    { id: 'organisation', header: t('col.organisation'), value: (h) => h.document.organisation?.name ?? null },
    { id: 'documentKind', header: t('col.documentKind'), value: (h) => h.document.kind },
    { id: 'year', header: t('col.year'), value: (h) => h.document.year },
    { id: 'matchedTerms', header: t('col.matchedTerms'), value: (h) => h.matchedTerms },
    { id: 'url', header: 'URL', value: (h) => absolute(h.goal ? paths.goal(h.goal.id) : paths.document(h.document.id)) },
  ];
}

function Results({ results, state, update }: { results: Results; state: SearchState; update: (next: SearchState) => void }) {
  const { t, lang } = useI18n();
  const hits = results.edges.map((e) => e.node);
  const parsed = results.parsedQuery;
  // the other words of the concepts the query named ("fiber" → bredband, fibernät …), a few of each
  const expandedTerms = [...new Set(parsed.expanded.flatMap((e) => e.terms.slice(0, EXPANDED_SHOWN)))];
  const kindLabel = (v: FacetValue) => (v.value === 'GOAL' ? t('search.hit.goals') : v.value === 'DOCUMENT' ? t('search.hit.documents') : v.label);
  return (
    <div className="search-layout">
      <aside className="facets card" aria-labelledby="facets-heading">
        <h2 id="facets-heading" style={{ marginTop: 0, fontSize: '1.05rem' }}>
          {t('search.facets')}
        </h2>
        {FACETS.map((f) => (
          <Facet
            key={f.key}
            label={t(f.label)}
            values={results.facets[f.field]}
            selected={facetValue(state, f.key)}
            onChange={(value) => update(withFacet(state, f.key, value))}
            labelFor={f.key === 'kind' ? kindLabel : (v) => v.label}
          />
        ))}
      </aside>
      <section aria-labelledby="hits-heading">
        <div className="section-head" style={{ marginTop: 0 }}>
          <h2 id="hits-heading" aria-live="polite">
            {t('search.hits', { count: results.totalCount })}
          </h2>
          <ExportButtons spec={{ name: `sok-${state.q}`, columns: exportColumns(t), rows: hits }} label={t('search.hitsShort')} />
        </div>
        {parsed.ignored.length > 0 && (
          <p className="small muted" role="note">
            {t('search.ignored', { parts: parsed.ignored.join(' ') })}
          </p>
        )}
        {expandedTerms.length > 0 && (
          <p className="small muted" role="note">
            {t('search.expanded', { terms: expandedTerms.join(', ') })}
          </p>
        )}
        {hits.length === 0 ? (
          <Empty>{t('search.none', { q: state.q })}</Empty>
        ) : (
          <ol className="plain-list" aria-label={t('search.hitsShort')}>
            {hits.map((hit, i) => (
              <HitItem key={`${results.edges[i]?.cursor ?? i}`} hit={hit} />
            ))}
          </ol>
        )}
        {results.pageInfo.hasNextPage && state.shown < MAX_SHOWN && (
          <p>
            <button type="button" className="button button-secondary" onClick={() => update({ ...state, shown: Math.min(state.shown + PAGE, MAX_SHOWN) })}>
              {t('search.more')}
            </button>
          </p>
        )}
        <p className="small muted">{hits.length > 0 && t('search.scoreNote', { top: decimal(hits[0]?.score ?? 0, lang) })}</p>
      </section>
    </div>
  );
}

export function SearchPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = readState(params);
  const [draft, setDraft] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: SearchQuery,
    variables: { query: state.q, filter: toFilter(state), first: state.shown },
    pause: state.q === '',
  });

  function update(next: SearchState) {
    setParams(writeState(next));
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    setDraft(null);
    if (q) update({ ...state, q, shown: PAGE });
  }

  const title = state.q ? t('search.titleFor', { q: state.q }) : t('search.title');
  return (
    <Page title={title}>
      <form role="search" className="hero-search" style={{ marginTop: 0, marginBottom: '1.25rem' }} onSubmit={submit} aria-label={t('search.label')}>
        <label htmlFor="search-q" className="visually-hidden">
          {t('search.label')}
        </label>
        <input id="search-q" name="q" type="search" value={draft ?? state.q} onChange={(e) => setDraft(e.target.value)} autoComplete="off" placeholder={t('start.placeholder')} />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </form>
      {state.q === '' ? (
        <Empty>{t('search.prompt')}</Empty>
      ) : (
        <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          {(data) => <Results results={data.search} state={state} update={update} />}
        </QueryState>
      )}
    </Page>
  );
}
