import { useTranslation } from 'react-i18next';
import type { Charter } from '../../../../shared/domain';
import { DataTable } from '../../components/DataTable';
import { TimeField } from '../../components/fields/TimeField';
import { useFormatters } from '../../lib/locale';

/**
 * The charter's fields: working days and hours per weekday (in the locale's week order) and the
 * disconnect time. Used by Settings and by the guided first run; the caller saves `draft`.
 */
export function CharterEditor({ draft, onChange, labelledBy }: { draft: Charter; onChange(next: Charter): void; labelledBy: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const order = Array.from({ length: 7 }, (_, i) => (i + f.weekStartsOn) % 7);
  const setDay = (day: number, value: Charter['days'][number]) => onChange({ ...draft, days: draft.days.map((d, i) => (i === day ? value : d)) });
  return (
    <>
      <DataTable
        className="charter-table"
        labelledBy={labelledBy}
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
        <TimeField id="set-disconnect" label={t('settings.disconnect')} isRequired value={draft.disconnect} onChange={(m) => m !== null && onChange({ ...draft, disconnect: m })} />
      </div>
    </>
  );
}
