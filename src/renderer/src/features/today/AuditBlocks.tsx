import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INTERRUPTION_CHANNELS, MODES } from '../../../../shared/domain';
import type { TodayOverview, WeekFigures } from '../../../../shared/contract/reports';
import { CHANNEL_LABEL, MODE_LABEL } from '../../../../shared/reports/labels';
import { lateEveningsSentence } from '../../../../shared/reports/weeklyReport';
import { useReportText } from '../../lib/reportText';
import type { ApiError } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { useFormatters } from '../../lib/locale';
import { Block } from './Block';

type Query = UseQueryResult<TodayOverview, ApiError>;

/** Today's deep versus reactive time, and a bar of every mode. */
export function TodayTimeBlock({ query }: { query: Query }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const d = query.data?.today;
  return (
    <Block id="today-time" title={t('today.time.title')} link={{ to: '/audit', label: t('today.time.link') }} query={query}>
      {d && d.trackedMinutes === 0 ? (
        <p className="today-empty">{t('today.time.empty')}</p>
      ) : (
        d && (
          <>
            <div className="big-figures">
              <p>
                <span className="big" data-testid="today-deep">{f.duration(d.deepMinutes)}</span>
                <span className="big-label"><span className="td-swatch" style={{ background: 'var(--deep)' }} aria-hidden="true" />{t('today.time.deep')}</span>
              </p>
              <p>
                <span className="big" data-testid="today-reactive">{f.duration(d.reactiveMinutes)}</span>
                <span className="big-label"><span className="td-swatch" style={{ background: 'var(--reactive)' }} aria-hidden="true" />{t('today.time.reactive')}</span>
              </p>
              <p>
                <span className="big" data-testid="today-tracked">{f.duration(d.trackedMinutes)}</span>
                <span className="big-label">{t('today.time.tracked')}</span>
              </p>
            </div>
            <div className="mode-bar" aria-hidden="true">
              {MODES.filter((m) => d.minutesByMode[m] > 0).map((m) => (
                <span key={m} style={{ flexGrow: d.minutesByMode[m], background: `var(--${m})` }} title={t(MODE_LABEL[m])} />
              ))}
            </div>
            <p className="hint">
              {MODES.filter((m) => d.minutesByMode[m] > 0)
                .map((m) => `${t(MODE_LABEL[m])} ${f.percent(d.minutesByMode[m] / d.trackedMinutes)}`)
                .join(' · ')}
            </p>
          </>
        )
      )}
    </Block>
  );
}

function change(now: number, before: number, f: ReturnType<typeof useFormatters>, kind: 'share' | 'number' | 'minutes'): string {
  const delta = now - before;
  if (Math.abs(delta) < 1e-9) return '=';
  const sign = delta > 0 ? '+' : '−';
  const v = Math.abs(delta);
  return sign + (kind === 'share' ? `${f.number(v * 100, 0)}\u00a0pt` : kind === 'minutes' ? f.duration(v) : f.number(v, 1));
}

/** This week so far against the whole of last week. */
export function WeekBlock({ query }: { query: Query }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const o = query.data;
  const rows = (w: WeekFigures, l: WeekFigures) => [
    { key: 'tracked', label: t('today.week.tracked'), a: f.duration(w.trackedMinutes), b: f.duration(l.trackedMinutes), c: change(w.trackedMinutes, l.trackedMinutes, f, 'minutes') },
    // a share of nothing tracked is no share (0 of 0 minutes): "not enough data yet", and no change
    ...(['deep', 'reactive'] as const).map((key) => {
      const share = (x: WeekFigures) => (x.trackedMinutes > 0 ? (key === 'deep' ? x.deepShare : x.reactiveShare) : null);
      const [a, b] = [share(w), share(l)];
      return { key, label: t(key === 'deep' ? 'today.week.deepShare' : 'today.week.reactiveShare'), a: a === null ? t('reports.fig.notEnoughData') : f.percent(a), b: b === null ? t('reports.fig.notEnoughData') : f.percent(b), c: a === null || b === null ? '—' : change(a, b, f, 'share') };
    }),
    { key: 'interruptions', label: t('today.week.interruptions'), a: f.number(w.interruptions, 0), b: f.number(l.interruptions, 0), c: change(w.interruptions, l.interruptions, f, 'number') },
    {
      key: 'fragmentation',
      label: t('today.week.fragmentation'),
      a: w.fragmentation === null ? t('reports.fig.notEnoughData') : f.number(w.fragmentation, 1),
      b: l.fragmentation === null ? t('reports.fig.notEnoughData') : f.number(l.fragmentation, 1),
      c: w.fragmentation === null || l.fragmentation === null ? '—' : change(w.fragmentation, l.fragmentation, f, 'number'),
    },
  ];
  return (
    <Block id="today-week" wide title={t('today.week.title')} link={{ to: '/reports/trend', label: t('today.week.link') }} query={query}>
      {o && o.thisWeek.trackedMinutes === 0 && o.lastWeek.trackedMinutes === 0 ? (
        <p className="today-empty">{t('today.week.empty')}</p>
      ) : (
        o && (
          <DataTable
            className="td-compact"
            labelledBy="today-week"
            rows={rows(o.thisWeek, o.lastWeek)}
            rowKey={(r) => r.key}
            rowProps={(r) => ({ 'data-testid': `week-${r.key}` })}
            columns={[
              { key: 'figure', header: t('today.week.figure'), srOnlyHeader: true, rowHeader: true, cell: (r) => r.label },
              { key: 'this', header: t('today.week.thisWeek'), cell: (r) => r.a },
              { key: 'last', header: t('today.week.lastWeek'), cell: (r) => r.b },
              { key: 'change', header: t('today.week.change'), className: 'muted', cell: (r) => r.c },
            ]}
          />
        )
      )}
    </Block>
  );
}

/** Today's interruptions by channel. */
export function InterruptionsBlock({ query }: { query: Query }) {
  const { t } = useTranslation();
  const d = query.data?.today;
  const max = d ? Math.max(1, ...INTERRUPTION_CHANNELS.map((c) => d.interruptionsByChannel[c])) : 1;
  return (
    <Block id="today-interruptions" title={t('today.interruptions.title')} link={{ to: '/audit', label: t('today.interruptions.link') }} query={query}>
      {d && d.interruptions === 0 ? (
        <p className="today-empty">{t('today.interruptions.empty')}</p>
      ) : (
        d && (
          <>
            <p className="lead" data-testid="today-interruptions-total">
              {t('today.interruptions.total', { n: d.interruptions })}
            </p>
            <ul className="channel-bars">
              {INTERRUPTION_CHANNELS.filter((c) => d.interruptionsByChannel[c] > 0).map((c) => (
                <li key={c} data-testid={`channel-${c}`}>
                  <span className="channel-name">{t(CHANNEL_LABEL[c])}</span>
                  <span className="channel-bar" aria-hidden="true">
                    <span style={{ width: `${(d.interruptionsByChannel[c] / max) * 100}%` }} />
                  </span>
                  <span className="channel-count">{d.interruptionsByChannel[c]}</span>
                </li>
              ))}
            </ul>
          </>
        )
      )}
    </Block>
  );
}

/**
 * Late evenings of the last 30 days (from the first tracked day on) against the yearly threshold
 * scaled to those days, in the same words as the audit's report (lateEveningsSentence).
 */
export function LateEveningsBlock({ query }: { query: Query }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { fmt, t: tr } = useReportText();
  const l = query.data?.lateEvenings;
  const over = l ? l.count > l.scaledThreshold : false;
  return (
    <Block id="today-late" title={t('today.late.title')} link={{ to: '/settings', label: t('today.late.link') }} query={query}>
      {l && (
        <>
          <p className="lead">
            <span className={over ? 'big td-warn' : 'big'} data-testid="late-count">
              {l.count}
            </span>{' '}
            <span data-testid="late-sentence">{lateEveningsSentence({ ...l, daysInPeriod: l.days }, fmt, tr)}</span>
          </p>
          <p>{t('today.late.threshold', { scaled: f.number(l.scaledThreshold, 1), days: l.days, threshold: l.threshold })}</p>
          <p className={over ? 'today-alert' : 'muted'}>{over ? t('today.late.over', { projection: f.number(l.projectionPerYear, 0) }) : t('today.late.under', { projection: f.number(l.projectionPerYear, 0) })}</p>
        </>
      )}
    </Block>
  );
}
