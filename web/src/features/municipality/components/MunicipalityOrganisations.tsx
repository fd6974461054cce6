/** The organisations (companies, associations) that publish documents for the municipality; nothing when there are none. */
import { DataTable } from '../../../components/DataTable.tsx';
import { Section } from '../../../components/Page.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Municipality } from '../types.ts';

export function MunicipalityOrganisations({ municipality: m }: { municipality: Municipality }) {
  const { t } = useI18n();
  const organisations = m.organisations.edges.map((e) => e.node);
  if (organisations.length === 0) return null;
  return (
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
  );
}
