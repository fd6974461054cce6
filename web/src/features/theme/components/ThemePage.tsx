/** Theme: which municipalities address it and how strongly, their goals on it, and a coverage map. */
import { MUNICIPALITIES, MUNICIPALITY_SEATS } from '@strategigrafen/schema';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../../components/DataTable.tsx';
import { ExportButtons } from '../../../components/Export.tsx';
import { Page, Section } from '../../../components/Page.tsx';
import { QueryState } from '../../../components/states.tsx';
import { SwedenMap, type MapPoint } from '../../../components/SwedenMap.tsx';
import { ThemeChip } from '../../../components/ThemeChip.tsx';
import type { ThemeGoalsQuery as GoalsData, ThemeQuery as ThemeData } from '../../../gql/graphql.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { absolute, decimal, percent, themeLabel } from '../../../lib/labels.ts';
import { paths } from '../../../lib/paths.ts';
import { ThemeGoalsQuery, ThemeQuery } from '../api/theme.ts';

type Theme = NonNullable<ThemeData['theme']>;
type Coverage = Theme['municipalities']['edges'][number];
type GoalGroup = NonNullable<GoalsData['theme']>['municipalities']['edges'][number];

/** municipalities whose goals are listed on the page; the rest are in the table and on the map */
const GOAL_GROUPS = 12;

function CoverageMap({ theme, coverage }: { theme: Theme; coverage: readonly Coverage[] }) {
  const { t, lang } = useI18n();
  const points = useMemo(() => {
    const byCode = new Map(coverage.map((c) => [c.node.code, c]));
    return MUNICIPALITIES.flatMap((m): MapPoint[] => {
      const seat = MUNICIPALITY_SEATS[m.code];
      if (!seat) return [];
      const c = byCode.get(m.code);
      return [{ code: m.code, name: m.name, lat: seat.lat, lon: seat.lon, value: c ? Math.max(c.share, 0.05) : null, description: c ? t('theme.mapDot', { share: percent(c.share, lang), goals: c.goalCount }) : t('theme.notCovered') }];
    });
  }, [coverage, t, lang]);
  return <SwedenMap points={points} title={t('theme.mapTitle', { theme: themeLabel(theme, lang) })} hrefFor={paths.municipality} />;
}

function GoalGroups({ id }: { id: string }) {
  const { t, label } = useI18n();
  const [result, reexecute] = useQuery({ query: ThemeGoalsQuery, variables: { id, first: GOAL_GROUPS } });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => !d.theme?.municipalities.edges.some((e) => e.goals.totalCount > 0)} empty={t('theme.noGoals')}>
      {(data) => {
        const groups: GoalGroup[] = (data.theme?.municipalities.edges ?? []).filter((e) => e.goals.totalCount > 0);
        const rows = groups.flatMap((g) => g.goals.edges.map((e) => ({ municipality: g.node, goal: e.node })));
        return (
          <>
            <ExportButtons
              label={t('theme.goals')}
              spec={{
                name: `tema-${id}-mal`,
                rows,
                columns: [
                  { id: 'municipality', header: t('col.municipality'), value: (r) => r.municipality.name },
                  { id: 'goal', header: t('col.goal'), value: (r) => r.goal.text },
                  { id: 'level', header: t('col.level'), value: (r) => r.goal.level },
                  { id: 'document', header: t('col.document'), value: (r) => r.goal.document.title },
                  { id: 'year', header: t('col.year'), value: (r) => r.goal.document.year },
                  { id: 'url', header: 'URL', value: (r) => absolute(paths.goal(r.goal.id)) },
                ],
              }}
            />
            {groups.map((g) => (
              <section key={g.node.code} className="card" style={{ marginTop: '0.75rem' }} aria-labelledby={`goals-${g.node.code}`}>
                <h3 id={`goals-${g.node.code}`}>
                  <Link to={paths.municipality(g.node.code)}>{g.node.name}</Link> <span className="muted small">({t('count.goals', { count: g.goals.totalCount })})</span>
                </h3>
                <ul className="plain-list">
                  {g.goals.edges.map(({ node: goal }) => (
                    <li key={goal.id}>
                      <Link to={paths.goal(goal.id)}>{goal.text}</Link>
                      <div className="small muted">
                        {label('level', goal.level)}
                        {goal.measurable && ` · ${t('goal.measurable')}`} · {goal.document.title}
                        {goal.document.year && ` (${goal.document.year})`}
                      </div>
                    </li>
                  ))}
                </ul>
                {g.goals.totalCount > g.goals.edges.length && (
                  <p className="small">
                    <Link to={`${paths.municipality(g.node.code)}?tema=${encodeURIComponent(id)}#goals`}>{t('theme.allGoals', { count: g.goals.totalCount, name: g.node.name })}</Link>
                  </p>
                )}
              </section>
            ))}
          </>
        );
      }}
    </QueryState>
  );
}

function ThemeContent({ theme }: { theme: Theme }) {
  const { t, lang } = useI18n();
  const coverage = theme.municipalities.edges;
  return (
    <Page
      title={themeLabel(theme, lang)}
      kicker={t('theme.kicker')}
      lead={theme.description}
      actions={
        <span style={{ display: 'inline-flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          <Link className="button button-secondary" to={paths.search({ q: themeLabel(theme, 'sv'), theme: theme.id })}>
            {t('theme.searchIn')}
          </Link>
          <Link className="button button-secondary" to={paths.graph({ theme: theme.id })}>
            {t('theme.network')}
          </Link>
        </span>
      }
    >
      <p>
        {t('count.municipalities', { count: theme.municipalityCount })} · {t('count.documents', { count: theme.documentCount })} · {t('count.goals', { count: theme.goalCount })}
      </p>
      {(theme.parent || theme.children.length > 0) && (
        <p className="small">
          {theme.parent && (
            <>
              {t('theme.parent')} <ThemeChip theme={theme.parent} />{' '}
            </>
          )}
          {theme.children.length > 0 && (
            <>
              {t('theme.children')}{' '}
              {theme.children.map((c) => (
                <span key={c.id}>
                  <ThemeChip theme={c} />{' '}
                </span>
              ))}
            </>
          )}
        </p>
      )}
      <details className="small">
        <summary>{t('theme.terms')}</summary>
        <p>{theme.terms.join(', ')}</p>
      </details>
      <div className="map-layout" style={{ marginTop: '1rem' }}>
        <CoverageMap theme={theme} coverage={coverage} />
        <Section title={t('theme.municipalities')} id="municipalities">
          <DataTable
            caption={t('theme.municipalities')}
            exportName={`tema-${theme.id}-kommuner`}
            rows={coverage}
            rowKey={(c) => c.node.code}
            empty={t('theme.noMunicipalities')}
            columns={[
              { id: 'municipality', header: t('col.municipality'), value: (c) => c.node.name, cell: (c) => <Link to={paths.municipality(c.node.code)}>{c.node.name}</Link> },
              { id: 'county', header: t('col.county'), value: (c) => c.node.county?.name ?? null },
              {
                id: 'share',
                header: t('col.strength'),
                value: (c) => Math.round(c.share * 1000) / 1000,
                cell: (c) => (
                  <span>
                    <span className="bar" style={{ width: `${Math.max(4, c.share * 80)}px` }} aria-hidden="true" />
                    {percent(c.share, lang)}
                  </span>
                ),
              },
              { id: 'weight', header: t('col.weight'), value: (c) => Math.round(c.weight * 1000) / 1000, cell: (c) => decimal(c.weight, lang), numeric: true },
              { id: 'documents', header: t('col.documents'), value: (c) => c.documentCount, numeric: true },
              { id: 'goals', header: t('col.goals'), value: (c) => c.goalCount, numeric: true },
              { id: 'url', header: 'URL', value: (c) => absolute(paths.municipality(c.node.code)), exportOnly: true },
            ]}
          />
        </Section>
      </div>
      <Section title={t('theme.goals')} id="goals">
        <GoalGroups id={theme.id} />
      </Section>
    </Page>
  );
}

export function ThemePage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: ThemeQuery, variables: { id } });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.theme ? <ThemeContent theme={data.theme} /> : null)}
    </QueryState>
  );
}
