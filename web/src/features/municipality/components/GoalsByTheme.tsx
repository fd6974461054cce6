/** "Goals by theme": the municipality's goals under each theme they are about, filtered by theme through the URL (?tema=). */
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ExportButtons } from '../../../components/Export.tsx';
import { Section } from '../../../components/Page.tsx';
import { QueryState } from '../../../components/states.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { absolute, themeLabel } from '../../../lib/labels.ts';
import { paths } from '../../../lib/paths.ts';
import { MunicipalityGoalsQuery } from '../api/municipality.ts';
import { groupByTheme } from '../groups.ts';
import type { Municipality } from '../types.ts';
import { GoalGroupCard } from './GoalGroupCard.tsx';
import { GoalThemeFilter } from './GoalThemeFilter.tsx';

export function GoalsByTheme({ municipality }: { municipality: Municipality }) {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const theme = params.get('tema') || null;
  const [result, reexecute] = useQuery({ query: MunicipalityGoalsQuery, variables: { code: municipality.code, theme } });
  const order = municipality.themeProfile.map((p) => p.theme.id);
  function choose(next: string) {
    const search = new URLSearchParams(params);
    if (next) search.set('tema', next);
    else search.delete('tema');
    setParams(search, { replace: true, preventScrollReset: true });
  }
  return (
    <Section title={t('municipality.goalsByTheme')} id="goals" tools={<GoalThemeFilter profile={municipality.themeProfile} value={theme} onChange={choose} />}>
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
                <GoalGroupCard key={group.theme?.id ?? 'none'} group={group} open={groups.length <= 3 || Boolean(theme)} />
              ))}
              {data.municipality && data.municipality.goals.totalCount > goals.length && <p className="small muted">{t('municipality.goalsCapped', { shown: goals.length, count: data.municipality.goals.totalCount })}</p>}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
