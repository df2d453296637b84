import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { AppStatus } from '../../../../shared/contract/system';
import { call } from '../../api/client';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';

type Recovery = Extract<AppStatus, { state: 'recovery' }>;

/** Shown instead of the app when the database cannot be opened. Never re-creates the file. */
export default function RecoveryScreen({ status }: { status: Recovery }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="recovery" id="main">
      <h1>{t('recovery.title')}</h1>
      <p className="lead">{t(`recovery.reason.${status.reason}`)}</p>
      <p className="muted">
        {t('recovery.file')} <code>{status.dbPath}</code>
      </p>
      <details>
        <summary>{t('recovery.details')}</summary>
        <pre>{status.detail}</pre>
      </details>
      <h2>{t('recovery.restoreTitle')}</h2>
      {status.backups.length === 0 ? (
        <p>{t('recovery.noBackups')}</p>
      ) : (
        <ul className="recovery-list">
          {status.backups.map((b, i) => (
            <li key={b.name}>
              <span>
                {f.dateTime(b.createdAt)} · {t(`settings.reason.${b.reason}`)} {i === 0 && <strong>({t('recovery.latest')})</strong>}
              </span>
              <button
                type="button"
                className={i === 0 ? 'btn primary' : 'btn'}
                disabled={busy}
                onClick={() => act(() => call('backups.restore', { name: b.name }))}
              >
                {t('recovery.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('recovery.otherTitle')}</h2>
      <div className="actions">
        {status.canPickFile && (
          <button type="button" className="btn" disabled={busy} onClick={() => act(() => call('recovery.openOther'))}>
            {t('recovery.openOther')}
          </button>
        )}
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => {
            const question = status.reason === 'db_missing' ? t('recovery.startFreshConfirmMissing') : t('recovery.startFreshConfirm');
            if (window.confirm(question)) void act(() => call('recovery.startFresh'));
          }}
        >
          {t('recovery.startFresh')}
        </button>
      </div>
      {status.reason !== 'db_missing' && <p className="hint">{t('recovery.keepHint')}</p>}
      {error ? <Notice kind="error">{errorMessage(t, error)}</Notice> : null}
    </main>
  );
}
