import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { NAV_ITEMS } from './nav';
import { TimerBar } from '../features/audit/TimerBar';
import { UndoProvider } from '../components/Undo';
import { QuickCapture } from '../features/calendar/QuickCapture';
import { ShortcutSheet } from './ShortcutSheet';
import { CaseCapture } from '../features/protocol/CaseCapture';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  // Move focus to the new page's content after navigation, for keyboard and screen-reader users;
  // not on the first screen, so that the first Tab reaches the skip link (issue 14).
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        {t('nav.skip')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">C</span>
          <span className="brand-name">Coulisses</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
                  <span className="nav-icon" aria-hidden="true">{item.icon}</span>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-foot">
          <button type="button" className="link-btn" aria-keyshortcuts="?" onClick={() => window.dispatchEvent(new CustomEvent('coulisses:shortcuts'))}>
            {t('shortcuts.open')}
          </button>
          <p>{t('app.tagline')}</p>
        </div>
      </aside>
      <div className="content">
        <TimerBar />
        <QuickCapture />
        <ShortcutSheet />
        <CaseCapture />
        <main id="main" ref={mainRef} tabIndex={-1} className="main">
          <UndoProvider>{children}</UndoProvider>
        </main>
      </div>
    </div>
  );
}
