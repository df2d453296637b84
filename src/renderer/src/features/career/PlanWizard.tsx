import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultMilestones, defaultPlan } from '../../../../shared/career/plan';
import type { PhaseIndex } from '../../../../shared/career/types';
import { isLocalDay } from '../../../../shared/time';
import { useApiMutation } from '../../api/hooks';
import { DateField } from '../../components/fields/DateField';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { MILESTONE_LABEL, PHASE_GOAL, PHASE_LABEL, useCivilDate } from './labels';

interface Draft {
  uid: number;
  phase: PhaseIndex;
  key: string | null;
  /** the text shown; for a preset, its translation until the user edits it */
  text: string;
  edited: boolean;
  dueDate: string;
}

const PHASES: PhaseIndex[] = [0, 1, 2];
/** A job title, the same in English and French. */
const DEFAULT_TARGET_ROLE = 'Head of Social';
let uid = 0;

/** First run: roles and start date, then the three phases with default milestones to edit. */
export function PlanWizard({ today }: { today: string }) {
  const { t } = useTranslation();
  const { civil } = useCivilDate();
  const create = useApiMutation('career.plan.create');
  const [step, setStep] = useState<1 | 2>(1);
  const [currentRole, setCurrentRole] = useState('');
  const [targetRole, setTargetRole] = useState(DEFAULT_TARGET_ROLE);
  const [startDate, setStartDate] = useState<string>(today);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const validStart = isLocalDay(startDate);
  const plan = validStart ? defaultPlan(startDate) : null;

  const toStep2 = () => {
    if (!plan) return;
    setDrafts(
      defaultMilestones(startDate).map((m) => ({ uid: ++uid, phase: m.phase, key: m.key, text: m.key ? t(MILESTONE_LABEL[m.key]) : m.title, edited: false, dueDate: m.dueDate })),
    );
    setStep(2);
  };
  const patch = (id: number, p: Partial<Draft>) => setDrafts((ds) => ds.map((d) => (d.uid === id ? { ...d, ...p } : d)));

  return (
    <section className="card wizard" aria-labelledby="wizard-h">
      <h2 id="wizard-h">{t('career.wizard.title')}</h2>
      <p className="hint">{step === 1 ? t('career.wizard.step1') : t('career.wizard.step2')}</p>
      {step === 1 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            toStep2();
          }}
        >
          <div className="form-grid">
            <label htmlFor="wiz-current">{t('career.wizard.currentRole')}</label>
            <input id="wiz-current" type="text" value={currentRole} placeholder={t('career.wizard.currentRolePlaceholder')} onChange={(e) => setCurrentRole(e.target.value)} />
            <label htmlFor="wiz-target">{t('career.wizard.targetRole')}</label>
            <input id="wiz-target" type="text" required value={targetRole} onChange={(e) => setTargetRole(e.target.value)} />
            <DateField id="wiz-start" label={t('career.wizard.startDate')} isRequired value={validStart ? startDate : null} onChange={(d) => setStartDate(d ?? '')} />
            <span className="muted">{t('career.wizard.targetDate')}</span>
            <output data-testid="wizard-target">
              {plan ? civil(plan.targetDate, 'long') : ''}
            </output>
          </div>
          <ol className="phase-strip">
            {plan?.phases.map((ph) => (
              <li key={ph.index} className="phase">
                <span className="phase-num">{t('career.plan.year', { n: ph.index + 1 })}</span>
                <strong>{t(PHASE_LABEL[ph.index])}</strong>
                <span className="hint">{t(PHASE_GOAL[ph.index])}</span>
              </li>
            ))}
          </ol>
          <div className="actions">
            <button type="submit" className="btn primary" disabled={!validStart || targetRole.trim() === ''}>
              {t('career.wizard.next')}
            </button>
          </div>
        </form>
      )}
      {step === 2 && plan && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({
              currentRole,
              targetRole,
              startDate,
              milestones: drafts.map((d) => ({ phase: d.phase, key: d.edited ? null : d.key, title: d.edited || !d.key ? d.text : '', dueDate: d.dueDate })),
            });
          }}
        >
          {PHASES.map((p) => (
            <fieldset key={p} className="wizard-phase">
              <legend>
                {t('career.plan.year', { n: p + 1 })} · {t(PHASE_LABEL[p])}{' '}
                <span className="hint">{t('career.plan.range', { start: civil(plan.phases[p].start), end: civil(plan.phases[p].end) })}</span>
              </legend>
              <ul className="wizard-list">
                {drafts
                  .filter((d) => d.phase === p)
                  .map((d, i) => (
                    <li key={d.uid}>
                      <input
                        type="text"
                        className="grow"
                        required
                        aria-label={t('career.wizard.milestoneTitle', { phase: t(PHASE_LABEL[p]), n: i + 1 })}
                        value={d.text}
                        onChange={(e) => patch(d.uid, { text: e.target.value, edited: true })}
                      />
                      <DateField
                        hideLabel
                        isRequired
                        label={t('career.wizard.milestoneDue', { phase: t(PHASE_LABEL[p]), n: i + 1 })}
                        value={d.dueDate || null}
                        onChange={(day) => patch(d.uid, { dueDate: day ?? '' })}
                      />
                      <button
                        type="button"
                        className="btn small"
                        aria-label={t('career.wizard.removeNamed', { name: d.text })}
                        onClick={() => setDrafts((ds) => ds.filter((x) => x.uid !== d.uid))}
                      >
                        {t('career.evidence.remove')}
                      </button>
                    </li>
                  ))}
              </ul>
              <button
                type="button"
                className="btn small"
                onClick={() => setDrafts((ds) => [...ds, { uid: ++uid, phase: p, key: null, text: '', edited: true, dueDate: plan.phases[p].end > plan.phases[p].start ? plan.phases[p].start : startDate }])}
              >
                {t('career.wizard.addMilestone', { phase: t(PHASE_LABEL[p]) })}
              </button>
            </fieldset>
          ))}
          <div className="actions">
            <button type="button" className="btn" onClick={() => setStep(1)}>
              {t('career.wizard.back')}
            </button>
            <button type="submit" className="btn primary" disabled={create.isPending}>
              {t('career.wizard.create')}
            </button>
          </div>
          {create.isError && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
        </form>
      )}
    </section>
  );
}
