/** The municipalities most like this one (themes and similar goals), each with a link to compare the two. */
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable.tsx';
import { Section } from '../../../components/Page.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { absolute, percent, themeLabel } from '../../../lib/labels.ts';
import { paths } from '../../../lib/paths.ts';
import type { Municipality, SimilarMunicipality } from '../types.ts';

export function SimilarMunicipalities({ municipality: m, similar }: { municipality: Municipality; similar: readonly SimilarMunicipality[] }) {
  const { t, lang } = useI18n();
  return (
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
  );
}
