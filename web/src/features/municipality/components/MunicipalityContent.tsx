/** The municipality page around its sections: name, county, counts, the fictional-municipality note, "compare with…". */
import { Link } from 'react-router';
import { Page } from '../../../components/Page.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { isFictional, paths } from '../../../lib/paths.ts';
import type { Municipality, MunicipalityData } from '../types.ts';
import { CompareWith } from './CompareWith.tsx';
import { GoalsByTheme } from './GoalsByTheme.tsx';
import { MunicipalityDocuments } from './MunicipalityDocuments.tsx';
import { MunicipalityOrganisations } from './MunicipalityOrganisations.tsx';
import { SimilarMunicipalities } from './SimilarMunicipalities.tsx';
import { ThemeProfile } from './ThemeProfile.tsx';

export function MunicipalityContent({ municipality: m, data }: { municipality: Municipality; data: MunicipalityData }) {
  const { t } = useI18n();
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
      <CompareWith code={m.code} options={data.municipalities.edges.map((e) => e.node)} />
      <ThemeProfile municipality={m} />
      <GoalsByTheme municipality={m} />
      <MunicipalityDocuments municipality={m} />
      <SimilarMunicipalities municipality={m} similar={data.similarMunicipalities.edges} />
      <MunicipalityOrganisations municipality={m} />
    </Page>
  );
}
