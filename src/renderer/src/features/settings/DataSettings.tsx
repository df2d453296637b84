import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { downloadText } from '../../lib/download';
import { userTimeZone } from '../../lib/locale';
import { localDayAt } from '../../../../shared/time';

export function DataSettings() {
  const { t } = useTranslation();
  const info = useApi('app.info');
  const importJson = useApiMutation('data.import');
  const fileRef = useRef<HTMLInputElement>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const [imported, setImported] = useState<number | null>(null);

  return (
    <section className="card" aria-labelledby="data-h">
      <h2 id="data-h">{t('settings.data')}</h2>
      <dl className="facts">
        <dt>{t('settings.dataFolder')}</dt>
        <dd>
          <code>{info.data?.dataDir}</code>
        </dd>
        <dt>{t('settings.version')}</dt>
        <dd>
          {info.data?.version} · {t('settings.schema', { version: info.data?.schemaVersion ?? 0 })}
        </dd>
      </dl>
      <div className="actions">
        <button
          type="button"
          className="btn"
          onClick={async () => {
            try {
              setExportError(null);
              const data = await call('data.export');
              // the file is named after the user's local day of the export, not the UTC day
              downloadText(`coulisses-export-${localDayAt(data.exportedAt, userTimeZone())}.json`, JSON.stringify(data, null, 2), 'application/json');
            } catch (err) {
              setExportError(err);
            }
          }}
        >
          {t('settings.exportJson')}
        </button>
        <button type="button" className="btn" onClick={() => fileRef.current?.click()}>
          {t('settings.importJson')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          aria-label={t('settings.importJson')}
          tabIndex={-1}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            if (!window.confirm(t('settings.importConfirm'))) return;
            setImported(null);
            importJson.mutate({ json: await file.text() }, { onSuccess: (r) => setImported(r.rows) });
          }}
        />
      </div>
      <p className="hint">{t('settings.importHint')}</p>
      {exportError ? <Notice kind="error">{errorMessage(t, exportError)}</Notice> : null}
      {importJson.isError && <Notice kind="error">{errorMessage(t, importJson.error)}</Notice>}
      {imported !== null && <Notice kind="success">{t('settings.imported', { count: imported })}</Notice>}
    </section>
  );
}
