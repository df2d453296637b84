import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterException } from '../../../../shared/contract/charter';
import { localDayAt } from '../../../../shared/time';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { DateField } from '../../components/fields/DateField';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters, userTimeZone } from '../../lib/locale';
import { useReportText } from '../../lib/reportText';

interface Form {
  day: string | null;
  reason: string;
  minutes: string;
  recovery: string;
}

const blank = (): Form => ({ day: localDayAt(Date.now(), userTimeZone()), reason: '', minutes: '0', recovery: '0' });
const asMinutes = (s: string) => (/^\d{1,5}$/.test(s.trim()) ? Number(s.trim()) : NaN);

/** Exceptions to the charter (a crisis): recorded with a reason, excused from the breaches, with the recovery time granted. */
export function ExceptionsTab() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { fmt } = useReportText();
  const list = useApi('charter.exceptions.list');
  const create = useApiMutation('charter.exception.create');
  const update = useApiMutation('charter.exception.update');
  const remove = useApiMutation('charter.exception.delete');
  const [form, setForm] = useState<Form>(blank);
  const [editing, setEditing] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const error = create.error ?? update.error ?? remove.error;
  const minutes = asMinutes(form.minutes);
  const recovery = asMinutes(form.recovery);
  const valid = form.day !== null && form.reason.trim().length > 0 && Number.isInteger(minutes) && Number.isInteger(recovery) && minutes <= 10_080 && recovery <= 10_080;

  const startEdit = (e: CharterException) => {
    setEditing(e.id);
    setDone(false);
    setForm({ day: e.day, reason: e.reason, minutes: String(e.minutes), recovery: String(e.recoveryMinutes) });
  };
  const reset = () => {
    setEditing(null);
    setForm(blank());
  };

  return (
    <div className="stack">
      <form
        className="card"
        aria-labelledby="exc-form-h"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          const body = { day: form.day!, reason: form.reason, minutes, recoveryMinutes: recovery };
          const onSuccess = () => {
            setDone(true);
            reset();
          };
          if (editing === null) create.mutate(body, { onSuccess });
          else update.mutate({ id: editing, ...body }, { onSuccess });
        }}
      >
        <h2 id="exc-form-h">{editing === null ? t('charter.exc.newTitle') : t('charter.exc.editTitle')}</h2>
        <p className="hint">{t('charter.exc.hint')}</p>
        <div className="form-grid">
          <DateField label={t('charter.exc.day')} value={form.day} onChange={(day) => setForm({ ...form, day })} isRequired />
          <label htmlFor="exc-reason">{t('charter.exc.reason')}</label>
          <input id="exc-reason" type="text" required maxLength={500} value={form.reason} placeholder={t('charter.exc.reasonExample')} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
          <label htmlFor="exc-minutes">{t('charter.exc.minutes')}</label>
          <input id="exc-minutes" type="number" inputMode="numeric" min={0} max={10080} step={1} value={form.minutes} aria-describedby="exc-minutes-hint" onChange={(e) => setForm({ ...form, minutes: e.target.value })} />
          <span />
          <span id="exc-minutes-hint" className="hint">{Number.isInteger(minutes) ? fmt.duration(minutes) : t('charter.exc.wholeMinutes')}</span>
          <label htmlFor="exc-recovery">{t('charter.exc.recovery')}</label>
          <input id="exc-recovery" type="number" inputMode="numeric" min={0} max={10080} step={1} value={form.recovery} aria-describedby="exc-recovery-hint" onChange={(e) => setForm({ ...form, recovery: e.target.value })} />
          <span />
          <span id="exc-recovery-hint" className="hint">{Number.isInteger(recovery) ? fmt.duration(recovery) : t('charter.exc.wholeMinutes')}</span>
        </div>
        <div className="actions">
          <button type="submit" className="btn primary" disabled={!valid || create.isPending || update.isPending}>
            {editing === null ? t('charter.exc.add') : t('charter.exc.save')}
          </button>
          {editing !== null && (
            <button type="button" className="btn" onClick={reset}>
              {t('charter.exc.cancel')}
            </button>
          )}
        </div>
        {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
        {done && !error && <Notice kind="success">{t('charter.exc.saved')}</Notice>}
      </form>

      <section className="card" aria-labelledby="exc-list-h">
        <h2 id="exc-list-h">{t('charter.exc.listTitle')}</h2>
        {list.error && <Notice kind="error">{errorMessage(t, list.error)}</Notice>}
        {list.data && (
          <DataTable
            labelledBy="exc-list-h"
            rows={list.data}
            rowKey={(e) => e.id}
            empty={<p className="muted">{t('charter.exc.none')}</p>}
            columns={[
              { key: 'day', header: t('charter.exc.day'), rowHeader: true, cell: (e) => f.date(Date.parse(`${e.day}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) },
              { key: 'reason', header: t('charter.exc.reason'), cell: (e) => e.reason },
              { key: 'minutes', header: t('charter.exc.minutesShort'), numeric: true, cell: (e) => fmt.duration(e.minutes) },
              { key: 'recovery', header: t('charter.exc.recoveryShort'), numeric: true, cell: (e) => fmt.duration(e.recoveryMinutes) },
            ]}
            actions={(e) => (
              <span className="inline">
                <button type="button" className="btn small" aria-label={t('charter.exc.editNamed', { day: fmt.civil(e.day) })} onClick={() => startEdit(e)}>
                  {t('charter.exc.edit')}
                </button>
                <button
                  type="button"
                  className="btn small danger"
                  aria-label={t('charter.exc.deleteNamed', { day: fmt.civil(e.day) })}
                  onClick={() => {
                    if (window.confirm(t('charter.exc.deleteConfirm', { day: fmt.civil(e.day) }))) remove.mutate({ id: e.id });
                  }}
                >
                  {t('charter.exc.delete')}
                </button>
              </span>
            )}
          />
        )}
      </section>
    </div>
  );
}
