/** The municipality's documents, newest first: title (flagged when only the title is known or the text is synthetic), kind, publisher, year, goals. */
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable.tsx';
import { Section } from '../../../components/Page.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { absolute } from '../../../lib/labels.ts';
import { paths } from '../../../lib/paths.ts';
import type { Municipality } from '../types.ts';

export function MunicipalityDocuments({ municipality: m }: { municipality: Municipality }) {
  const { t, label } = useI18n();
  const documents = m.documents.edges.map((e) => e.node);
  return (
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
  );
}
