import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** One tab of a feature's screen: its route, its catalogue key, whether it matches its route only exactly. */
export interface Tab {
  to: string;
  label: string;
  end: boolean;
}

/**
 * A feature's tabs as a labelled list of links, the current one marked (aria-current by NavLink).
 * `prefix` names the classes: `<prefix>-tabs` on the nav (plus `no-print` when asked), `<prefix>-tab`
 * and `active` on the links.
 */
export function TabNav({ tabs, prefix, label, noPrint = false }: { tabs: readonly Tab[]; prefix: string; label: string; noPrint?: boolean }) {
  const { t } = useTranslation();
  return (
    <nav className={noPrint ? `${prefix}-tabs no-print` : `${prefix}-tabs`} aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end} className={({ isActive }) => (isActive ? `${prefix}-tab active` : `${prefix}-tab`)}>
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
