import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { CONTENT_STATUSES, STATUS_LABEL_KEYS, type ContentItem, type ContentStatus } from '../../../../shared/calendar/types';
import { useApi } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters } from '../../lib/locale';
import { BoardView } from './BoardView';
import { ExportsView } from './ExportsView';
import { FillPanel } from './FillPanel';
import { ItemEditor, type EditorTarget } from './ItemEditor';
import { MonthView } from './MonthView';
import { SessionDetail } from './SessionDetail';
import { SessionsView } from './SessionsView';
import { SettingsView } from './SettingsView';
import { WeekView } from './WeekView';
import { NO_FILTERS, addMonths, formatMonth, useLookups, useToday, type Filters, type Lookups } from './calendarUi';
import type { LocalDay } from '../../../../shared/time';
import './calendar.css';

const TABS = [
  { to: '/calendar', key: 'calendar.tab.month', end: true },
  { to: '/calendar/week', key: 'calendar.tab.week', end: false },
  { to: '/calendar/board', key: 'calendar.tab.board', end: false },
  { to: '/calendar/fill', key: 'calendar.tab.fill', end: false },
  { to: '/calendar/sessions', key: 'calendar.tab.sessions', end: false },
  { to: '/calendar/exports', key: 'calendar.tab.exports', end: false },
  { to: '/calendar/settings', key: 'calendar.tab.settings', end: false },
] as const;

function FilterBar({ filters, onChange, lookups }: { filters: Filters; onChange(f: Filters): void; lookups: Lookups }) {
  const { t } = useTranslation();
  const num = (v: string) => (v === '' ? null : Number(v));
  return (
    <div className="cal-filters" role="group" aria-label={t('calendar.filter.label')}>
      <label>
        <span>{t('calendar.field.channel')}</span>
        <select value={filters.channelId ?? ''} onChange={(e) => onChange({ ...filters, channelId: num(e.target.value) })}>
          <option value="">{t('calendar.filter.all')}</option>
          {lookups.channels.map((c) => (
            <option key={c.id} value={c.id}>
              {lookups.name(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('calendar.field.pillar')}</span>
        <select value={filters.pillarId ?? ''} onChange={(e) => onChange({ ...filters, pillarId: num(e.target.value) })}>
          <option value="">{t('calendar.filter.all')}</option>
          {lookups.pillars.map((p) => (
            <option key={p.id} value={p.id}>
              {lookups.name(p)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('calendar.field.status')}</span>
        <select value={filters.status ?? ''} onChange={(e) => onChange({ ...filters, status: e.target.value === '' ? null : (e.target.value as ContentStatus) })}>
          <option value="">{t('calendar.filter.all')}</option>
          {CONTENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_LABEL_KEYS[s])}
            </option>
          ))}
        </select>
      </label>
      {(filters.channelId !== null || filters.pillarId !== null || filters.status !== null) && (
        <button type="button" className="btn small" onClick={() => onChange(NO_FILTERS)}>
          {t('calendar.filter.clear')}
        </button>
      )}
    </div>
  );
}

function MonthNav({ month, onChange }: { month: string; onChange(m: string): void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const today = useToday();
  return (
    <div className="cal-toolbar">
      <button type="button" className="btn" aria-label={t('calendar.prevMonth')} onClick={() => onChange(addMonths(month, -1))}>
        ‹
      </button>
      <h2 className="cal-period month" aria-live="polite">
        {formatMonth(month, f.locale)}
      </h2>
      <button type="button" className="btn" aria-label={t('calendar.nextMonth')} onClick={() => onChange(addMonths(month, 1))}>
        ›
      </button>
      <button type="button" className="btn small" onClick={() => onChange(today.slice(0, 7))}>
        {t('calendar.thisMonth')}
      </button>
    </div>
  );
}

function SessionRoute({ lookups }: { lookups: Lookups }) {
  const { id } = useParams();
  return <SessionDetail id={Number(id)} lookups={lookups} />;
}

export default function CalendarPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const lookups = useLookups();
  const summary = useApi('calendar.summary');
  const [month, setMonth] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [editor, setEditor] = useState<EditorTarget | null>(null);

  useEffect(() => {
    if (month === null && summary.data) setMonth(summary.data.month);
  }, [month, summary.data]);

  const path = location.pathname;
  const showFilters = path === '/calendar' || path.startsWith('/calendar/week') || path.startsWith('/calendar/board');
  const showMonth = !path.startsWith('/calendar/week') && !path.startsWith('/calendar/settings') && !/^\/calendar\/sessions\/\d+/.test(path);
  const open = (item: ContentItem) => setEditor({ item });
  const create = (date: LocalDay | null) => setEditor({ newOn: date });

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.subtitle')}
        actions={
          <button type="button" className="btn primary" onClick={() => create(null)} aria-keyshortcuts="N">
            + {t('calendar.newItem')}
          </button>
        }
      />
      <nav className="cal-tabs" aria-label={t('calendar.tabsLabel')}>
        {TABS.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.end} className={({ isActive }) => (isActive ? 'cal-tab active' : 'cal-tab')}>
            {t(tab.key)}
          </NavLink>
        ))}
      </nav>
      {!lookups || !month ? (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <>
          {(showMonth || showFilters) && (
            <div className="cal-bar-row">
              {showMonth && <MonthNav month={month} onChange={setMonth} />}
              {showFilters && <FilterBar filters={filters} onChange={setFilters} lookups={lookups} />}
            </div>
          )}
          <Routes>
            <Route index element={<MonthView month={month} lookups={lookups} filters={filters} onOpen={open} onNew={create} />} />
            <Route path="week" element={<WeekView month={month} lookups={lookups} filters={filters} onOpen={open} onNew={create} />} />
            <Route path="board" element={<BoardView month={month} lookups={lookups} filters={filters} onOpen={open} />} />
            <Route path="fill" element={<FillPanel month={month} lookups={lookups} />} />
            <Route path="sessions" element={<SessionsView month={month} />} />
            <Route path="sessions/:id" element={<SessionRoute lookups={lookups} />} />
            <Route path="exports" element={<ExportsView month={month} />} />
            <Route path="settings" element={<SettingsView lookups={lookups} />} />
          </Routes>
        </>
      )}
      {editor && <ItemEditor key={'item' in editor ? editor.item.id : `new-${editor.newOn}`} target={editor} onClose={() => setEditor(null)} />}
    </>
  );
}
