import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';
import { DateField } from '../../components/fields/DateField';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { PHASE_GOAL, PHASE_LABEL, useCivilDate } from './labels';
import { progressWords } from './PlanTab';

type View = ChannelOutput<'career.plan.get'>;

/** The plan's roles, dates, phases and progress, with an edit form. */
export function PlanDetails({ view }: { view: View }) {
  const { t } = useTranslation();
  const { civil, f } = useCivilDate();
  const update = useApiMutation('career.plan.update');
  const [editing, setEditing] = useState(false);
  const plan = view.plan!;
  const p = view.progress!;

  return (
    <section className="card" aria-labelledby="plan-h">
      <div className="card-head">
        <h2 id="plan-h">{t('career.plan.heading', { from: plan.currentRole || t('career.plan.today'), to: plan.targetRole })}</h2>
        <button type="button" className="btn" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? t('career.common.close') : t('career.plan.edit')}
        </button>
      </div>
      <p className="lead progress-words" data-testid="plan-progress">
        {progressWords(t, p, (d) => civil(d, 'long'))}
      </p>
      <div className="progress-bars" aria-hidden="true">
        <div className="bar">
          <span className="bar-fill done" style={{ width: `${Math.round(p.shareDone * 100)}%` }} />
        </div>
        <div className="bar">
          <span className="bar-fill time" style={{ width: `${Math.round(p.shareElapsed * 100)}%` }} />
        </div>
      </div>
      <p className="hint">
        {t('career.plan.shares', { done: f.percent(p.shareDone), elapsed: f.percent(p.shareElapsed) })} · {t('career.plan.dates', { start: civil(plan.startDate, 'long'), target: civil(plan.targetDate, 'long') })}
      </p>
      <ol className="phase-strip">
        {view.phases.map((ph) => {
          const current = ph.start <= view.today && view.today < ph.end;
          return (
            <li key={ph.index} className={current ? 'phase current' : 'phase'} aria-current={current ? 'step' : undefined}>
              <span className="phase-num">{t('career.plan.year', { n: ph.index + 1 })}</span>
              <strong>{t(PHASE_LABEL[ph.index])}</strong>
              <span className="hint">{t(PHASE_GOAL[ph.index])}</span>
              <span className="hint">{t('career.plan.range', { start: civil(ph.start), end: civil(ph.end) })}</span>
            </li>
          );
        })}
      </ol>
      {editing && (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            update.mutate(
              { currentRole: String(d.get('currentRole')), targetRole: String(d.get('targetRole')), startDate: String(d.get('startDate')), targetDate: String(d.get('targetDate')) },
              { onSuccess: () => setEditing(false) },
            );
          }}
        >
          <label htmlFor="plan-current">{t('career.wizard.currentRole')}</label>
          <input id="plan-current" name="currentRole" type="text" defaultValue={plan.currentRole} />
          <label htmlFor="plan-target">{t('career.wizard.targetRole')}</label>
          <input id="plan-target" name="targetRole" type="text" required defaultValue={plan.targetRole} />
          <DateField id="plan-start" name="startDate" label={t('career.wizard.startDate')} isRequired defaultValue={plan.startDate} />
          <DateField id="plan-end" name="targetDate" label={t('career.wizard.targetDate')} isRequired defaultValue={plan.targetDate} />
          <span />
          <div className="actions">
            <button type="submit" className="btn primary" disabled={update.isPending}>
              {t('career.common.save')}
            </button>
          </div>
        </form>
      )}
      {update.isError && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
    </section>
  );
}
