import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeyOf } from '../../api/queryKeys';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { ChannelsStep } from './ChannelsStep';
import { HoursStep } from './HoursStep';
import { ImportStep } from './ImportStep';
import { JobStep } from './JobStep';
import { LanguageStep } from './LanguageStep';
import './setup.css';

/** The steps of the guided start, in order (catalogue keys of their titles). */
export const STEPS = ['setup.steps.language', 'setup.steps.channels', 'setup.steps.job', 'setup.steps.hours', 'setup.steps.import'] as const;

/** What a step gives the page: its own save, run by the page's Next button. */
export interface StepProps {
  /** Registers the step's save (a promise; a rejection keeps the step open and shows its error). */
  onSave(save: () => Promise<unknown>): void;
}

/**
 * The guided first run (issue 14): language, channels and cadence, job description, working hours
 * and disconnect time, and optionally a first import. Shown instead of the app until it is
 * finished or skipped (settings.setupDone), and reopened from Settings at #/welcome. Each step
 * saves when the user goes on; Skip keeps what was saved so far.
 */
export default function FirstRunPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useApi('settings.get');
  const finish = useApiMutation('settings.update');
  const [step, setStep] = useState(0);
  const [save, setSave] = useState<(() => Promise<unknown>) | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const reopened = settings.data?.setupDone === true;

  const qc = useQueryClient();
  const done = (to: string) =>
    finish.mutate(
      { setupDone: true },
      {
        onSuccess: (next) => {
          // The gate reads settings.get: give it the new settings now, not after the refetch.
          qc.setQueryData(queryKeyOf('settings.get'), next);
          navigate(to);
        },
      },
    );
  const next = async () => {
    setBusy(true);
    setError(null);
    try {
      if (save) await save();
      setSave(null);
      if (step === STEPS.length - 1) done('/');
      else setStep(step + 1);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const onSave = (fn: () => Promise<unknown>) => setSave(() => fn);
  const props: StepProps = { onSave };
  const titleId = 'first-run-step-h';

  return (
    <div className="first-run-page">
    <main id="main" className="first-run" tabIndex={-1} aria-labelledby="first-run-h">
      <header className="first-run-head">
        <span className="brand-mark" aria-hidden="true">C</span>
        <div>
          <h1 id="first-run-h">{t('setup.title')}</h1>
          <p className="subtitle">{t('setup.subtitle')}</p>
        </div>
      </header>
      <ol className="first-run-steps" aria-label={t('setup.progress')}>
        {STEPS.map((key, i) => (
          <li key={key} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : undefined}>
            <span className="first-run-num" aria-hidden="true">{i + 1}</span>
            {t(key)}
          </li>
        ))}
      </ol>
      {/* One form: Next submits it, so a date or time field holding part of a value keeps the step open. */}
      <form
        className="card first-run-card"
        aria-labelledby={titleId}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void next();
        }}
      >
        <p className="hint">{t('setup.stepOf', { step: step + 1, total: STEPS.length })}</p>
        <h2 id={titleId}>{t(STEPS[step])}</h2>
        {step === 0 && <LanguageStep {...props} />}
        {step === 1 && <ChannelsStep {...props} />}
        {step === 2 && <JobStep {...props} />}
        {step === 3 && <HoursStep {...props} />}
        {step === 4 && <ImportStep onImport={() => done('/audit/data')} />}
        {(error || finish.isError) && <Notice kind="error">{errorMessage(t, error ?? finish.error)}</Notice>}
        <div className="first-run-actions">
          {step > 0 && (
            <button type="button" className="btn" onClick={() => setStep(step - 1)} disabled={busy}>
              {t('setup.back')}
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="btn" onClick={() => done('/')} disabled={busy || finish.isPending}>
            {reopened ? t('setup.close') : t('setup.skip')}
          </button>
          <button type="submit" className="btn primary" data-first-run-next disabled={busy || finish.isPending}>
            {step === STEPS.length - 1 ? t('setup.finish') : t('setup.next')}
          </button>
        </div>
      </form>
    </main>
    </div>
  );
}
