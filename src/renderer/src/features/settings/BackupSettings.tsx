import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { fileSizeText, useFormatters } from '../../lib/locale';

export function BackupSettings() {
  const { t } = useTranslation();
  const f = useFormatters();
  const backups = useApi('backups.list');
  const settings = useApi('settings.get');
  const create = useApiMutation('backups.create');
  const restore = useApiMutation('backups.restore');
  const update = useApiMutation('settings.update');
  const [restored, setRestored] = useState<string | null>(null);
  const error = create.error ?? restore.error ?? update.error;

  return (
    <section className="card" aria-labelledby="backups-h">
      <h2 id="backups-h">{t('settings.backups')}</h2>
      <p className="hint">{t('settings.backupsHint')}</p>
      {/* Shown once the settings are read: an input shown before with a placeholder value would be
          replaced (remounted by its key) when the read lands, losing what was typed. */}
      {settings.data && (
        <div className="form-grid">
          <label htmlFor="set-keep">{t('settings.backupKeep')}</label>
          <input
            id="set-keep"
            type="number"
            min={1}
            max={60}
            key={settings.data.backupKeep}
            defaultValue={settings.data.backupKeep}
            onBlur={(e) => {
              const v = Number(e.target.value);
              if (v !== settings.data?.backupKeep) update.mutate({ backupKeep: v });
            }}
          />
        </div>
      )}
      <div className="actions">
        <button type="button" className="btn primary" onClick={() => create.mutate(undefined)} disabled={create.isPending}>
          {t('settings.backupNow')}
        </button>
      </div>
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
      {restored && <Notice kind="success">{t('settings.restored', { date: restored })}</Notice>}
      {backups.data && (
        <DataTable
          labelledBy="backups-h"
          rows={backups.data}
          rowKey={(b) => b.name}
          empty={<p className="muted">{t('settings.noBackups')}</p>}
          columns={[
            { key: 'date', header: t('settings.backupDate'), cell: (b) => f.dateTime(b.createdAt) },
            { key: 'reason', header: t('settings.backupReason'), cell: (b) => t(`settings.reason.${b.reason}`) },
            { key: 'size', header: t('settings.backupSize'), cell: (b) => fileSizeText(b.size, f.locale, t) },
          ]}
          actions={(b) => (
            <button
              type="button"
              className="btn"
              onClick={() => {
                if (window.confirm(t('settings.restoreConfirm', { date: f.dateTime(b.createdAt) }))) {
                  restore.mutate({ name: b.name }, { onSuccess: () => setRestored(f.dateTime(b.createdAt)) });
                }
              }}
            >
              {t('settings.restore')}
            </button>
          )}
        />
      )}
    </section>
  );
}
