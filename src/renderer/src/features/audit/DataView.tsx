import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/audit';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { downloadText } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { IMPORT_ERROR_KEYS, sizedParams } from './importErrors';
import { userTimeZone } from '../../lib/locale';
import { useWeek } from './useWeek';
import { WeekNav } from './WeekNav';

type By = 'project' | 'tag' | 'description';
const BY_KEYS: Record<By, string> = { project: 'audit.data.byProject', tag: 'audit.data.byTag', description: 'audit.data.byDescription' };

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export default function DataView() {
  const { t } = useTranslation();
  const f = useFormatters();
  const week = useWeek();
  const categories = useApi('audit.categories.list');
  const preview = useApiMutation('audit.import.preview');
  const commit = useApiMutation('audit.import.commit');
  const csv = useApiMutation('audit.export.csv');
  const [by, setBy] = useState<By>('project');
  const [map, setMap] = useState<Record<string, number>>({});
  const [fallback, setFallback] = useState<number | null>(null);
  const [done, setDone] = useState<{ added: number; skipped: number } | null>(null);
  const [rawValues, setRawValues] = useState(false);
  const p: ImportPreview | undefined = preview.data;
  const usable = (categories.data ?? []).filter((c) => !c.archived);
  const unmapped = p ? p.sources[by].filter((s) => map[s.value] === undefined).length : 0;

  return (
    <div className="stack" style={{ maxWidth: 1000 }}>
      <section className="card" aria-labelledby="imp-h">
        <h2 id="imp-h">{t('audit.data.importTitle')}</h2>
        <p className="hint">{t('audit.data.importHint', { tz: userTimeZone() })}</p>
        <label htmlFor="imp-file">{t('audit.data.chooseFile')}</label>{' '}
        <input
          id="imp-file"
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const input = e.target;
            const chosen = input.files?.[0];
            setDone(null);
            setMap({});
            if (!chosen) return;
            const base64 = toBase64(new Uint8Array(await chosen.arrayBuffer()));
            // Choosing the same file again must read it again (and say it is already imported):
            // an input keeps its value, and the browser fires no change for the same file.
            input.value = '';
            // The file crosses the boundary once: the commit names the parsed file by its import id.
            preview.mutate({ base64, fileName: chosen.name, tz: userTimeZone() });
          }}
        />
        {preview.isError && <Notice kind="error">{errorMessage(t, preview.error)}</Notice>}
        {p && (
          <div style={{ marginTop: '1rem' }}>
            <p role="status">{t('audit.data.previewSummary', { format: p.format, rows: t('audit.data.rowCount', { count: p.rowCount }), fresh: t('audit.data.fresh', { count: p.newCount }), known: t('audit.data.known', { count: p.alreadyImported }) })}</p>
            {p.errors.length > 0 ? (
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
            ) : p.newCount === 0 ? (
              <Notice kind="info">{t('audit.data.nothingNew')}</Notice>
            ) : (
              <>
                <div className="form-grid">
                  <label htmlFor="imp-by">{t('audit.data.mapBy')}</label>
                  <select id="imp-by" value={by} onChange={(e) => (setBy(e.target.value as By), setMap({}))}>
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
                    { key: 'hours', header: t('audit.report.hours'), numeric: true, cell: (s) => f.number(s.minutes / 60) },
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
                    disabled={commit.isPending || (unmapped > 0 && fallback === null)}
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
        {done && <Notice kind="success">{t('audit.data.imported', { added: t('audit.data.added', { count: done.added }), skipped: t('audit.data.skipped', { count: done.skipped }) })}</Notice>}
      </section>
      <section className="card" aria-labelledby="exp-h">
        <h2 id="exp-h">{t('audit.data.exportTitle')}</h2>
        <WeekNav week={week} />
        <p className="hint">{t('audit.data.exportHint')}</p>
        <label className="inline">
          <input type="checkbox" checked={rawValues} onChange={(e) => setRawValues(e.target.checked)} aria-describedby="exp-raw-hint" /> {t('audit.data.keepRaw')}
        </label>
        <p className="hint" id="exp-raw-hint">
          {t('audit.data.keepRawHint')}
        </p>
        <div className="actions">
          {(['en', 'fr'] as const).map((lang) => (
            <button
              key={lang}
              type="button"
              className="btn"
              disabled={csv.isPending}
              onClick={() => csv.mutate({ from: week.from, to: week.to, tz: week.tz, language: lang, values: rawValues ? 'raw' : 'safe' }, { onSuccess: (r) => downloadText(r.fileName, r.content, 'text/csv;charset=utf-8') })}
            >
              {lang === 'fr' ? t('audit.data.exportCsvFr') : t('audit.data.exportCsvEn')}
            </button>
          ))}
        </div>
        {csv.isError && <Notice kind="error">{errorMessage(t, csv.error)}</Notice>}
      </section>
    </div>
  );
}
