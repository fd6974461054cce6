/** Municipality: its documents, theme profile, goals by theme, similar municipalities, "compare with…". */
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../../components/DataTable.tsx';
import { ExportButtons } from '../../../components/Export.tsx';
import { MunicipalityPicker } from '../../../components/MunicipalityPicker.tsx';
import { Page, Section } from '../../../components/Page.tsx';
import { ThemeChip } from '../../../components/ThemeChip.tsx';
import type { MunicipalityGoalsQuery as GoalsData, MunicipalityQuery as MunicipalityData } from '../../../gql/graphql.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { absolute, decimal, percent, themeLabel } from '../../../lib/labels.ts';
import { isFictional, paths } from '../../../lib/paths.ts';
import { MunicipalityGoalsQuery, MunicipalityQuery } from '../api/municipality.ts';
import { Empty, Loading, QueryState } from '../../../components/states.tsx';

// recharts is the largest dependency of the explorer: the page renders first, the chart follows
const ThemeProfileChart = lazy(async () => ({ default: (await import('./ThemeProfileChart.tsx')).ThemeProfileChart }));

type Municipality = NonNullable<MunicipalityData['municipality']>;
type Goal = NonNullable<GoalsData['municipality']>['goals']['edges'][number]['node'];
type ThemeRef = Goal['themes'][number]['theme'];

function CompareWith({ code, options }: { code: string; options: readonly { code: string; name: string }[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [other, setOther] = useState('');
  return (
    <form
      className="compare-picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (other) void navigate(paths.compare([code, other]));
      }}
    >
      <MunicipalityPicker label={t('municipality.compareWith')} options={options} value={other} onChange={setOther} exclude={[code]} />
      <button type="submit" className="button" disabled={!other}>
        {t('municipality.compare')}
      </button>
    </form>
  );
}

/** Goals grouped under each theme they are about; a goal about two themes appears under both. */
export function groupByTheme(goals: readonly Goal[], order: readonly string[]): { theme: ThemeRef | null; goals: Goal[] }[] {
  const groups = new Map<string, { theme: ThemeRef | null; goals: Goal[] }>();
  for (const goal of goals) {
    if (goal.themes.length === 0) {
      const none = groups.get('') ?? { theme: null, goals: [] };
      none.goals.push(goal);
      groups.set('', none);
    }
    for (const tag of goal.themes) {
      const group = groups.get(tag.theme.id) ?? { theme: tag.theme, goals: [] };
      group.goals.push(goal);
      groups.set(tag.theme.id, group);
    }
  }
  const rank = (id: string) => (id === '' ? Number.MAX_SAFE_INTEGER : order.indexOf(id) === -1 ? order.length : order.indexOf(id));
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, g]) => g);
}

function GoalsByTheme({ municipality }: { municipality: Municipality }) {
  const { t, lang, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const theme = params.get('tema') || null;
  const selectId = useId();
  const [result, reexecute] = useQuery({ query: MunicipalityGoalsQuery, variables: { code: municipality.code, theme } });
  const order = municipality.themeProfile.map((p) => p.theme.id);
  return (
    <Section
      title={t('municipality.goalsByTheme')}
      id="goals"
      tools={
        <div className="field field-inline">
          <label htmlFor={selectId}>{t('municipality.themeFilter')}</label>
          <select
            id={selectId}
            value={theme ?? ''}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value) next.set('tema', e.target.value);
              else next.delete('tema');
              setParams(next, { replace: true, preventScrollReset: true });
            }}
          >
            <option value="">{t('municipality.allThemes')}</option>
            {municipality.themeProfile.map((p) => (
              <option key={p.theme.id} value={p.theme.id}>
                {themeLabel(p.theme, lang)} ({p.goalCount})
              </option>
            ))}
          </select>
        </div>
      }
    >
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => (d.municipality?.goals.totalCount ?? 0) === 0} empty={t('municipality.noGoals')}>
        {(data) => {
          const goals = data.municipality?.goals.edges.map((e) => e.node) ?? [];
          const groups = groupByTheme(goals, order).filter((g) => !theme || g.theme?.id === theme);
          return (
            <>
              <ExportButtons
                label={t('municipality.goalsByTheme')}
                spec={{
                  name: `${municipality.name}-mal`,
                  rows: goals,
                  columns: [
                    { id: 'goal', header: t('col.goal'), value: (g) => g.text },
                    { id: 'level', header: t('col.level'), value: (g) => g.level },
                    { id: 'measurable', header: t('col.measurable'), value: (g) => g.measurable },
                    { id: 'themes', header: t('col.themes'), value: (g) => g.themes.map((x) => themeLabel(x.theme, lang)) },
                    { id: 'document', header: t('col.document'), value: (g) => g.document.title },
                    { id: 'url', header: 'URL', value: (g) => absolute(paths.goal(g.id)) },
                  ],
                }}
              />
              {groups.map((group) => (
                <details key={group.theme?.id ?? 'none'} className="card" style={{ marginTop: '0.6rem' }} open={groups.length <= 3 || Boolean(theme)}>
                  <summary>
                    <strong>{group.theme ? themeLabel(group.theme, lang) : t('municipality.noTheme')}</strong> <span className="muted">({group.goals.length})</span>
                  </summary>
                  <ul className="plain-list">
                    {group.goals.map((g) => (
                      <li key={g.id}>
                        <Link to={paths.goal(g.id)}>{g.text}</Link>
                        <div className="small muted">
                          {label('level', g.level)}
                          {g.measurable && ` · ${t('goal.measurable')}`} · {g.document.title}
                        </div>
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
              {data.municipality && data.municipality.goals.totalCount > goals.length && <p className="small muted">{t('municipality.goalsCapped', { shown: goals.length, count: data.municipality.goals.totalCount })}</p>}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}

function MunicipalityContent({ data }: { data: MunicipalityData }) {
  const { t, lang, label } = useI18n();
  const m = data.municipality as Municipality;
  const profile = m.themeProfile;
  const bars = useMemo(() => profile.slice(0, 15).map((p) => ({ id: p.theme.id, label: themeLabel(p.theme, lang), share: p.share })), [profile, lang]);
  const documents = m.documents.edges.map((e) => e.node);
  const similar = data.similarMunicipalities.edges;
  const options = data.municipalities.edges.map((e) => e.node);
  const organisations = m.organisations.edges.map((e) => e.node);
  return (
    <Page
      title={m.name}
      kicker={m.county ? t('municipality.kicker', { county: m.county.name }) : t('municipality.kickerNoCounty')}
      actions={
        <Link className="button button-secondary" to={paths.graph({ municipality: m.code })}>
          {t('municipality.network')}
        </Link>
      }
    >
      <p>
        {t('count.documents', { count: m.documentCount })} · {t('count.goals', { count: m.goalCount })} · {t('municipality.code', { code: m.code })}
      </p>
      {isFictional(m.code) && (
        <p className="synthetic-note" role="note">
          {t('municipality.fictional')}
        </p>
      )}
      <CompareWith code={m.code} options={options} />

      <Section title={t('municipality.profile')} id="profile">
        {profile.length === 0 ? (
          <Empty>{t('municipality.noProfile')}</Empty>
        ) : (
          <div className="grid grid-2">
            <Suspense fallback={<Loading />}>
              <ThemeProfileChart bars={bars} title={t('municipality.profileChart', { name: m.name })} />
            </Suspense>
            <DataTable
              caption={t('municipality.profile')}
              exportName={`${m.name}-temaprofil`}
              rows={profile}
              rowKey={(p) => p.theme.id}
              columns={[
                { id: 'theme', header: t('col.theme'), value: (p) => themeLabel(p.theme, lang), cell: (p) => <ThemeChip theme={p.theme} /> },
                { id: 'share', header: t('col.strength'), value: (p) => Math.round(p.share * 1000) / 1000, cell: (p) => percent(p.share, lang), numeric: true },
                { id: 'weight', header: t('col.weight'), value: (p) => Math.round(p.weight * 1000) / 1000, cell: (p) => decimal(p.weight, lang), numeric: true, exportOnly: true },
                { id: 'documents', header: t('col.documents'), value: (p) => p.documentCount, numeric: true },
                { id: 'goals', header: t('col.goals'), value: (p) => p.goalCount, numeric: true },
              ]}
            />
          </div>
        )}
      </Section>

      <GoalsByTheme municipality={m} />

      <Section title={t('municipality.documents')} id="documents">
        <DataTable
          caption={t('municipality.documents')}
          exportName={`${m.name}-dokument`}
          rows={documents}
          rowKey={(d) => d.id}
          empty={t('municipality.noDocuments')}
          columns={[
            {
              id: 'title',
              header: t('col.title'),
              value: (d) => d.title,
              cell: (d) => (
                <>
                  <Link to={paths.document(d.id)}>{d.title}</Link>
                  {!d.hasText && <span className="chip chip-muted" style={{ marginLeft: '0.4rem' }}>{t('document.titleOnlyShort')}</span>}
                  {d.synthetic && <span className="chip chip-accent" style={{ marginLeft: '0.4rem' }}>{t('document.synthetic')}</span>}
                </>
              ),
            },
            { id: 'kind', header: t('col.documentKind'), value: (d) => d.kind, cell: (d) => label('kind', d.kind) },
            { id: 'publisher', header: t('col.publisher'), value: (d) => d.organisation?.name ?? m.name },
            { id: 'year', header: t('col.year'), value: (d) => d.year, numeric: true },
            { id: 'goals', header: t('col.goals'), value: (d) => d.goalCount, numeric: true },
            { id: 'hasText', header: t('col.hasText'), value: (d) => d.hasText, exportOnly: true },
            { id: 'url', header: 'URL', value: (d) => absolute(paths.document(d.id)), exportOnly: true },
          ]}
        />
      </Section>

      <Section title={t('municipality.similar')} id="similar">
        <DataTable
          caption={t('municipality.similar')}
          exportName={`${m.name}-liknande-kommuner`}
          rows={similar}
          rowKey={(s) => s.node.code}
          empty={t('municipality.noSimilar')}
          columns={[
            { id: 'municipality', header: t('col.municipality'), value: (s) => s.node.name, cell: (s) => <Link to={paths.municipality(s.node.code)}>{s.node.name}</Link> },
            { id: 'county', header: t('col.county'), value: (s) => s.node.county?.name ?? null },
            { id: 'score', header: t('col.score'), value: (s) => Math.round(s.score * 1000) / 1000, cell: (s) => percent(s.score, lang), numeric: true },
            { id: 'similarGoals', header: t('col.similarGoals'), value: (s) => s.similarGoalCount, numeric: true },
            { id: 'sharedThemes', header: t('col.sharedThemes'), value: (s) => s.sharedThemes.map((th) => themeLabel(th, lang)), cell: (s) => s.sharedThemes.slice(0, 4).map((th) => themeLabel(th, lang)).join(', ') },
            {
              id: 'compare',
              header: t('col.compare'),
              value: (s) => absolute(paths.compare([m.code, s.node.code])),
              cell: (s) => <Link to={paths.compare([m.code, s.node.code])}>{t('municipality.compareShort', { name: s.node.name })}</Link>,
            },
          ]}
        />
      </Section>

      {organisations.length > 0 && (
        <Section title={t('municipality.organisations')} id="organisations">
          <DataTable
            caption={t('municipality.organisations')}
            exportName={`${m.name}-organisationer`}
            rows={organisations}
            rowKey={(o) => o.id}
            columns={[
              { id: 'name', header: t('col.name'), value: (o) => o.name },
              { id: 'kind', header: t('col.kind'), value: (o) => o.kind },
            ]}
          />
        </Section>
      )}
    </Page>
  );
}

export function MunicipalityPage() {
  const { code = '' } = useParams();
  const [result, reexecute] = useQuery({ query: MunicipalityQuery, variables: { code } });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.municipality ? <MunicipalityContent data={data} /> : null)}
    </QueryState>
  );
}
