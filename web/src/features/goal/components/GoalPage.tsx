/** Goal: the goal in its context, similar goals in other municipalities with score and shared terms, and "goals like my draft". */
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../../components/DataTable.tsx';
import { DocumentLink } from '../../../components/DocumentLink.tsx';
import { GoalsLikeBox } from '../../../components/GoalsLikeBox.tsx';
import { HighlightTerms } from '../../../components/Highlight.tsx';
import { Page, Section } from '../../../components/Page.tsx';
import { QueryState } from '../../../components/states.tsx';
import { ThemeChips } from '../../../components/ThemeChip.tsx';
import type { GoalQuery as GoalData } from '../../../gql/graphql.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { absolute, percent } from '../../../lib/labels.ts';
import { paths } from '../../../lib/paths.ts';
import { GoalQuery } from '../api/goal.ts';

type Goal = NonNullable<GoalData['goal']>;

function GoalContent({ goal, sameToo, setSameToo }: { goal: Goal; sameToo: boolean; setSameToo: (v: boolean) => void }) {
  const { t, lang, label } = useI18n();
  const similar = goal.similar.edges;
  const allShared = [...new Set(similar.flatMap((s) => s.sharedTerms))];
  return (
    <Page
      title={t('goal.title', { name: goal.municipality?.name ?? goal.document.title })}
      kicker={label('level', goal.level)}
      actions={
        <Link className="button button-secondary" to={paths.graph({ goal: goal.id, municipality: goal.municipality?.code })}>
          {t('goal.network')}
        </Link>
      }
    >
      <blockquote className="goal-quote">
        <HighlightTerms text={goal.text} terms={allShared} />
      </blockquote>
      {goal.document.synthetic && (
        <p className="synthetic-note" role="note">
          {t('document.syntheticNote')}
        </p>
      )}
      <dl className="meta">
        <dt>{t('col.document')}</dt>
        <dd>
          <DocumentLink document={goal.document} goal={goal.position} />
        </dd>
        {goal.municipality && (
          <>
            <dt>{t('col.municipality')}</dt>
            <dd>
              <Link to={paths.municipality(goal.municipality.code)}>{goal.municipality.name}</Link>
              {goal.municipality.county && `, ${goal.municipality.county.name}`}
            </dd>
          </>
        )}
        {goal.section && (
          <>
            <dt>{t('goal.section')}</dt>
            <dd>{goal.section}</dd>
          </>
        )}
        {goal.actor && (
          <>
            <dt>{t('col.actor')}</dt>
            <dd>{goal.actor}</dd>
          </>
        )}
        <dt>{t('col.measurable')}</dt>
        <dd>{goal.target ? goal.target.text : goal.measurable ? t('common.yes') : t('common.no')}</dd>
        {(goal.deadline ?? goal.target?.deadline) && (
          <>
            <dt>{t('goal.deadline')}</dt>
            <dd>{goal.deadline ?? goal.target?.deadline}</dd>
          </>
        )}
      </dl>
      {goal.themes.length > 0 && (
        <>
          <h2>{t('col.themes')}</h2>
          <ThemeChips themes={goal.themes} />
        </>
      )}
      {goal.concepts.length > 0 && (
        <>
          <h2>{t('goal.concepts')}</h2>
          <p className="small muted">{t('goal.conceptsNote')}</p>
          <ul className="chips" aria-label={t('goal.concepts')}>
            {goal.concepts.map((c) => (
              <li key={c.id}>
                <Link to={paths.search({ q: c.labelSv })} className="chip" title={c.definition ?? undefined}>
                  {lang === 'en' ? c.labelEn : c.labelSv}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}

      <Section
        title={t('goal.similar')}
        id="similar"
        tools={
          <label className="small" style={{ display: 'inline-flex', gap: '0.4rem', alignItems: 'center' }}>
            <input type="checkbox" checked={sameToo} onChange={(e) => setSameToo(e.target.checked)} />
            {t('goal.includeSame')}
          </label>
        }
      >
        <p className="small muted">{t('goal.similarNote')}</p>
        <DataTable
          caption={t('goal.similar')}
          exportName={`liknande-mal-${goal.id.slice(0, 8)}`}
          rows={similar}
          rowKey={(s) => s.node.id}
          empty={t('goal.noSimilar')}
          columns={[
            { id: 'score', header: t('col.score'), value: (s) => Math.round(s.score * 1000) / 1000, cell: (s) => <span className="score">{percent(s.score, lang)}</span>, numeric: true },
            {
              id: 'goal',
              header: t('col.goal'),
              value: (s) => s.node.text,
              cell: (s) => (
                <Link to={paths.goal(s.node.id)}>
                  <HighlightTerms text={s.node.text} terms={s.sharedTerms} />
                </Link>
              ),
            },
            { id: 'municipality', header: t('col.municipality'), value: (s) => s.node.municipality?.name ?? null, cell: (s) => (s.node.municipality ? <Link to={paths.municipality(s.node.municipality.code)}>{s.node.municipality.name}</Link> : '–') },
            { id: 'sharedTerms', header: t('col.sharedTerms'), value: (s) => s.sharedTerms, cell: (s) => s.sharedTerms.join(', ') },
            { id: 'document', header: t('col.document'), value: (s) => s.node.document.title, exportOnly: true },
            { id: 'url', header: 'URL', value: (s) => absolute(paths.goal(s.node.id)), exportOnly: true },
          ]}
        />
      </Section>

      <GoalsLikeBox id="goals-like" own={goal.municipality ? { code: goal.municipality.code, name: goal.municipality.name } : null} />
    </Page>
  );
}

export function GoalPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const sameToo = params.get('samma') === '1';
  const [result, reexecute] = useQuery({ query: GoalQuery, variables: { id, otherMunicipalitiesOnly: !sameToo } });
  function setSameToo(value: boolean) {
    const next = new URLSearchParams(params);
    if (value) next.set('samma', '1');
    else next.delete('samma');
    setParams(next, { replace: true, preventScrollReset: true });
  }
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.goal ? <GoalContent goal={data.goal} sameToo={sameToo} setSameToo={setSameToo} /> : null)}
    </QueryState>
  );
}
