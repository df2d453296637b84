export const NAV_ITEMS = [
  { to: '/', key: 'nav.today', icon: '◎' },
  { to: '/audit', key: 'nav.audit', icon: '◔' },
  { to: '/calendar', key: 'nav.calendar', icon: '▦' },
  { to: '/career', key: 'nav.career', icon: '↗' },
  { to: '/reports', key: 'nav.reports', icon: '▤' },
  { to: '/protocol', key: 'protocol.nav', icon: '⇄' },
  { to: '/charter', key: 'nav.charter', icon: '☾' },
  { to: '/veille', key: 'nav.veille', icon: '◉' },
  { to: '/settings', key: 'nav.settings', icon: '⚙' },
] as const;
