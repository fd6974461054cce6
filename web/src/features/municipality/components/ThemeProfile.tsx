/** The municipality's theme profile: how strongly it addresses each theme, as a chart and as a table. */
import { lazy, Suspense, useMemo } from 'react';
import { DataTable } from '../../../components/DataTable.tsx';
import { Section } from '../../../components/Page.tsx';
import { Empty, Loading } from '../../../components/states.tsx';
import { ThemeChip } from '../../../components/ThemeChip.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { decimal, percent, themeLabel } from '../../../lib/labels.ts';
import type { Municipality } from '../types.ts';

// recharts is the largest dependency of the explorer: the page renders first, the chart follows
const ThemeProfileChart = lazy(async () => ({ default: (await import('./ThemeProfileChart.tsx')).ThemeProfileChart }));

/** themes in the chart; the table has them all */
const CHART_BARS = 15;

export function ThemeProfile({ municipality: m }: { municipality: Municipality }) {
  const { t, lang } = useI18n();
  const profile = m.themeProfile;
  const bars = useMemo(() => profile.slice(0, CHART_BARS).map((p) => ({ id: p.theme.id, label: themeLabel(p.theme, lang), share: p.share })), [profile, lang]);
  return (
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
  );
}
