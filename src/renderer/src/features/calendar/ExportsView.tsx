import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SKIP_REASON_KEYS,
  exportBuffer,
  exportGenericCsv,
  exportHootsuite,
  exportMonthMarkdown,
  genericCsvHeaders,
  publishIcsEvents,
  sessionIcsEvents,
  type ExportResult,
} from '../../../../shared/calendar';
import { buildIcs } from '../../../../shared/ics';
import { useApi } from '../../api/hooks';
import { downloadText } from '../../lib/download';
import { useFormatters } from '../../lib/locale';
import { formatMonth } from './calendarUi';

type Kind = 'ics' | 'buffer' | 'hootsuite' | 'csv' | 'markdown';

const MIME: Record<Kind, string> = {
  ics: 'text/calendar;charset=utf-8',
  buffer: 'text/csv;charset=utf-8',
  hootsuite: 'text/csv;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
};

/** Exports for schedulers and calendars; each one says what it left out and why. */
export function ExportsView({ month }: { month: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const data = useApi('calendar.exportData', { month });
  const [withPublish, setWithPublish] = useState(false);
  const [rawValues, setRawValues] = useState(false);
  const [dateOrder, setDateOrder] = useState<'dmy' | 'mdy'>(i18n.language === 'fr' ? 'dmy' : 'mdy');
  const [last, setLast] = useState<{ kind: Kind; result: ExportResult } | null>(null);
  const locale = i18n.language === 'fr' ? 'fr' : 'en';
  const tr = (key: string, params?: Record<string, unknown>) => t(key, params ?? {});

  const run = (kind: Kind) => {
    const d = data.data;
    if (!d) return;
    let result: ExportResult;
    const values = rawValues ? 'raw' : 'safe';
    if (kind === 'ics') {
      const events = [...sessionIcsEvents(d.sessions, d.ritual, { t: tr, locale, ritualFrom: `${month}-01`, ritualTz: d.tz }), ...(withPublish ? publishIcsEvents(d.items, { channels: d.channels, t: tr }) : [])];
      result = { files: [{ name: `coulisses-${month}.ics`, content: buildIcs(events, { now: d.now, calName: t('calendar.export.calName') }) }], skipped: [] };
    } else if (kind === 'buffer') result = exportBuffer(d.items, d.channels, d.tz, { now: d.now, values });
    else if (kind === 'hootsuite') result = exportHootsuite(d.items, d.channels, d.tz, { dateOrder, now: d.now, values });
    else if (kind === 'csv') result = exportGenericCsv(d.items, { channels: d.channels, formats: d.formats, pillars: d.pillars, t: tr }, { locale, headers: genericCsvHeaders(tr), fileName: `coulisses-${month}.csv`, values });
    else result = exportMonthMarkdown({ month, weekStartsOn: f.weekStartsOn, tz: d.tz, locale, channels: d.channels, formats: d.formats, pillars: d.pillars, items: d.items, t: tr });
    result.files.forEach((file, i) => setTimeout(() => downloadText(file.name, file.content, MIME[kind]), i * 150));
    setLast({ kind, result });
  };

  const itemTitle = (id: number) => data.data?.items.find((i) => i.id === id)?.title ?? `#${id}`;

  return (
    <div className="stack">
      <p className="lead">{t('calendar.export.intro', { month: formatMonth(month, f.locale), count: data.data?.items.length ?? 0 })}</p>
      <div>
        <label className="inline">
          <input type="checkbox" checked={rawValues} onChange={(e) => setRawValues(e.target.checked)} aria-describedby="ex-raw-hint" /> {t('calendar.export.keepRaw')}
        </label>
        <p className="hint" id="ex-raw-hint">
          {t('calendar.export.keepRawHint')}
        </p>
      </div>
      <div className="grid-2">
        <section className="card" aria-labelledby="ex-ics">
          <h2 id="ex-ics">{t('calendar.export.icsTitle')}</h2>
          <p className="hint">{t('calendar.export.icsHint')}</p>
          <label className="inline">
            <input type="checkbox" checked={withPublish} onChange={(e) => setWithPublish(e.target.checked)} /> {t('calendar.export.icsWithPublish')}
          </label>
          <div className="actions">
            <button type="button" className="btn primary" onClick={() => run('ics')}>
              {t('calendar.export.icsButton')}
            </button>
          </div>
        </section>
        <section className="card" aria-labelledby="ex-buffer">
          <h2 id="ex-buffer">{t('calendar.export.bufferTitle')}</h2>
          <p className="hint">{t('calendar.export.bufferHint')}</p>
          <div className="actions">
            <button type="button" className="btn primary" onClick={() => run('buffer')}>
              {t('calendar.export.bufferButton')}
            </button>
          </div>
        </section>
        <section className="card" aria-labelledby="ex-hoot">
          <h2 id="ex-hoot">{t('calendar.export.hootsuiteTitle')}</h2>
          <p className="hint">{t('calendar.export.hootsuiteHint')}</p>
          <div className="inline">
            <label htmlFor="hoot-order">{t('calendar.export.dateOrder')}</label>
            <select id="hoot-order" value={dateOrder} onChange={(e) => setDateOrder(e.target.value as 'dmy' | 'mdy')}>
              <option value="dmy">{t('calendar.export.dmy')}</option>
              <option value="mdy">{t('calendar.export.mdy')}</option>
            </select>
          </div>
          <div className="actions">
            <button type="button" className="btn primary" onClick={() => run('hootsuite')}>
              {t('calendar.export.hootsuiteButton')}
            </button>
          </div>
        </section>
        <section className="card" aria-labelledby="ex-csv">
          <h2 id="ex-csv">{t('calendar.export.csvTitle')}</h2>
          <p className="hint">{t('calendar.export.csvHint')}</p>
          <div className="actions">
            <button type="button" className="btn primary" onClick={() => run('csv')}>
              {t('calendar.export.csvButton')}
            </button>
            <button type="button" className="btn" onClick={() => run('markdown')}>
              {t('calendar.export.markdownButton')}
            </button>
          </div>
        </section>
      </div>
      {last && (
        <section className="card" aria-labelledby="ex-result" role="status">
          <h2 id="ex-result">{t('calendar.export.resultTitle', { count: last.result.files.length })}</h2>
          {last.result.files.length === 0 && <p>{t('calendar.export.noFile')}</p>}
          <ul>
            {last.result.files.map((file) => (
              <li key={file.name}>
                <code>{file.name}</code>
              </li>
            ))}
          </ul>
          {last.result.skipped.length === 0 ? (
            <p className="muted">{t('calendar.export.nothingLeftOut')}</p>
          ) : (
            <>
              <h3>{t('calendar.export.leftOut', { count: last.result.skipped.length })}</h3>
              <ul className="cal-skipped">
                {last.result.skipped.map((s) => (
                  <li key={`${s.itemId}-${s.reason}`}>
                    <strong>{itemTitle(s.itemId)}</strong> — {t(SKIP_REASON_KEYS[s.reason], { ...s.params })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {last.kind === 'ics' && !withPublish && <p className="hint">{t('calendar.export.icsNoPublish')}</p>}
          {(last.result.neutralised ?? 0) > 0 && <p className="hint">{t('calendar.export.neutralised', { count: last.result.neutralised })}</p>}
        </section>
      )}
    </div>
  );
}
