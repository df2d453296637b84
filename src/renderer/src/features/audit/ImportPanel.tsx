import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOptionsInput, ImportPreview } from '../../../../shared/contract/audit';
import { TIME_COLUMN_ROLES } from '../../../../shared/import/timeColumns';
import { addDays, localDayAt, localWallTimeToInstant } from '../../../../shared/time';
import { useApi, useApiMutation } from '../../api/hooks';
import { ColumnMapper } from '../../components/ColumnMapper';
import { DateField } from '../../components/fields/DateField';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { fileToBase64 } from '../../lib/files';
import { useFormatters, userTimeZone } from '../../lib/locale';
import { DATE_HINT_KEYS, IMPORT_ERROR_KEYS, IMPORT_NOTICE_KEYS, ROLE_KEYS, sizedParams } from './importErrors';

type By = 'project' | 'tag' | 'description';
const BY_KEYS: Record<By, string> = { project: 'audit.data.byProject', tag: 'audit.data.byTag', description: 'audit.data.byDescription' };

/** The user's local day of an instant, and the instant a local day starts (the calendar's period is in local days). */
const isoDay = (ms: number) => localDayAt(ms, userTimeZone());
const dayStart = (day: string) => localWallTimeToInstant(day, 0, userTimeZone());

/** The import card: choose a file, answer the preview's questions, map to categories, import. */
export function ImportPanel() {
  const { t } = useTranslation();
  const f = useFormatters();
  const categories = useApi('audit.categories.list');
  const preview = useApiMutation('audit.import.preview');
  const commit = useApiMutation('audit.import.commit');
  const [by, setBy] = useState<By>('project');
  const [map, setMap] = useState<Record<string, number>>({});
  const [fallback, setFallback] = useState<number | null>(null);
  const [options, setOptions] = useState<ImportOptionsInput>({});
  const [columns, setColumns] = useState<Partial<Record<string, number>> | null>(null);
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const [done, setDone] = useState<{ added: number; updated: number; replaced: number; skipped: number } | null>(null);
  const p: ImportPreview | undefined = preview.data;
  const usable = (categories.data ?? []).filter((c) => !c.archived);

  // A new preview offers its suggestions: categories remembered or of the same name, the meeting category for calendars.
  useEffect(() => {
    if (!p) return;
    setMap(p.suggested[by]);
    if (p.suggestedFallback !== null) setFallback((f0) => f0 ?? p.suggestedFallback);
    if (p.needsColumns) setColumns((c) => c ?? p.needsColumns!.suggested);
    if (p.period) setPeriod((old) => old ?? { from: isoDay(p.period!.from), to: isoDay(p.period!.to - 1) });
  }, [p, by]);

  const rerun = (change: ImportOptionsInput) => {
    if (!p) return;
    const next = { ...options, ...change };
    setOptions(next);
    setDone(null);
    preview.mutate({ importId: p.importId, options: next });
  };
  const unmapped = p ? p.sources[by].filter((s) => map[s.value] === undefined).length : 0;
  const dates = (samples: { dmy: string | null; mdy: string | null }[], order: 'dmy' | 'mdy') =>
    samples
      .map((s) => s[order])
      .filter((d): d is string => d !== null)
      .map((d) => f.date(Date.parse(`${d}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }))
      .join(' · ');
  const showColumns = p && (p.needsColumns || (columns && p.format === 'custom'));

  return (
    <section className="card" aria-labelledby="imp-h">
      <h2 id="imp-h">{t('audit.data.importTitle')}</h2>
      <p className="hint">{t('audit.data.importHint', { tz: userTimeZone() })}</p>
      <label htmlFor="imp-file">{t('audit.data.chooseFile')}</label>{' '}
      <input
        id="imp-file"
        type="file"
        accept=".csv,.txt,.tsv,.ics,text/csv,text/calendar"
        onChange={async (e) => {
          const input = e.target;
          const chosen = input.files?.[0];
          setDone(null);
          setMap({});
          setOptions({});
          setColumns(null);
          setPeriod(null);
          setFallback(null);
          if (!chosen) return;
          const base64 = await fileToBase64(chosen);
          // Choosing the same file again must read it again (and say it is already imported):
          // an input keeps its value, and the browser fires no change for the same file.
          input.value = '';
          // The file crosses the boundary once: re-runs and the commit name it by its import id.
          preview.mutate({ base64, fileName: chosen.name, tz: userTimeZone() });
        }}
      />
      {preview.isError && <Notice kind="error">{errorMessage(t, preview.error)}</Notice>}
      {p && (
        <div className="stack" style={{ marginTop: '1rem' }}>
          <p role="status">
            {t('audit.data.previewSummary', { format: p.format, rows: t('audit.data.rowCount', { count: p.rowCount }), fresh: t('audit.data.fresh', { count: p.newCount }), known: t('audit.data.known', { count: p.alreadyImported }) })}
            {p.updateCount > 0 && ` ${t('audit.data.previewUpdated', { updated: p.updateCount })}`}
          </p>

          {p.encodingCandidates.length > 1 && (
            <fieldset>
              <legend>{t('audit.data.encodingTitle')}</legend>
              <p className="hint">{t('audit.data.encodingHint')}</p>
              {p.encodingCandidates.map((c) => (
                <label key={c.encoding} className="radio">
                  <input type="radio" name="imp-encoding" checked={(options.encoding ?? p.encoding) === c.encoding} onChange={() => rerun({ encoding: c.encoding })} /> <code>{c.encoding}</code> — {c.sample}
                </label>
              ))}
            </fieldset>
          )}

          {p.dateQuestion && (
            <fieldset>
              <legend>{t('audit.data.dateOrderTitle')}</legend>
              <p className="hint">
                {t('audit.data.dateOrderHint')} {t(DATE_HINT_KEYS[p.dateQuestion.hint] ?? 'audit.data.dateOrderHint_default')}
              </p>
              <label className="radio">
                <input type="radio" name="imp-date-order" checked={p.dateOrder === 'dmy'} onChange={() => rerun({ dateOrder: 'dmy' })} /> {t('audit.data.dayFirst', { dates: dates(p.dateQuestion.samples, 'dmy') })}
              </label>
              <label className="radio">
                <input type="radio" name="imp-date-order" checked={p.dateOrder === 'mdy'} onChange={() => rerun({ dateOrder: 'mdy' })} /> {t('audit.data.monthFirst', { dates: dates(p.dateQuestion.samples, 'mdy') })}
              </label>
            </fieldset>
          )}

          {p.savedColumns && <Notice kind="info">{t('audit.data.columnsSaved')}</Notice>}
          {showColumns && p.header && columns && (
            <fieldset>
              <legend>{t('audit.data.columnsTitle')}</legend>
              <p className="hint">{t('audit.data.columnsHint')}</p>
              <ColumnMapper
                names={p.header.names}
                samples={p.header.samples}
                roles={TIME_COLUMN_ROLES.map((role) => ({ role, label: t(ROLE_KEYS[role]) }))}
                value={columns}
                onChange={setColumns}
                noneLabel={t('audit.data.noColumn')}
                samplesCaption={t('audit.data.columnSamples')}
              />
              <div className="actions">
                <button type="button" className="btn" onClick={() => rerun({ columns: columns as Record<string, number> })}>
                  {t('audit.data.useColumns')}
                </button>
              </div>
            </fieldset>
          )}
          {p.kind === 'csv' && p.header && !showColumns && p.errors.length === 0 && (
            <div className="actions">
              <button type="button" className="btn" onClick={() => setColumns(p.columns ?? p.needsColumns?.suggested ?? {})}>
                {t('audit.data.changeColumns')}
              </button>
            </div>
          )}
          {columns && !showColumns && p.format !== 'custom' && p.header && (
            <fieldset>
              <legend>{t('audit.data.columnsTitle')}</legend>
              <ColumnMapper names={p.header.names} samples={p.header.samples} roles={TIME_COLUMN_ROLES.map((role) => ({ role, label: t(ROLE_KEYS[role]) }))} value={columns} onChange={setColumns} noneLabel={t('audit.data.noColumn')} samplesCaption={t('audit.data.columnSamples')} />
              <div className="actions">
                <button type="button" className="btn" onClick={() => rerun({ columns: columns as Record<string, number> })}>
                  {t('audit.data.useColumns')}
                </button>
              </div>
            </fieldset>
          )}

          {p.kind === 'ics' && period && (
            <fieldset>
              <legend>{t('audit.data.periodTitle')}</legend>
              <div className="form-grid">
                <DateField id="imp-from" label={t('audit.data.periodFrom')} value={period.from || null} onChange={(day) => setPeriod({ ...period, from: day ?? '' })} isRequired />
                <DateField id="imp-to" label={t('audit.data.periodTo')} value={period.to || null} onChange={(day) => setPeriod({ ...period, to: day ?? '' })} isRequired />
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="btn"
                  disabled={!period.from || !period.to || period.to < period.from}
                  onClick={() => rerun({ period: { from: dayStart(period.from), to: dayStart(addDays(period.to, 1)) } })}
                >
                  {t('audit.data.applyPeriod')}
                </button>
              </div>
              <p className="hint">{t('audit.data.meetingsFallback')}</p>
            </fieldset>
          )}

          {p.errors.length > 0 && (
            <Notice kind="error">
              <p>{t('audit.data.hasErrors', { count: p.errors.length })}</p>
              <ul className="error-list">
                {p.errors.slice(0, 200).map((err, i) => (
                  <li key={i}>
                    {err.line > 0 ? `${t('audit.data.line', { line: err.line })} ` : ''}
                    {t(IMPORT_ERROR_KEYS[err.code] ?? 'audit.importErrors.internal_error', sizedParams(err.params ?? {}, f.locale, t))}
                  </li>
                ))}
              </ul>
            </Notice>
          )}

          {p.notices.length > 0 && (
            <details className="notices">
              <summary>{t('audit.data.noticesTitle', { count: p.notices.length })}</summary>
              <ul>
                {p.notices.slice(0, 200).map((n, i) => (
                  <li key={i}>
                    {n.line > 0 ? `${t('audit.data.line', { line: n.line })} ` : ''}
                    {t(IMPORT_NOTICE_KEYS[n.code] ?? 'audit.importErrors.internal_error', { ...(n.params ?? {}) })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {p.longRows.length > 0 && <Notice kind="info">{t('audit.data.longRows', { count: p.longRows.length, lines: p.longRows.slice(0, 20).map((r) => r.line).join(', ') })}</Notice>}
          {p.inFileOverlaps.length > 0 && <Notice kind="info">{t('audit.data.inFileOverlaps', { count: p.inFileOverlaps.length })}</Notice>}
          {p.overlaps.length > 0 && (
            <fieldset>
              <legend>{t('audit.data.overlapsTitle', { count: p.overlaps.length })}</legend>
              <ul>
                {p.overlaps.slice(0, 20).map((o) => (
                  <li key={o.line}>{t('audit.data.overlapRow', { line: o.line, start: f.dateTime(o.start), end: f.time(o.end) })}</li>
                ))}
              </ul>
              <label className="radio">
                <input type="radio" name="imp-overlap" checked={p.overlapPolicy === 'skip'} onChange={() => rerun({ overlap: 'skip' })} /> {t('audit.data.overlapSkip')}
              </label>
              <label className="radio">
                <input type="radio" name="imp-overlap" checked={p.overlapPolicy === 'replace'} onChange={() => rerun({ overlap: 'replace' })} /> {t('audit.data.overlapReplace', { count: p.overlapPolicy === 'replace' ? p.replacedCount : p.overlaps.reduce((n, o) => n + o.existing.length, 0) })}
              </label>
            </fieldset>
          )}

          {p.errors.length === 0 && !p.needsColumns && p.newCount === 0 && <Notice kind="info">{t('audit.data.nothingNew')}</Notice>}
          {p.errors.length === 0 && !p.needsColumns && p.newCount > 0 && (
            <>
              <div className="form-grid">
                <label htmlFor="imp-by">{t('audit.data.mapBy')}</label>
                <select id="imp-by" value={by} onChange={(e) => setBy(e.target.value as By)}>
                  {(['project', 'tag', 'description'] as const).map((k) => (
                    <option key={k} value={k}>
                      {t(BY_KEYS[k])}
                    </option>
                  ))}
                </select>
              </div>
              <DataTable
                rows={p.sources[by]}
                rowKey={(s) => s.value}
                columns={[
                  { key: 'value', header: t(BY_KEYS[by]), cell: (s) => s.value || <span className="muted">{t('audit.data.emptyValue')}</span> },
                  { key: 'rows', header: t('audit.data.rows'), numeric: true, cell: (s) => s.rows },
                  { key: 'hours', header: t('reports.col.time'), numeric: true, cell: (s) => f.duration(s.minutes) },
                  {
                    key: 'category',
                    header: t('audit.entry.category'),
                    cell: (s) => (
                      <select
                        aria-label={t('audit.data.categoryFor', { value: s.value || t('audit.data.emptyValue') })}
                        value={map[s.value] ?? ''}
                        onChange={(e) => {
                          const next = { ...map };
                          if (e.target.value) next[s.value] = Number(e.target.value);
                          else delete next[s.value];
                          setMap(next);
                        }}
                      >
                        <option value="">{t('audit.data.useFallback')}</option>
                        {usable.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                      </select>
                    ),
                  },
                ]}
              />
              <div className="form-grid">
                <label htmlFor="imp-fallback">{t('audit.data.fallback')}</label>
                <select id="imp-fallback" value={fallback ?? ''} onChange={(e) => setFallback(e.target.value ? Number(e.target.value) : null)}>
                  <option value="">{t('audit.data.noFallback')}</option>
                  {usable.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="btn primary"
                  disabled={commit.isPending || preview.isPending || (unmapped > 0 && fallback === null)}
                  onClick={() => commit.mutate({ importId: p.importId, mapping: { by, map, fallbackCategoryId: fallback } }, { onSuccess: (r) => (setDone(r), preview.reset()) })}
                >
                  {t('audit.data.importButton', { count: p.newCount })}
                </button>
                {unmapped > 0 && fallback === null && <span className="hint">{t('audit.data.mapEverything')}</span>}
              </div>
            </>
          )}
        </div>
      )}
      {commit.isError && <Notice kind="error">{errorMessage(t, commit.error)}</Notice>}
      {done && (
        <Notice kind="success">
          {t('audit.data.imported', {
            parts: [
              t('audit.data.added', { count: done.added }),
              ...(done.updated ? [t('audit.data.updated', { count: done.updated })] : []),
              ...(done.replaced ? [t('audit.data.replaced', { count: done.replaced })] : []),
              ...(done.skipped ? [t('audit.data.skipped', { count: done.skipped })] : []),
            ].join(', '),
          })}
        </Notice>
      )}
    </section>
  );
}
