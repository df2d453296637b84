import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { downloadText } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { ImportPanel } from './ImportPanel';
import { useWeek } from './useWeek';
import { WeekNav } from './WeekNav';

export default function DataView() {
  const { t } = useTranslation();
  const week = useWeek();
  const csv = useApiMutation('audit.export.csv');
  const [rawValues, setRawValues] = useState(false);

  return (
    <div className="stack" style={{ maxWidth: 1000 }}>
      <ImportPanel />
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
