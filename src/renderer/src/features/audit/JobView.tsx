import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { ScopeList } from './ScopeList';
import { useWeek } from './useWeek';

export default function JobView() {
  const { t } = useTranslation();
  const week = useWeek();
  const lines = useApi('audit.responsibilities.list');
  const categories = useApi('audit.categories.list');
  const report = useApi('audit.report', { from: week.from, to: week.to, tz: week.tz });
  const paste = useApiMutation('audit.responsibilities.paste');
  const remove = useApiMutation('audit.responsibilities.delete');
  const mapCategory = useApiMutation('audit.categories.update');
  const [text, setText] = useState('');
  const names = new Map((categories.data ?? []).map((c) => [c.id, c.name]));
  const error = paste.error ?? remove.error ?? mapCategory.error;
  const oos = report.data?.metrics.outOfScope;
  return (
    <div className="stack" style={{ maxWidth: 1100 }}>
      <section className="card" aria-labelledby="job-h">
        <h2 id="job-h">{t('audit.job.title')}</h2>
        <p className="hint">{t('audit.job.hint')}</p>
        <label htmlFor="job-text">{t('audit.job.paste')}</label>
        <textarea id="job-text" value={text} maxLength={20000} onChange={(e) => setText(e.target.value)} rows={8} />
        <div className="actions">
          <button type="button" className="btn primary" disabled={!text.trim() || paste.isPending} onClick={() => paste.mutate({ text }, { onSuccess: () => setText('') })}>
            {t('audit.job.save')}
          </button>
          {(lines.data ?? []).length === 0 && (
            <button type="button" className="btn" onClick={() => setText(t('audit.job.example'))}>
              {t('audit.job.useExample')}
            </button>
          )}
        </div>
        {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
        {(lines.data ?? []).length > 0 && (
          <ol>
            {(lines.data ?? []).map((r) => (
              <li key={r.id}>
                {r.text}{' '}
                <button type="button" className="link-btn" onClick={() => remove.mutate({ id: r.id })} aria-label={t('audit.job.deleteLine', { line: r.text })}>
                  {t('audit.common.delete')}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="map-h">
        <h2 id="map-h">{t('audit.job.mapTitle')}</h2>
        <p className="hint">{t('audit.job.mapHint')}</p>
        <div className="form-grid">
          {(categories.data ?? [])
            .filter((c) => !c.archived)
            .map((c) => (
              <div key={c.id} style={{ display: 'contents' }}>
                <label htmlFor={`map-${c.id}`}>{c.name}</label>
                <select id={`map-${c.id}`} value={c.responsibilityId ?? ''} onChange={(e) => mapCategory.mutate({ id: c.id, responsibilityId: e.target.value ? Number(e.target.value) : null })}>
                  <option value="">{t('audit.categories.noLine')}</option>
                  {(lines.data ?? []).map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.text}
                    </option>
                  ))}
                </select>
              </div>
            ))}
        </div>
      </section>
      {oos && <ScopeList title={t('audit.job.outOfScope')} summary={oos} names={names} />}
    </div>
  );
}
