/** Map: one dot per municipality at its seat, coloured by how much it covers a chosen theme (or by documents). */
import { MUNICIPALITIES, MUNICIPALITY_SEATS } from '@strategigrafen/schema';
import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../../components/DataTable.tsx';
import { Page, Section } from '../../../components/Page.tsx';
import { QueryState } from '../../../components/states.tsx';
import { SwedenMap, type MapPoint } from '../../../components/SwedenMap.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { absolute, percent, themeLabel } from '../../../lib/labels.ts';
import { isFictional, paths } from '../../../lib/paths.ts';
import { DocumentCoverageQuery, MapThemesQuery, ThemeCoverageQuery } from '../api/map.ts';
import { fromDocumentCounts, fromThemeShares, type CoverageRow } from '../coverage.ts';

function CoverageView({ rows, title }: { rows: readonly CoverageRow[]; title: string }) {
  const { t, lang } = useI18n();
  const points = useMemo(() => {
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return MUNICIPALITIES.flatMap((m): MapPoint[] => {
      const seat = MUNICIPALITY_SEATS[m.code];
      if (!seat) return [];
      const row = byCode.get(m.code);
      return [
        {
          code: m.code,
          name: m.name,
          lat: seat.lat,
          lon: seat.lon,
          value: row ? Math.max(row.value, 0.05) : null,
          description: row ? t('map.dot', { documents: row.documents, goals: row.goals }) : t('map.nothing'),
        },
      ];
    });
  }, [rows, t]);
  const offMap = rows.filter((r) => isFictional(r.code)).length;
  return (
    <div className="map-layout">
      <SwedenMap points={points} title={title} hrefFor={paths.municipality} />
      <Section title={t('map.table')} id="covered">
        {offMap > 0 && <p className="small muted">{t('map.fictional', { count: offMap })}</p>}
        <DataTable
          caption={t('map.table')}
          exportName="karta-tackning"
          rows={rows}
          rowKey={(r) => r.code}
          empty={t('map.empty')}
          columns={[
            { id: 'municipality', header: t('col.municipality'), value: (r) => r.name, cell: (r) => <Link to={paths.municipality(r.code)}>{r.name}</Link> },
            { id: 'value', header: t('col.strength'), value: (r) => Math.round(r.value * 1000) / 1000, cell: (r) => percent(r.value, lang), numeric: true },
            { id: 'documents', header: t('col.documents'), value: (r) => r.documents, numeric: true },
            { id: 'goals', header: t('col.goals'), value: (r) => r.goals, numeric: true },
            { id: 'url', header: 'URL', value: (r) => absolute(paths.municipality(r.code)), exportOnly: true },
          ]}
        />
      </Section>
    </div>
  );
}

function ThemeCoverage({ theme }: { theme: string }) {
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: ThemeCoverageQuery, variables: { theme } });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.theme ? <CoverageView rows={fromThemeShares(data.theme.municipalities.edges)} title={t('map.titleTheme', { theme: themeLabel(data.theme, lang) })} /> : null)}
    </QueryState>
  );
}

function DocumentCoverage() {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: DocumentCoverageQuery });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => <CoverageView rows={fromDocumentCounts(data.municipalities.edges.map((e) => e.node))} title={t('map.titleDocuments')} />}
    </QueryState>
  );
}

export function MapPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const theme = params.get('tema') || null;
  const [themes] = useQuery({ query: MapThemesQuery });
  const selectId = useId();
  const options = (themes.data?.themes.edges.map((e) => e.node) ?? []).slice().sort((a, b) => themeLabel(a, lang).localeCompare(themeLabel(b, lang), lang));
  return (
    <Page title={t('map.title')} lead={t('map.lead')}>
      <div className="field" style={{ maxWidth: 360, marginBottom: '1rem' }}>
        <label htmlFor={selectId}>{t('map.colourBy')}</label>
        <select id={selectId} value={theme ?? ''} onChange={(e) => setParams(e.target.value ? { tema: e.target.value } : {}, { replace: true })}>
          <option value="">{t('map.byDocuments')}</option>
          {options.map((th) => (
            <option key={th.id} value={th.id}>
              {themeLabel(th, lang)} ({th.municipalityCount})
            </option>
          ))}
        </select>
      </div>
      {theme ? <ThemeCoverage theme={theme} /> : <DocumentCoverage />}
    </Page>
  );
}
