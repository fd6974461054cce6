/**
 * The explorer's routes. Each view is its own lazily loaded chunk, so the map (d3-geo), the
 * network (sigma) and the charts (recharts) are only downloaded by the views that draw them.
 */
import { createBrowserRouter, isRouteErrorResponse, Link, useRouteError, type RouteObject } from 'react-router';
import { Loading } from '../components/states.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { paths } from '../lib/paths.ts';
import { Shell } from './Shell.tsx';

function NotFound() {
  const { t } = useI18n();
  return (
    <section className="page">
      <title>{`${t('error.noPage.title')} – Strategigrafen`}</title>
      <h1>{t('error.noPage.title')}</h1>
      <p>{t('error.notFound.page')}</p>
      <p>
        <Link to={paths.start()}>{t('nav.backToStart')}</Link>
      </p>
    </section>
  );
}

/** Shown when a view itself fails (e.g. its chunk cannot be loaded after a deploy). */
function RouteError() {
  const { t } = useI18n();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <section className="page state state-error" role="alert">
      <h1>{t('error.unknown.title')}</h1>
      <p>{t('error.view.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('state.reload')}
      </button>
    </section>
  );
}

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Shell,
    HydrateFallback: () => <Loading />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/start/components/StartPage.tsx')).StartPage }) },
          { path: 'sok', lazy: async () => ({ Component: (await import('../features/search/components/SearchPage.tsx')).SearchPage }) },
          { path: 'tema/:id', lazy: async () => ({ Component: (await import('../features/theme/components/ThemePage.tsx')).ThemePage }) },
          { path: 'kommun/:code', lazy: async () => ({ Component: (await import('../features/municipality/components/MunicipalityPage.tsx')).MunicipalityPage }) },
          { path: 'dokument/:id', lazy: async () => ({ Component: (await import('../features/document/components/DocumentPage.tsx')).DocumentPage }) },
          { path: 'mal/:id', lazy: async () => ({ Component: (await import('../features/goal/components/GoalPage.tsx')).GoalPage }) },
          { path: 'jamfor', lazy: async () => ({ Component: (await import('../features/compare/components/ComparePage.tsx')).ComparePage }) },
          { path: 'karta', lazy: async () => ({ Component: (await import('../features/map/components/MapPage.tsx')).MapPage }) },
          { path: 'natverk', lazy: async () => ({ Component: (await import('../features/graph/components/GraphPage.tsx')).GraphPage }) },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
