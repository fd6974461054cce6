/** The three states every data view can be in besides "here is your data": loading, empty, failed. */
import type { ReactNode } from 'react';
import type { AnyVariables, CombinedError, UseQueryState } from 'urql';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { classifyError, type ProblemKind } from '../lib/errors.ts';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('state.loading')}</span>
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <p className="state state-empty">{children ?? t('state.empty')}</p>;
}

const PROBLEM_TEXT: Record<ProblemKind, { title: MessageKey; body: MessageKey }> = {
  unavailable: { title: 'error.unavailable.title', body: 'error.unavailable.body' },
  offline: { title: 'error.offline.title', body: 'error.offline.body' },
  notFound: { title: 'error.notFound.title', body: 'error.notFound.body' },
  badInput: { title: 'error.badInput.title', body: 'error.badInput.body' },
  timeout: { title: 'error.timeout.title', body: 'error.timeout.body' },
  unknown: { title: 'error.unknown.title', body: 'error.unknown.body' },
};

export function ErrorState({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useI18n();
  const problem = classifyError(error);
  const text = PROBLEM_TEXT[problem.kind];
  return (
    <div className={`state state-error state-error-${problem.kind}`} role="alert">
      <p className="state-title">{t(text.title)}</p>
      <p>{t(text.body)}</p>
      {problem.detail && <p className="small">{t('error.serverSays', { detail: problem.detail })}</p>}
      {onRetry && problem.kind !== 'notFound' && problem.kind !== 'badInput' && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

interface QueryStateProps<Data, Variables extends AnyVariables> {
  result: UseQueryState<Data, Variables>;
  onRetry?: () => void;
  /** when the data is there but has nothing to show */
  isEmpty?: (data: Data) => boolean;
  empty?: ReactNode;
  children: (data: Data) => ReactNode;
}

/**
 * Renders loading, error or empty states for a urql query, and the children once data is in.
 * urql keeps the previous data while new variables load; that data stays visible but is marked
 * busy, with a loading status, so a changed filter never looks like a finished answer.
 */
export function QueryState<Data, Variables extends AnyVariables>({ result, onRetry, isEmpty, empty, children }: QueryStateProps<Data, Variables>) {
  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={onRetry} />;
  if (!result.data) return <Loading />;
  const body = isEmpty?.(result.data) ? <Empty>{empty}</Empty> : children(result.data);
  return (
    <>
      {result.error && <ErrorState error={result.error} onRetry={onRetry} />}
      {result.fetching && <Loading />}
      <div className={result.fetching ? 'query-body stale' : 'query-body'} aria-busy={result.fetching || undefined}>
        {body}
      </div>
    </>
  );
}
