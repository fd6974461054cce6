/** Start: one search box, "goals like my draft", the themes with counts, and what was added most recently. */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../../components/DataTable.tsx';
import { GoalsLikeBox } from '../../../components/GoalsLikeBox.tsx';
import { SearchForm } from '../../../components/SearchForm.tsx';
import { Section } from '../../../components/Page.tsx';
import { QueryState } from '../../../components/states.tsx';
import type { StartQuery as StartData } from '../../../gql/graphql.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { absolute, themeLabel } from '../../../lib/labels.ts';
import { paths } from '../../../lib/paths.ts';
import { StartQuery } from '../api/start.ts';

type Theme = StartData['themes']['edges'][number]['node'];
type Doc = StartData['documents']['edges'][number]['node'];
interface RecentMunicipality {
  code: string;
  name: string;
  county: string | null;
  documents: number;
}

const RECENT = 8;

function SearchBox() {
  const { t } = useI18n();
  return <SearchForm id="start-q" className="hero-search" placeholder={t('start.placeholder')} />;
}

function ThemeTiles({ themes }: { themes: readonly Theme[] }) {
  const { t, lang } = useI18n();
  const sorted = useMemo(() => [...themes].sort((a, b) => b.municipalityCount - a.municipalityCount || b.goalCount - a.goalCount || themeLabel(a, lang).localeCompare(themeLabel(b, lang), lang)), [themes, lang]);
  const max = Math.max(1, ...themes.map((th) => th.municipalityCount));
  return (
    <ul className="tiles">
      {sorted.map((theme) => (
        <li key={theme.id}>
          <Link to={paths.theme(theme.id)} className="tile">
            <span className="tile-title">{themeLabel(theme, lang)}</span>
            <span className="tile-counts">
              {t('count.municipalities', { count: theme.municipalityCount })} · {t('count.documents', { count: theme.documentCount })} · {t('count.goals', { count: theme.goalCount })}
            </span>
            <span className="tile-meter" aria-hidden="true">
              <span style={{ width: `${(theme.municipalityCount / max) * 100}%` }} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The municipalities of the most recently ingested documents, newest first. */
function recentMunicipalities(documents: readonly Doc[]): RecentMunicipality[] {
  const seen = new Map<string, RecentMunicipality>();
  for (const doc of documents) {
    const m = doc.municipality;
    if (!m) continue;
    const entry = seen.get(m.code) ?? { code: m.code, name: m.name, county: m.county?.name ?? null, documents: 0 };
    entry.documents += 1;
    seen.set(m.code, entry);
  }
  return [...seen.values()].slice(0, RECENT);
}

function StartContent({ data }: { data: StartData }) {
  const { t } = useI18n();
  const themes = data.themes.edges.map((e) => e.node);
  const documents = data.documents.edges.map((e) => e.node);
  const municipalities = recentMunicipalities(documents);
  return (
    <>
      <Section title={t('start.themes')} id="themes">
        <ThemeTiles themes={themes} />
      </Section>
      <div className="grid grid-2">
        <Section title={t('start.recentMunicipalities')} id="recent-municipalities">
          <DataTable
            caption={t('start.recentMunicipalities')}
            exportName="senast-tillagda-kommuner"
            rows={municipalities}
            rowKey={(m) => m.code}
            columns={[
              { id: 'name', header: t('col.municipality'), value: (m) => m.name, cell: (m) => <Link to={paths.municipality(m.code)}>{m.name}</Link> },
              { id: 'county', header: t('col.county'), value: (m) => m.county },
              { id: 'recentDocuments', header: t('col.recentDocuments'), value: (m) => m.documents, numeric: true },
              { id: 'url', header: 'URL', value: (m) => absolute(paths.municipality(m.code)), exportOnly: true },
            ]}
          />
        </Section>
        <Section title={t('start.recentDocuments')} id="recent-documents">
          <DataTable
            caption={t('start.recentDocuments')}
            exportName="senast-tillagda-dokument"
            rows={documents.slice(0, RECENT)}
            rowKey={(d) => d.id}
            columns={[
              { id: 'title', header: t('col.title'), value: (d) => d.title, cell: (d) => <Link to={paths.document(d.id)}>{d.title}</Link> },
              { id: 'publisher', header: t('col.publisher'), value: (d) => d.municipality?.name ?? d.organisation?.name ?? null },
              { id: 'year', header: t('col.year'), value: (d) => d.year, numeric: true },
              { id: 'url', header: 'URL', value: (d) => absolute(paths.document(d.id)), exportOnly: true },
            ]}
          />
        </Section>
      </div>
    </>
  );
}

export function StartPage() {
  const { t, formatNumber } = useI18n();
  const [result, reexecute] = useQuery({ query: StartQuery });
  return (
    <article className="page">
      <title>{`Strategigrafen – ${t('start.tagline')}`}</title>
      <section className="hero" aria-labelledby="start-title">
        <h1 id="start-title">Strategigrafen</h1>
        <p className="lead">{t('start.lead')}</p>
        <SearchBox />
        {result.data && (
          <p className="stats-line">
            {t('start.stats', {
              documents: formatNumber(result.data.stats.documents),
              withText: formatNumber(result.data.stats.documentsWithText),
              goals: formatNumber(result.data.stats.goals),
              municipalities: formatNumber(result.data.stats.municipalitiesWithDocuments),
            })}
          </p>
        )}
        {result.data && (
          <p className="stats-line">
            {t('start.try')}{' '}
            {['upphandling', 'CSR', 'kompetensförsörjning', 'besöksnäring'].map((q, i) => (
              <span key={q}>
                {i > 0 && ' · '}
                <Link to={paths.search({ q })}>
                  {q}
                </Link>
              </span>
            ))}
          </p>
        )}
      </section>
      <GoalsLikeBox id="goals-like" pickOwn />
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => <StartContent data={data} />}
      </QueryState>
    </article>
  );
}
