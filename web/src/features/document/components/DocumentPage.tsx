/** Document: metadata, the text with goals highlighted and tagged, related documents, reused passages. */
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../../components/DataTable.tsx';
import { Page, Section } from '../../../components/Page.tsx';
import { Empty, QueryState } from '../../../components/states.tsx';
import { ThemeChips } from '../../../components/ThemeChip.tsx';
import type { DocumentQuery as DocumentData } from '../../../gql/graphql.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { absolute, percent, themeLabel } from '../../../lib/labels.ts';
import { paths } from '../../../lib/paths.ts';
import { DocumentQuery } from '../api/document.ts';
import { SectionedText } from './DocumentText.tsx';

type Doc = NonNullable<DocumentData['document']>;

/** "12 mars 2025" / "12 March 2025" */
function fetchedDate(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
}

function Metadata({ doc }: { doc: Doc }) {
  const { t, label, lang } = useI18n();
  const rows: [string, ReactNode][] = [
    [t('col.documentKind'), label('kind', doc.kind)],
    [t('col.publisher'), doc.municipality ? <Link to={paths.municipality(doc.municipality.code)}>{doc.municipality.name}</Link> : (doc.organisation?.name ?? t('document.unknownPublisher'))],
  ];
  if (doc.municipality?.county) rows.push([t('col.county'), doc.municipality.county.name]);
  if (doc.organisation && doc.municipality) rows.push([t('col.organisation'), doc.organisation.name]);
  if (doc.area) rows.push([t('document.area'), doc.area]);
  if (doc.year) rows.push([t('col.year'), doc.year]);
  if (doc.adoptedBy) rows.push([t('document.adoptedBy'), doc.adoptedBy]);
  if (doc.adoptedOn) rows.push([t('document.adoptedOn'), doc.adoptedOn]);
  if (doc.dnr) rows.push([t('document.dnr'), doc.dnr]);
  if (doc.sourceUrl) {
    rows.push([
      t('document.source'),
      <span key="source">
        <a href={doc.sourceUrl} target="_blank" rel="noopener noreferrer">
          {t('document.original')}
        </a>
        {doc.published === false && <span className="muted small"> ({t('document.unpublished')})</span>}
      </span>,
    ]);
    if (doc.fetchedAt) rows.push([t('document.fetchedAt'), <time key="fetched" dateTime={doc.fetchedAt}>{fetchedDate(doc.fetchedAt, lang)}</time>]);
  } else if (doc.path) rows.push([t('document.path'), <code key="path">{doc.path}</code>]);
  if (doc.fileName && doc.fileName !== doc.path?.split('/').pop()) rows.push([t('document.fileName'), doc.fileName]);
  rows.push([t('col.goals'), doc.goalCount]);
  return (
    <dl className="meta">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ReusedPassages({ doc }: { doc: Doc }) {
  const { t, lang } = useI18n();
  const reused = doc.reusedPassages.edges.map((e) => e.node);
  if (reused.length === 0) return <Empty>{t('document.noReuse')}</Empty>;
  return (
    <>
      {reused.map((r) => (
        <section key={r.document.id} className="card" style={{ marginTop: '0.75rem' }} aria-label={t('document.reuseWith', { title: r.document.title })}>
          <h3>
            <Link to={paths.document(r.document.id)}>{r.document.title}</Link>
            {r.document.municipality && <span className="muted small"> – {r.document.municipality.name}</span>}
          </h3>
          <p className="small muted">{t('document.overlap', { share: percent(r.overlap, lang), count: r.passages.length })}</p>
          {r.passages.map((p) => (
            <div key={`${p.start}-${p.otherStart}`} className="reuse" style={{ marginBottom: '0.6rem' }}>
              <figure style={{ margin: 0 }}>
                <figcaption className="small muted">{t('document.thisDocument')}</figcaption>
                <blockquote>{p.text}</blockquote>
              </figure>
              <figure style={{ margin: 0 }}>
                <figcaption className="small muted">{r.document.municipality?.name ?? r.document.title}</figcaption>
                <blockquote>{p.otherText}</blockquote>
              </figure>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function DocumentContent({ doc }: { doc: Doc }) {
  const { t, lang, label } = useI18n();
  const goals = doc.goals.edges.map((e) => e.node);
  const related = doc.related.edges.map((e) => e.node);
  return (
    <Page title={doc.title} kicker={label('kind', doc.kind)}>
      {doc.synthetic && (
        <p className="synthetic-note" role="note">
          {t('document.syntheticNote')}
        </p>
      )}
      <div className="grid grid-sidebar">
        <div>
          <Section title={t('document.text')} id="text">
            {doc.hasText ? <SectionedText text={doc.text} sections={doc.sections} goals={goals} /> : <Empty>{t('document.titleOnly')}</Empty>}
          </Section>
        </div>
        <aside className="card" aria-labelledby="about-heading">
          <h2 id="about-heading" style={{ marginTop: 0 }}>
            {t('document.about')}
          </h2>
          <Metadata doc={doc} />
          {doc.themes.length > 0 && (
            <>
              <h3>{t('document.themes')}</h3>
              <ThemeChips themes={doc.themes} />
            </>
          )}
        </aside>
      </div>

      <Section title={t('document.goals')} id="goals">
        <DataTable
          caption={t('document.goals')}
          exportName={`${doc.title}-mal`}
          rows={goals}
          rowKey={(g) => g.id}
          empty={t('document.noGoals')}
          columns={[
            { id: 'position', header: '#', value: (g) => g.position + 1, cell: (g) => <a href={`#mal-${g.position + 1}`}>{g.position + 1}</a>, numeric: true },
            { id: 'goal', header: t('col.goal'), value: (g) => g.text, cell: (g) => <Link to={paths.goal(g.id)}>{g.text}</Link> },
            { id: 'level', header: t('col.level'), value: (g) => g.level, cell: (g) => label('level', g.level) },
            { id: 'actor', header: t('col.actor'), value: (g) => g.actor },
            { id: 'target', header: t('col.target'), value: (g) => g.target?.text ?? null },
            { id: 'themes', header: t('col.themes'), value: (g) => g.themes.map((x) => themeLabel(x.theme, lang)) },
            { id: 'url', header: 'URL', value: (g) => absolute(paths.goal(g.id)), exportOnly: true },
            // where the document itself came from, so that an exported goal can be traced to the original
            ...(doc.sourceUrl ? [{ id: 'source', header: t('document.source'), value: () => doc.sourceUrl ?? null, exportOnly: true }] : []),
          ]}
        />
      </Section>

      <Section title={t('document.reused')} id="reused">
        <ReusedPassages doc={doc} />
      </Section>

      <Section title={t('document.related')} id="related">
        <DataTable
          caption={t('document.related')}
          exportName={`${doc.title}-relaterade`}
          rows={related}
          rowKey={(d) => d.id}
          empty={t('document.noRelated')}
          columns={[
            { id: 'title', header: t('col.title'), value: (d) => d.title, cell: (d) => <Link to={paths.document(d.id)}>{d.title}</Link> },
            { id: 'publisher', header: t('col.publisher'), value: (d) => d.municipality?.name ?? d.organisation?.name ?? null },
            { id: 'kind', header: t('col.documentKind'), value: (d) => d.kind, cell: (d) => label('kind', d.kind) },
            { id: 'year', header: t('col.year'), value: (d) => d.year, numeric: true },
            { id: 'url', header: 'URL', value: (d) => absolute(paths.document(d.id)), exportOnly: true },
          ]}
        />
      </Section>
    </Page>
  );
}

export function DocumentPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: DocumentQuery, variables: { id } });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.document ? <DocumentContent doc={data.document} /> : null)}
    </QueryState>
  );
}
