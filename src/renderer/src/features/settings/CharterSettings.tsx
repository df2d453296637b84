import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Charter } from '../../../../shared/domain';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { TimeField } from '../../components/fields/TimeField';

/** Working days and hours per weekday, and the disconnect time. */
export function CharterSettings() {
  const { t } = useTranslation();
  const f = useFormatters();
  const settings = useApi('settings.get');
  const update = useApiMutation('settings.update');
  const [draft, setDraft] = useState<Charter | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (settings.data) setDraft(settings.data.charter);
  }, [settings.data]);
  if (!draft) return null;

  const order = Array.from({ length: 7 }, (_, i) => (i + f.weekStartsOn) % 7);
  const setDay = (day: number, value: Charter['days'][number]) => {
    setSaved(false);
    setDraft({ ...draft, days: draft.days.map((d, i) => (i === day ? value : d)) });
  };

  return (
    <section className="card" aria-labelledby="charter-h">
      <h2 id="charter-h">{t('settings.charter')}</h2>
      <p className="hint">
        {t('settings.charterHint')} <Link to="/charter">{t('settings.charterDocLink')}</Link>
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ charter: draft }, { onSuccess: () => setSaved(true) });
        }}
      >
        <DataTable
          className="charter-table"
          labelledBy="charter-h"
          rows={order}
          rowKey={(day) => day}
          columns={[
            { key: 'day', header: t('settings.day'), rowHeader: true, cell: (day) => f.weekday(day) },
            {
              key: 'working',
              header: t('settings.working'),
              cell: (day) => (
                <input
                  type="checkbox"
                  aria-label={t('settings.workingDay', { day: f.weekday(day) })}
                  checked={draft.days[day] !== null}
                  onChange={(e) => setDay(day, e.target.checked ? { start: 540, end: 1080 } : null)}
                />
              ),
            },
            {
              key: 'from',
              header: t('settings.from'),
              cell: (day) => {
                const hours = draft.days[day];
                return <TimeField hideLabel label={t('settings.startOf', { day: f.weekday(day) })} isDisabled={!hours} isRequired={Boolean(hours)} value={hours ? hours.start : null} onChange={(m) => hours && m !== null && setDay(day, { ...hours, start: m })} />;
              },
            },
            {
              key: 'to',
              header: t('settings.to'),
              cell: (day) => {
                const hours = draft.days[day];
                return <TimeField hideLabel endOfDay label={t('settings.endOf', { day: f.weekday(day) })} isDisabled={!hours} isRequired={Boolean(hours)} value={hours ? hours.end : null} onChange={(m) => hours && m !== null && setDay(day, { ...hours, end: m })} />;
              },
            },
          ]}
        />
        <div className="form-grid">
          <TimeField
            id="set-disconnect"
            label={t('settings.disconnect')}
            isRequired
            value={draft.disconnect}
            onChange={(m) => {
              setSaved(false);
              if (m !== null) setDraft({ ...draft, disconnect: m });
            }}
          />
        </div>
        <div className="actions">
          <button type="submit" className="btn primary" disabled={update.isPending}>
            {t('settings.saveCharter')}
          </button>
        </div>
      </form>
      {update.isError && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
      {saved && !update.isError && <Notice kind="success">{t('settings.charterSaved')}</Notice>}
    </section>
  );
}
