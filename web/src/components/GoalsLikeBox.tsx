/**
 * "Goals like my draft": a strategist writes a goal and sees how other municipalities put the same aim —
 * the stored goals most like it (the API's goalsLike), with the words they share marked in their text.
 * On the start page and on the goal page; shared, so it lives here rather than in either feature.
 */
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { GoalsLikeQuery as GoalsLikeData } from '../gql/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { absolute, percent } from '../lib/labels.ts';
import { paths } from '../lib/paths.ts';
import { DataTable } from './DataTable.tsx';
import { DocumentLink } from './DocumentLink.tsx';
import { GoalsLikeMunicipalitiesQuery, GoalsLikeQuery } from './GoalsLikeBox.api.ts';
import { HighlightTerms } from './Highlight.tsx';
import { MunicipalityPicker } from './MunicipalityPicker.tsx';
import { Section } from './Page.tsx';
import { QueryState } from './states.tsx';

/** The longest draft the API takes. */
export const MAX_DRAFT_LENGTH = 1000;
const MATCHES = 10;

type Match = GoalsLikeData['goalsLike']['edges'][number];

interface GoalsLikeBoxProps {
  /** the section's id (and the prefix of its fields' ids) */
  id: string;
  /** a municipality whose own goals are left out unless the user says otherwise (the goal page's) */
  own?: { code: string; name: string } | null;
  /** let the user name their own municipality, whose goals are then left out (the start page) */
  pickOwn?: boolean;
}

interface Asked {
  text: string;
  exclude: string | null;
}

export function GoalsLikeBox({ id, own = null, pickOwn = false }: GoalsLikeBoxProps) {
  const { t } = useI18n();
  const fieldId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState('');
  const [mine, setMine] = useState('');
  const [leaveOutOwn, setLeaveOutOwn] = useState(true);
  const [asked, setAsked] = useState<Asked | null>(null);
  const [missing, setMissing] = useState(false);
  const [result, reexecute] = useQuery({
    query: GoalsLikeQuery,
    variables: { text: asked?.text ?? '', first: MATCHES, filter: asked?.exclude ? { municipality: asked.exclude } : null },
    pause: asked === null,
    // the API may answer from its full-text fallback while its engine is built: never reuse an old answer
    requestPolicy: 'network-only',
  });

  function submit() {
    const text = draft.trim();
    if (!text) {
      setMissing(true);
      textarea.current?.focus();
      return;
    }
    setMissing(false);
    const exclude = own ? (leaveOutOwn ? own.code : null) : mine || null;
    if (asked && asked.text === text && asked.exclude === exclude) reexecute({ requestPolicy: 'network-only' });
    else setAsked({ text, exclude });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <Section title={t('like.title')} id={id}>
      <form className="card goals-like-form" onSubmit={onSubmit} noValidate>
        <p className="small muted">{t('like.lead')}</p>
        <div className="field">
          <label htmlFor={`${fieldId}-text`}>{t('like.label')}</label>
          <textarea
            ref={textarea}
            id={`${fieldId}-text`}
            name="text"
            rows={3}
            maxLength={MAX_DRAFT_LENGTH}
            value={draft}
            placeholder={t('like.placeholder')}
            aria-describedby={`${fieldId}-hint${missing ? ` ${fieldId}-missing` : ''}`}
            aria-invalid={missing || undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <span id={`${fieldId}-hint`} className="small muted goals-like-hint">
            {t('like.hint', { max: MAX_DRAFT_LENGTH })}
          </span>
          {missing && (
            <span id={`${fieldId}-missing`} className="goals-like-missing" role="alert">
              {t('like.needText')}
            </span>
          )}
        </div>
        <div className="goals-like-actions">
          {own ? (
            <label className="small goals-like-own">
              <input type="checkbox" checked={leaveOutOwn} onChange={(e) => setLeaveOutOwn(e.target.checked)} />
              {t('like.leaveOut', { name: own.name })}
            </label>
          ) : (
            pickOwn && <OwnMunicipality value={mine} onChange={setMine} />
          )}
          <button type="submit" className="button">
            {t('like.submit')}
          </button>
        </div>
      </form>
      <div className="goals-like-results" aria-live="polite">
        {asked && (
          <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(data) => data.goalsLike.edges.length === 0} empty={t('like.empty')}>
            {(data) => <Matches matches={data.goalsLike.edges} total={data.goalsLike.totalCount} fallback={data.goalsLike.engine === 'FULLTEXT'} />}
          </QueryState>
        )}
      </div>
    </Section>
  );
}

/** The user's own municipality; the picker only shows once the list is there (it is optional, so a failure stays quiet). */
function OwnMunicipality({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useI18n();
  const [result] = useQuery({ query: GoalsLikeMunicipalitiesQuery });
  const options = result.data?.municipalities.edges.map((e) => e.node) ?? [];
  if (options.length === 0) return null;
  return <MunicipalityPicker label={t('like.mine')} options={options} value={value} onChange={onChange} />;
}

function Matches({ matches, total, fallback }: { matches: readonly Match[]; total: number; fallback: boolean }) {
  const { t, lang } = useI18n();
  return (
    <>
      <h3 className="goals-like-count">{t('like.count', { count: total })}</h3>
      {fallback && (
        <p className="small muted" role="note">
          {t('like.fallback')}
        </p>
      )}
      <DataTable
        caption={t('like.caption')}
        exportName="mal-som-liknar-mitt"
        rows={matches}
        rowKey={(m) => m.node.id}
        columns={[
          { id: 'score', header: t('col.score'), value: (m) => Math.round(m.score * 1000) / 1000, cell: (m) => <span className="score">{percent(m.score, lang)}</span>, numeric: true },
          {
            id: 'goal',
            header: t('col.goal'),
            value: (m) => m.node.text,
            cell: (m) => (
              <Link to={paths.goal(m.node.id)}>
                <HighlightTerms text={m.node.text} terms={m.sharedTerms} />
              </Link>
            ),
          },
          {
            id: 'municipality',
            header: t('col.municipality'),
            value: (m) => m.node.municipality?.name ?? null,
            cell: (m) => (m.node.municipality ? <Link to={paths.municipality(m.node.municipality.code)}>{m.node.municipality.name}</Link> : '–'),
          },
          {
            id: 'document',
            header: t('col.document'),
            value: (m) => m.node.document.title,
            cell: (m) => (
              <>
                <DocumentLink document={m.node.document} goal={m.node.position} />
                {m.node.document.synthetic && <span className="chip chip-accent goals-like-synthetic">{t('document.synthetic')}</span>}
              </>
            ),
          },
          { id: 'sharedTerms', header: t('col.sharedTerms'), value: (m) => m.sharedTerms, cell: (m) => m.sharedTerms.join(', ') },
          { id: 'url', header: 'URL', value: (m) => absolute(paths.goal(m.node.id)), exportOnly: true },
        ]}
      />
    </>
  );
}
