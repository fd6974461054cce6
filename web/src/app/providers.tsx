import { useMemo, type ReactNode } from 'react';
import { Provider as UrqlProvider, type Client } from 'urql';
import { I18nProvider, type Language } from '../i18n/i18n.tsx';
import { createClient } from './client.ts';

export function AppProviders({ children, client, language }: { children: ReactNode; client?: Client; language?: Language }) {
  const urql = useMemo(() => client ?? createClient(), [client]);
  return (
    <I18nProvider initial={language}>
      <UrqlProvider value={urql}>{children}</UrqlProvider>
    </I18nProvider>
  );
}
