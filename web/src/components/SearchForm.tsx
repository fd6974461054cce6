/** A search box that opens the search view for what was typed; used in the header and on the start view. */
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { paths } from '../lib/paths.ts';

export function SearchForm({ id, className, placeholder }: { id: string; className: string; placeholder: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    if (q) void navigate(paths.search({ q }));
  }
  return (
    <form role="search" className={className} onSubmit={submit} aria-label={t('search.label')}>
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input id={id} name="q" type="search" placeholder={placeholder} autoComplete="off" />
      <button type="submit" className="button">
        {t('search.submit')}
      </button>
    </form>
  );
}
