import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RULE_FIELDS, type ExamRules, type RuleField } from '../../../../shared/career/types';
import { presetText } from '../../../../shared/career/templates';
import type { CertificationView } from '../../../../shared/contract/career';
import { useApiMutation, useApiWriter } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { DateField } from '../../components/fields/DateField';
import { TimeField } from '../../components/fields/TimeField';
import { errorMessage } from '../../lib/errors';
import { userTimeZone } from '../../lib/locale';
import { localDayAt, localWallTimeToInstant, minutesSinceLocalMidnight } from '../../../../shared/time';
import { RULE_LABEL, RULE_UNIT, TEMPLATE_NOTE, certTitle, checklistText, useCivilDate } from './labels';
import { useUndo } from '../../components/Undo';

/** Milliseconds left, ticking every 30 s from the server's clock at read time. */
function useRemaining(cert: CertificationView): number {
  const [start] = useState(() => Date.now());
  const [, tick] = useState(0);
  useEffect(() => {
    if (cert.retake.allowed) return;
    const h = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(h);
  }, [cert.retake.allowed]);
  if (cert.retake.allowed || cert.retake.at === null) return 0;
  return Math.max(0, cert.retake.at - (cert.now + (Date.now() - start)));
}

export function CertificationCard({ cert }: { cert: CertificationView }) {
  const { t } = useTranslation();
  const { civil, f } = useCivilDate();
  const update = useApiMutation('career.certification.update');
  const remove = useApiMutation('career.certification.delete');
  const record = useApiMutation('career.attempt.record');
  const delAttempt = useApiMutation('career.attempt.delete');
  const offerUndo = useUndo();
  const write = useApiWriter();
  const [rules, setRules] = useState<ExamRules>(cert.rules);
  const [rulesSaved, setRulesSaved] = useState(false);
  const [score, setScore] = useState('');
  // the attempt's own date and time: now by default, the past allowed (a history typed in afterwards)
  const tz = userTimeZone();
  const [day, setDay] = useState<string | null>(() => localDayAt(cert.now, tz));
  const [minute, setMinute] = useState<number | null>(() => Math.floor(minutesSinceLocalMidnight(cert.now, tz)));
  const remaining = useRemaining(cert);
  const title = certTitle(t, cert);
  const id = `cert-${cert.id}`;
  const note = TEMPLATE_NOTE[cert.templateKey];
  // the user's local day at the read's instant, as the server's alerts count it (never the UTC day)
  const today = localDayAt(cert.now, tz);
  const inRenewal = cert.renewal !== null && today >= cert.renewal.opensOn && today < cert.renewal.expiresOn;
  const expired = cert.expiryDate !== null && today >= cert.expiryDate;
  const error = update.error ?? remove.error ?? record.error ?? delAttempt.error;

  useEffect(() => setRules(cert.rules), [cert.rules]);

  const setRule = (field: RuleField, patch: Partial<ExamRules[RuleField]>) => {
    setRulesSaved(false);
    setRules((r) => ({ ...r, [field]: { ...r[field], ...patch } }));
  };
  const scoreNum = Number(score.replace(',', '.'));
  const scoreValid = score.trim() !== '' && Number.isFinite(scoreNum) && scoreNum >= 0 && scoreNum <= 100;
  const minutesLeft = Math.max(1, Math.ceil(remaining / 60_000));

  return (
    <article className="card cert" aria-labelledby={`${id}-h`}>
      <div className="card-head">
        <h2 id={`${id}-h`}>{title}</h2>
        <button
          type="button"
          className="btn danger small"
          onClick={() => {
            if (window.confirm(t('career.certs.deleteConfirm', { name: title }))) remove.mutate({ id: cert.id });
          }}
        >
          {t('career.common.delete')}
        </button>
      </div>

      <div className="cert-status" data-testid={`${id}-status`}>
        {cert.earnedDate ? (
          <p className={expired ? 'status-line bad' : 'status-line good'}>
            {t('career.certs.earned', { date: civil(cert.earnedDate, 'long') })}
            {cert.expiryDate && (
              <>
                {' · '}
                {expired ? t('career.certs.expiredOn', { date: civil(cert.expiryDate, 'long') }) : t('career.certs.validUntil', { date: civil(cert.expiryDate, 'long') })}
              </>
            )}
          </p>
        ) : (
          <p className="status-line">{t('career.certs.notEarned')}</p>
        )}
        {cert.renewal && (
          <p className={inRenewal ? 'status-line warn' : 'hint'}>
            {inRenewal ? t('career.certs.renewalOpen', { date: civil(cert.renewal.expiresOn, 'long') }) : t('career.certs.renewalFrom', { date: civil(cert.renewal.opensOn, 'long') })}
          </p>
        )}
      </div>

      <div className="grid-2">
        <form
          className="form-grid compact"
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const name = String(d.get('name'));
            // A template's name is sent back only when the user changed it: it stays in the user's language otherwise.
            update.mutate({ id: cert.id, provider: String(d.get('provider')), ...(name !== presetText(cert.name, t) ? { name } : {}) });
          }}
        >
          <label htmlFor={`${id}-provider`}>{t('career.certs.provider')}</label>
          <input id={`${id}-provider`} name="provider" type="text" defaultValue={cert.provider} key={`p${cert.provider}`} />
          <label htmlFor={`${id}-name`}>{t('career.certs.name')}</label>
          <input id={`${id}-name`} name="name" type="text" defaultValue={presetText(cert.name, t)} key={`n${cert.name}`} />
          <span />
          <button type="submit" className="btn small fit">
            {t('career.common.save')}
          </button>
        </form>
        <fieldset className="plain checklist">
          <legend>{t('career.certs.checklist')}</legend>
          <ul>
            {cert.checklist.map((item, i) => (
              <li key={i}>
                <input
                  type="checkbox"
                  id={`${id}-check-${i}`}
                  checked={item.done}
                  onChange={(e) => update.mutate({ id: cert.id, checklist: cert.checklist.map((c, j) => (j === i ? { ...c, done: e.target.checked } : c)) })}
                />
                <label htmlFor={`${id}-check-${i}`}>{checklistText(t, item)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>

      <section aria-labelledby={`${id}-rules-h`}>
        <h3 id={`${id}-rules-h`}>{t('career.certs.rules')}</h3>
        {note && <p className="hint">{t(note)}</p>}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ id: cert.id, rules }, { onSuccess: () => setRulesSaved(true) });
          }}
        >
          <DataTable
            className="rules"
            labelledBy={`${id}-rules-h`}
            rows={RULE_FIELDS}
            rowKey={(field) => field}
            columns={[
              { key: 'rule', header: t('career.certs.rule.rule'), rowHeader: true, cell: (field) => t(RULE_LABEL[field]) },
              {
                key: 'value',
                header: t('career.certs.rule.value'),
                cell: (field) => (
                  <span className="inline tight">
                    <input
                      type="number"
                      min={0}
                      max={field === 'passMark' ? 100 : 100000}
                      aria-label={t('career.certs.rule.valueOf', { rule: t(RULE_LABEL[field]) })}
                      value={rules[field].value ?? ''}
                      onChange={(e) => setRule(field, { value: e.target.value === '' ? null : Number(e.target.value) })}
                    />
                    <span className="muted">{t(RULE_UNIT[field])}</span>
                  </span>
                ),
              },
              {
                key: 'source',
                header: t('career.certs.rule.source'),
                cell: (field) => <input type="text" className="grow" aria-label={t('career.certs.rule.sourceOf', { rule: t(RULE_LABEL[field]) })} value={presetText(rules[field].source, t)} onChange={(e) => setRule(field, { source: e.target.value })} />,
              },
              {
                key: 'verified',
                header: t('career.certs.rule.verified'),
                cell: (field) => (
                  <label className="verified-toggle">
                    <input type="checkbox" checked={rules[field].verified} onChange={(e) => setRule(field, { verified: e.target.checked })} />
                    <span className={rules[field].verified ? 'badge ok' : 'badge warn'}>{rules[field].verified ? t('career.certs.rule.isVerified') : t('career.certs.rule.isUnverified')}</span>
                    <span className="sr-only">{t(RULE_LABEL[field])}</span>
                  </label>
                ),
              },
            ]}
          />
          <div className="actions">
            <button type="submit" className="btn" disabled={update.isPending}>
              {t('career.certs.saveRules')}
            </button>
            {rulesSaved && <span className="muted" role="status">{t('career.certs.rulesSaved')}</span>}
          </div>
        </form>
      </section>

      <section aria-labelledby={`${id}-att-h`}>
        <h3 id={`${id}-att-h`}>{t('career.certs.attempts')}</h3>
        <DataTable
          labelledBy={`${id}-att-h`}
          rows={cert.attempts}
          rowKey={(a) => a.id}
          empty={<p className="muted">{t('career.certs.noAttempt')}</p>}
          columns={[
            { key: 'date', header: t('career.certs.attemptDate'), cell: (a) => f.dateTime(a.at) },
            { key: 'score', header: t('career.certs.score'), cell: (a) => f.percent(a.score / 100, 1) },
            {
              key: 'result',
              header: t('career.certs.result'),
              cell: (a) =>
                a.passed === null ? (
                  <span className="badge">{t('career.certs.unknownResult')}</span>
                ) : a.passed ? (
                  <span className="badge ok">{t('career.certs.passed')}</span>
                ) : (
                  <span className="badge bad">{t('career.certs.failed')}</span>
                ),
            },
          ]}
          actions={(a) => (
            <button
              type="button"
              className="btn small"
              aria-label={t('career.certs.deleteAttemptNamed', { date: f.dateTime(a.at) })}
              onClick={() => {
                delAttempt.mutate({ id: a.id }, { onSuccess: () => offerUndo(t('career.undo.attempt', { date: f.dateTime(a.at) }), () => write('career.attempt.record', { certificationId: cert.id, score: a.score, at: a.at })) });
              }}
            >
              {t('career.common.delete')}
            </button>
          )}
        />
        {!cert.retake.allowed && cert.retake.at !== null && (
          <p className="notice notice-info retake" role="status" data-testid={`${id}-retake`}>
            {t('career.certs.retakeBlocked', {
              left: f.duration(minutesLeft),
              date: f.dateTime(cert.retake.at),
            })}
          </p>
        )}
        <form
          className="inline record"
          onSubmit={(e) => {
            e.preventDefault();
            if (!scoreValid || day === null || minute === null) return;
            record.mutate({ certificationId: cert.id, score: scoreNum, at: localWallTimeToInstant(day, minute, tz) }, { onSuccess: () => setScore('') });
          }}
        >
          <DateField id={`${id}-day`} label={t('career.certs.attemptDay')} value={day} onChange={setDay} maxValue={localDayAt(cert.now, tz)} isRequired />
          <TimeField id={`${id}-time`} label={t('career.certs.attemptTime')} value={minute} onChange={setMinute} isRequired />
          <label htmlFor={`${id}-score`}>{t('career.certs.scoreLabel')}</label>
          <input
            id={`${id}-score`}
            type="text"
            inputMode="decimal"
            className="score"
            value={score}
            aria-describedby={`${id}-score-hint`}
            onChange={(e) => setScore(e.target.value)}
          />
          <span id={`${id}-score-hint`} className="muted">
            {rules.passMark.value === null ? t('career.certs.noPassMark') : t('career.certs.passMarkHint', { mark: f.percent(rules.passMark.value / 100, 1) })}
          </span>
          <button type="submit" className="btn primary" disabled={!scoreValid || day === null || minute === null || record.isPending}>
            {t('career.certs.record')}
          </button>
        </form>
      </section>
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
    </article>
  );
}
