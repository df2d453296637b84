import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitJobDescription, suggestResponsibilities } from '../../../../shared/audit/jobDescription';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { ScopeList } from './ScopeList';
import { useWeek } from './useWeek';

/**
 * The job description: paste it (title and heading lines are recognised and left out unless the
 * user keeps them), then link each category to a line, with a suggested line per category that
 * one click (or one for all) accepts. Until a category is linked, out-of-scope time is "not
 * mapped yet".
 */
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
  // lines the user chose to keep or leave out, by text; by default headings are left out
  const [choice, setChoice] = useState<Record<string, boolean>>({});
  const parsed = useMemo(() => splitJobDescription(text), [text]);
  const kept = parsed.filter((l) => choice[l.text] ?? !l.heading);
  const headings = parsed.filter((l) => l.heading).length;
  const names = new Map((categories.data ?? []).map((c) => [c.id, c.name]));
  const lineText = new Map((lines.data ?? []).map((r) => [r.id, r.text]));
  const suggestions = useMemo(() => suggestResponsibilities(categories.data ?? [], lines.data ?? []), [categories.data, lines.data]);
  const error = paste.error ?? remove.error ?? mapCategory.error;
  const oos = report.data?.metrics.outOfScope;
  const acceptAll = async () => {
    for (const [id, responsibilityId] of suggestions) await mapCategory.mutateAsync({ id, responsibilityId }).catch(() => undefined);
  };
  return (
    <div className="stack" style={{ maxWidth: 1100 }}>
      <section className="card" aria-labelledby="job-h">
        <h2 id="job-h">{t('audit.job.title')}</h2>
        <p className="hint">{t('audit.job.hint')}</p>
        <label htmlFor="job-text">{t('audit.job.paste')}</label>
        <textarea
          id="job-text"
          value={text}
          maxLength={20000}
          onChange={(e) => {
            setText(e.target.value);
            setChoice({});
          }}
          rows={8}
        />
        {parsed.length > 0 && (
          <fieldset className="plain job-preview">
            <legend>{t('audit.job.preview', { kept: kept.length, total: parsed.length })}</legend>
            {headings > 0 && <p className="hint">{t('audit.job.headingsHint', { n: headings })}</p>}
            <ul>
              {parsed.map((l, i) => (
                <li key={l.text}>
                  <label>
                    <input type="checkbox" checked={choice[l.text] ?? !l.heading} onChange={(e) => setChoice((c) => ({ ...c, [l.text]: e.target.checked }))} data-testid={`job-line-${i}`} />
                    <span className={l.heading ? 'muted' : undefined}>{l.text}</span>
                    {l.heading && <span className="badge warn">{t('audit.job.heading')}</span>}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <div className="actions">
          <button
            type="button"
            className="btn primary"
            disabled={kept.length === 0 || paste.isPending}
            onClick={() => paste.mutate({ text: kept.map((l) => l.text).join('\n') }, { onSuccess: () => setText('') })}
          >
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
        {suggestions.size > 0 && (
          <div className="actions">
            <button type="button" className="btn primary" disabled={mapCategory.isPending} onClick={() => void acceptAll()}>
              {t('audit.job.acceptAll', { n: suggestions.size })}
            </button>
          </div>
        )}
        <div className="form-grid job-map">
          {(categories.data ?? [])
            .filter((c) => !c.archived)
            .map((c) => {
              const suggested = suggestions.get(c.id);
              return (
                <div key={c.id} style={{ display: 'contents' }}>
                  <label htmlFor={`map-${c.id}`}>{c.name}</label>
                  <div className="job-map-row">
                    <select id={`map-${c.id}`} value={c.responsibilityId ?? ''} onChange={(e) => mapCategory.mutate({ id: c.id, responsibilityId: e.target.value ? Number(e.target.value) : null })}>
                      <option value="">{t('audit.categories.noLine')}</option>
                      {(lines.data ?? []).map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.text}
                        </option>
                      ))}
                    </select>
                    {suggested !== undefined && (
                      <span className="job-suggestion">
                        <button
                          type="button"
                          className="btn small"
                          aria-label={t('audit.job.acceptFor', { category: c.name, line: lineText.get(suggested) ?? '' })}
                          onClick={() => mapCategory.mutate({ id: c.id, responsibilityId: suggested })}
                        >
                          {t('audit.job.accept')}
                        </button>
                        <span className="muted">{t('audit.job.suggested', { line: lineText.get(suggested) ?? '' })}</span>
                      </span>
                    )}
                  </div>
                </div>
              );
            })}
        </div>
      </section>
      {oos && <ScopeList title={t('audit.job.outOfScope')} summary={oos} names={names} notMapped={report.data?.metrics.scopeMapped === false} />}
    </div>
  );
}
