import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SLOT_CHANNEL_LABEL } from '../../../../shared/charter/catalogue';
import { channelRows, complianceMarkdown, yearToDateHeading, dayHead, dayRow, definitionLines, requesterRows } from '../../../../shared/charter/complianceText';
import { addDays, addMonthsToMonth, firstDayOfMonth, localWallTimeToInstant, monthOf, startOfWeek } from '../../../../shared/time';
import { useApi } from '../../api/hooks';
import { DataTable, TextTable, type Column } from '../../components/DataTable';
import type { ComplianceDay } from '../../../../shared/contract/charter';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useLocalDay } from '../../lib/localDay';
import { useFormatters } from '../../lib/locale';
import { useReportText } from '../../lib/reportText';
import { ReportActions } from '../reports/ReportActions';
import { ComplianceFigures, InForceLine } from './ComplianceFigures';

type Kind = 'week' | 'month';

/** The first day of the period holding `day` and the first day after it. */
function periodDays(kind: Kind, day: string, weekStartsOn: 0 | 1): { first: string; next: string } {
  if (kind === 'week') {
    const first = startOfWeek(day, weekStartsOn);
    return { first, next: addDays(first, 7) };
  }
  const month = monthOf(day);
  return { first: firstDayOfMonth(month), next: firstDayOfMonth(addMonthsToMonth(month, 1)) };
}

/** How the charter was kept over a week or a month, day by day, beside the year to date; exported for management. */
export function ComplianceTab() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { fmt, t: tr, tz } = useReportText();
  const today = useLocalDay(tz);
  const [kind, setKind] = useState<Kind>('week');
  // null: the current week or month, which moves on at midnight with `today`
  const [chosen, setAnchor] = useState<string | null>(null);
  const anchor = chosen ?? today;
  const { first, next } = periodDays(kind, anchor, f.weekStartsOn);
  const input = { from: localWallTimeToInstant(first, 0, tz), to: localWallTimeToInstant(next, 0, tz), tz };
  const query = useApi('charter.compliance', input);
  const c = query.data;
  const move = (step: number) => setAnchor(kind === 'week' ? addDays(first, 7 * step) : firstDayOfMonth(addMonthsToMonth(monthOf(first), step)));
  const label = f.dayRange(first, addDays(next, -1));

  return (
    <div className="report-screen comp-screen">
      <div className="card report-controls no-print">
        <div className="comp-controls">
          <div className="comp-kind">
            <label htmlFor="comp-kind">{t('charter.comp.show')}</label>
            <select id="comp-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="week">{t('charter.comp.week')}</option>
              <option value="month">{t('charter.comp.month')}</option>
            </select>
          </div>
          <div className="comp-nav">
            <button type="button" className="btn" onClick={() => move(-1)} aria-label={kind === 'week' ? t('charter.comp.prevWeek') : t('charter.comp.prevMonth')} title={kind === 'week' ? t('charter.comp.prevWeek') : t('charter.comp.prevMonth')}>
              <span aria-hidden="true">←</span>
            </button>
            <span className="period-label" aria-live="polite" data-testid="comp-period">
              {label}
            </span>
            <button type="button" className="btn" onClick={() => move(1)} aria-label={kind === 'week' ? t('charter.comp.nextWeek') : t('charter.comp.nextMonth')} title={kind === 'week' ? t('charter.comp.nextWeek') : t('charter.comp.nextMonth')}>
              <span aria-hidden="true">→</span>
            </button>
          </div>
          <button type="button" className="btn" onClick={() => setAnchor(null)} disabled={first === periodDays(kind, today, f.weekStartsOn).first}>
            {kind === 'week' ? t('charter.comp.thisWeek') : t('charter.comp.thisMonth')}
          </button>
        </div>
        <ReportActions fileName={`coulisses-charter-compliance-${first}.md`} markdown={() => complianceMarkdown(c!, t('charter.comp.title'), fmt, tr)} disabled={!c} />
      </div>
      {query.error && <Notice kind="error">{errorMessage(t, query.error)}</Notice>}
      {!c ? (
        !query.error && <p className="loading" role="status">{t('common.loading')}</p>
      ) : (
        <article className="report-doc" aria-labelledby="comp-title">
          <header className="report-head">
            <p className="report-kicker">Coulisses</p>
            <h2 id="comp-title">{t('charter.comp.title')}</h2>
            <p className="report-period">
              <strong>{t('charter.report.period')}</strong> {label}
            </p>
            <InForceLine compliance={c} />
          </header>
          {c.trackingSince === null && <Notice kind="info">{t('charter.comp.nothingTracked')}</Notice>}
          <section className="report-section" aria-labelledby="comp-figures">
            <h3 id="comp-figures">{t('charter.comp.figures')}</h3>
            <ComplianceFigures compliance={c} labelledBy="comp-figures" />
            {c.fallbackChannels.length > 0 && <p className="hint">{t('charter.slots.fallback', { channels: c.fallbackChannels.map((ch) => t(SLOT_CHANNEL_LABEL[ch])).join(', ') })}</p>}
          </section>
          <section className="report-section" aria-labelledby="comp-days">
            <h3 id="comp-days">{t('charter.comp.byDay')}</h3>
            <DataTable
              className="report-table comp-days"
              labelledBy="comp-days"
              scroll
              rows={c.period.days}
              rowKey={(d) => d.day}
              rowProps={(d) => ({ className: d.future ? 'future' : undefined, 'data-testid': `comp-day-${d.day}` })}
              columns={dayHead(tr).map((h, j): Column<ComplianceDay> => ({
                key: String(j),
                header: h,
                rowHeader: j === 0,
                className: j === 7 ? (d) => (d.counted ? (d.kept ? 'kept' : 'breach') : undefined) : undefined,
                cell: (d) => dayRow(d, fmt, tr)[j],
              }))}
            />
          </section>
          <div className="comp-two">
            <section className="report-section" aria-labelledby="comp-channels">
              <h3 id="comp-channels">{t('charter.comp.byChannel')}</h3>
              <TextTable className="report-table" labelledBy="comp-channels" head={[t('charter.doc.channel'), t('charter.fig.period'), yearToDateHeading(c, fmt, tr)]} rows={channelRows(c, fmt, tr)} />
              {c.period.outside.notMeasured > 0 && <p className="hint">{t('charter.comp.notMeasured', { count: c.period.outside.notMeasured })}</p>}
            </section>
            <section className="report-section" aria-labelledby="comp-who">
              <h3 id="comp-who">{t('charter.comp.byRequester')}</h3>
              <TextTable className="report-table" labelledBy="comp-who" head={[t('charter.comp.requester'), t('charter.comp.contacts')]} rows={requesterRows(c.period, fmt, tr)} empty={<p className="muted">{t('charter.comp.noContact')}</p>} />
            </section>
          </div>
          {c.period.exceptions.list.length > 0 && (
            <section className="report-section" aria-labelledby="comp-exc">
              <h3 id="comp-exc">{t('charter.report.exceptions')}</h3>
              <TextTable className="report-table" labelledBy="comp-exc" head={[t('charter.day.day'), t('charter.exc.reason'), t('charter.exc.recovery')]} rows={c.period.exceptions.list.map((e) => [fmt.civil(e.day), e.reason, fmt.duration(e.recoveryMinutes)])} />
            </section>
          )}
          <section className="report-section" aria-labelledby="comp-defs">
            <h3 id="comp-defs">{t('charter.comp.definitions')}</h3>
            <ul>
              {definitionLines(tr).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </section>
          <footer className="report-foot">{t('reports.generatedOn', { date: fmt.date(c.now) })}</footer>
        </article>
      )}
    </div>
  );
}
