/** The frame around every view: skip link, header with search and language switch, main, footer. */
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { LANGUAGES, useI18n } from '../i18n/i18n.tsx';
import { paths } from '../lib/paths.ts';
import { SearchForm } from '../components/SearchForm.tsx';

function HeaderSearch() {
  const { t } = useI18n();
  return <SearchForm id="header-q" className="header-search" placeholder={t('search.placeholderShort')} />;
}

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)} className="lang-button">
          {l === 'sv' ? 'Svenska' : 'English'}
        </button>
      ))}
    </div>
  );
}

export function Shell() {
  const { t } = useI18n();
  const location = useLocation();
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // after client-side navigation, move focus to the new page's heading (as a full page load would)
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      main.current?.focus();
    }
    window.scrollTo?.(0, 0);
  }, [location.pathname]);

  const nav = [
    { to: paths.start(), label: t('nav.start'), end: true },
    { to: paths.map(), label: t('nav.map') },
    { to: paths.graph({}), label: t('nav.graph') },
    { to: paths.compare([]), label: t('nav.compare') },
  ];

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to={paths.start()} className="brand" aria-label={t('brand.home')}>
            <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <g stroke="#f4efe6" strokeWidth="2">
                <line x1="9" y1="22" x2="16" y2="10" />
                <line x1="16" y1="10" x2="23" y2="20" />
                <line x1="9" y1="22" x2="23" y2="20" />
              </g>
              <g fill="#e3b23c">
                <circle cx="9" cy="22" r="3.5" />
                <circle cx="16" cy="10" r="3.5" />
                <circle cx="23" cy="20" r="3.5" />
              </g>
            </svg>
            <span>Strategigrafen</span>
          </Link>
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {/* the start and search views have their own, larger search box */}
          {location.pathname !== paths.start() && location.pathname !== '/sok' && <HeaderSearch />}
          <LanguageSwitch />
        </div>
        {navigation.state === 'loading' && <div className="route-progress" role="progressbar" aria-label={t('state.loading')} />}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.about')}</p>
      </footer>
    </div>
  );
}
