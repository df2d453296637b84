import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { refreshAfter, useApi } from '../../api/hooks';
import type { StepProps } from './FirstRunPage';

/**
 * Step 3: the job description, one responsibility per line; the example (in the chosen language)
 * is one click away. Lines already saved are listed, and new ones are added to them.
 * Hook for the journeys issue (13): its responsibility suggestions can be offered above the text
 * area, each adding its line to `text`.
 */
export function JobStep({ onSave }: StepProps) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const lines = useApi('audit.responsibilities.list');
  const [text, setText] = useState('');

  useEffect(() => {
    onSave(async () => {
      if (!text.trim()) return;
      await call('audit.responsibilities.paste', { text });
      setText('');
      await refreshAfter(qc, 'audit.responsibilities.paste');
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const saved = lines.data ?? [];
  return (
    <>
      <p className="hint">{t('setup.job.hint')}</p>
      {saved.length > 0 && (
        <>
          <p>{t('setup.job.saved', { count: saved.length })}</p>
          <ol className="first-run-lines">
            {saved.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ol>
        </>
      )}
      <label htmlFor="first-run-job">{saved.length > 0 ? t('setup.job.more') : t('audit.job.paste')}</label>
      <textarea id="first-run-job" rows={8} maxLength={20000} value={text} onChange={(e) => setText(e.target.value)} />
      {saved.length === 0 && (
        <div className="actions">
          <button type="button" className="btn" onClick={() => setText(t('audit.job.example'))}>
            {t('audit.job.useExample')}
          </button>
        </div>
      )}
    </>
  );
}
