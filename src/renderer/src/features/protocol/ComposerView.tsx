import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showRedactions } from '../../../../shared/protocol/personalData';
import { useSearchParams } from 'react-router-dom';
import { assembleReply, composerWarnings, variablesIn, type ComposerWarning } from '../../../../shared/protocol/composer';
import { SANDWICH_STEPS, type CaseVisibility, type ReplyLanguage, type SandwichStep } from '../../../../shared/protocol/constants';
import { STEP_HINT, STEP_LABEL } from '../../../../shared/protocol/labels';
import { compileOrderPattern } from '../../../../shared/protocol/personalData';
import type { Translate } from '../../../../shared/reports/format';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { BlocksEditor } from './BlocksEditor';
import { copyText, typeLabel } from './protocolUi';
import { SlaClock } from './SlaClock';

const WARNING_TEXT = {
  personalDataRequest: 'protocol.warn.personalDataRequest',
  personalDataShown: 'protocol.warn.personalDataShown',
  thirdExchange: 'protocol.warn.thirdExchange',
  absolutePromise: 'protocol.warn.absolutePromise',
  missingVariable: 'protocol.warn.missingVariable',
} as const;

function warningText(w: ComposerWarning, t: Translate): string {
  switch (w.kind) {
    case 'personalDataRequest':
    case 'absolutePromise':
      return t(WARNING_TEXT[w.kind], { words: w.words.map((word) => t('protocol.warn.quoted', { word })).join(', ') });
    case 'thirdExchange':
      return t(WARNING_TEXT.thirdExchange, { exchange: w.exchange });
    case 'missingVariable':
      return t(WARNING_TEXT.missingVariable, { names: w.names.map((x) => `{${x}}`).join(', ') });
    default:
      return t(WARNING_TEXT[w.kind]);
  }
}

/**
 * The reply composer: the five sandwich steps, each from the library or written on the spot, with
 * variables filled once; the warnings before copying (personal data asked in public, the third
 * public exchange with the same person, absolute promises) and the bridge reply to private
 * messages one click away; copy, then record the reply on the case.
 */
export default function ComposerView() {
  const { t, i18n } = useTranslation();
  const tr = t as unknown as Translate;
  const [params, setParams] = useSearchParams();
  const board = useApi('protocol.cases.board');
  const types = useApi('protocol.types.list');
  const blocks = useApi('protocol.blocks.list');
  const config = useApi('protocol.config.get');
  const act = useApiMutation('protocol.case.act');
  const caseId = Number(params.get('case')) || null;
  const c = board.data?.cases.find((x) => x.id === caseId) ?? null;
  const type = types.data?.find((x) => x.id === c?.typeId);
  const [language, setLanguage] = useState<ReplyLanguage>(i18n.language === 'fr' ? 'fr' : 'en');
  const [freeVisibility, setFreeVisibility] = useState<CaseVisibility>('public');
  const [steps, setSteps] = useState<Partial<Record<SandwichStep, string>>>({});
  const [typed, setValues] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [copyError, setCopyError] = useState(false);
  const visibility: CaseVisibility = c ? (c.visibility === 'private' || c.privateAt !== null ? 'private' : 'public') : freeVisibility;

  // The first block of each step in the chosen language, as a start: seeded when the blocks are
  // first read and when the language changes, never by a later refresh (it would wipe the reply).
  const ofStep = (s: SandwichStep) => (blocks.data ?? []).filter((b) => b.step === s && b.language === language);
  const seededFor = useRef<ReplyLanguage | null>(null);
  useEffect(() => {
    if (!blocks.data || seededFor.current === language) return;
    seededFor.current = language;
    setSteps(Object.fromEntries(SANDWICH_STEPS.map((s) => [s, blocks.data.find((b) => b.step === s && b.language === language)?.text ?? ''])));
  }, [blocks.data, language]);
  // {brand} is the stored brand until the user types one: derived, not seeded by an effect, so it is
  // filled whether the settings read answers before or after the composer shows.
  const values: Record<string, string> = { ...typed, brand: typed.brand ?? config.data?.brand ?? '', name: typed.name ?? '' };
  useEffect(() => {
    if (c?.author) setValues((v) => ({ ...v, name: c.author }));
  }, [c?.author]);

  const raw = SANDWICH_STEPS.map((s) => steps[s] ?? '').join(' ');
  const variables = variablesIn(raw);
  const reply = assembleReply(steps, values);
  const warnings = useMemo(
    () => composerWarnings(reply, { visibility, publicExchanges: c?.authorExchanges ?? 0, orderPattern: config.data ? compileOrderPattern(config.data.orderPattern) : null }),
    [reply, visibility, c?.authorExchanges, config.data],
  );
  const bridge = type ? (type.bridge[language] || type.bridge[language === 'en' ? 'fr' : 'en']) : '';
  const applyBridge = () => setSteps((s) => ({ ...s, private: bridge }));

  const copy = async () => {
    setCopyError(false);
    try {
      await copyText(reply);
      setStatus(t('protocol.composer.copied'));
    } catch {
      setCopyError(true);
    }
  };

  return (
    <div className="stack composer">
      <section className="card" aria-labelledby="composer-h">
        <h2 id="composer-h">{t('protocol.composer.title')}</h2>
        <p className="hint">{t('protocol.composer.hint')}</p>
        <div className="form-grid">
          <label htmlFor="composer-case">{t('protocol.composer.case')}</label>
          <select
            id="composer-case"
            value={caseId ?? ''}
            onChange={(e) => {
              setStatus(null);
              setParams(e.target.value ? { case: e.target.value } : {});
            }}
          >
            <option value="">{t('protocol.composer.noCase')}</option>
            {(board.data?.cases ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.channel} — {showRedactions(x.text, tr).slice(0, 60)}
              </option>
            ))}
          </select>
          <label htmlFor="composer-language">{t('protocol.composer.language')}</label>
          <select id="composer-language" value={language} onChange={(e) => setLanguage(e.target.value as ReplyLanguage)}>
            <option value="en">{t('protocol.language.en')}</option>
            <option value="fr">{t('protocol.language.fr')}</option>
          </select>
          {c ? (
            <>
              <span>{t('protocol.field.visibility')}</span>
              <p className="composer-case-line">
                {visibility === 'public' ? t('protocol.visibility.public') : t('protocol.visibility.private')} · {typeLabel(type, tr)} · <SlaClock c={c} now={board.data!.now} />
              </p>
            </>
          ) : (
            <>
              <span id="composer-vis-label">{t('protocol.field.visibility')}</span>
              <div role="radiogroup" aria-labelledby="composer-vis-label" className="inline">
                {(['public', 'private'] as const).map((v) => (
                  <label key={v} className="inline">
                    <input type="radio" name="composer-vis" value={v} checked={freeVisibility === v} onChange={() => setFreeVisibility(v)} /> {v === 'public' ? t('protocol.visibility.public') : t('protocol.visibility.private')}
                  </label>
                ))}
              </div>
            </>
          )}
        </div>

        {blocks.error ? (
          <Notice kind="error">{errorMessage(t, blocks.error)}</Notice>
        ) : !blocks.data ? (
          <p className="loading" role="status">{t('common.loading')}</p>
        ) : (
          <ol className="sandwich">
            {SANDWICH_STEPS.map((s) => (
              <li key={s} className="sandwich-step">
                <fieldset>
                  <legend>{t(STEP_LABEL[s])}</legend>
                  <p className="hint">{t(STEP_HINT[s])}</p>
                  <label htmlFor={`step-${s}-block`} className="sr-only">
                    {t('protocol.composer.blockFor', { step: t(STEP_LABEL[s]) })}
                  </label>
                  <select id={`step-${s}-block`} value="" onChange={(e) => {
                      const picked = e.target.value;
                      if (picked === '') return;
                      setSteps((x) => ({ ...x, [s]: picked === 'bridge' ? bridge : (ofStep(s).find((b) => String(b.id) === picked)?.text ?? '') }));
                    }}
                  >
                    <option value="">{t('protocol.composer.pickBlock')}</option>
                    {ofStep(s).map((b) => (
                      <option key={b.id} value={b.id}>
                        {b.title}
                      </option>
                    ))}
                    {s === 'private' && bridge && <option value="bridge">{t('protocol.composer.bridgeOption')}</option>}
                  </select>
                  <label htmlFor={`step-${s}`} className="sr-only">
                    {t('protocol.composer.textOf', { step: t(STEP_LABEL[s]) })}
                  </label>
                  <textarea id={`step-${s}`} rows={2} maxLength={1000} value={steps[s] ?? ''} onChange={(e) => setSteps((x) => ({ ...x, [s]: e.target.value }))} />
                </fieldset>
              </li>
            ))}
          </ol>
        )}

        {variables.length > 0 && (
          <fieldset className="variables">
            <legend>{t('protocol.composer.variables')}</legend>
            <div className="form-grid">
              {variables.map((v) => (
                <VariableField key={v} name={v} value={values[v] ?? ''} onChange={(x) => setValues((o) => ({ ...o, [v]: x }))} />
              ))}
            </div>
          </fieldset>
        )}

        <h3 id="preview-h">{t('protocol.composer.preview')}</h3>
        <output className="reply-preview" aria-labelledby="preview-h" data-testid="reply-preview">
          {reply || t('protocol.composer.emptyReply')}
        </output>
        <p className="muted">{t('protocol.composer.length', { count: reply.length })}</p>

        {warnings.length > 0 && (
          <div className="warnings" role="status" aria-live="polite">
            <h3>{t('protocol.composer.warnings')}</h3>
            <ul>
              {warnings.map((w) => (
                <li key={w.kind} className="warning" data-warning={w.kind}>
                  {warningText(w, tr)}
                  {w.bridge && bridge && steps.private !== bridge && (
                    <>
                      {' '}
                      <button type="button" className="btn small" onClick={applyBridge}>
                        {t('protocol.composer.useBridge')}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}

        <div className="actions">
          <button type="button" className="btn primary" disabled={!reply} onClick={() => void copy()}>
            {t('protocol.composer.copy')}
          </button>
          {c && c.actions.includes('reply') && (
            <button type="button" className="btn" disabled={act.isPending} onClick={() => act.mutate({ id: c.id, action: 'reply', public: visibility === 'public' }, { onSuccess: () => setStatus(t('protocol.composer.recorded')) })}>
              {visibility === 'public' ? t('protocol.composer.sentPublic') : t('protocol.composer.sentPrivate')}
            </button>
          )}
          {c && c.actions.includes('private') && (
            <button type="button" className="btn" disabled={act.isPending} onClick={() => act.mutate({ id: c.id, action: 'private' }, { onSuccess: () => setStatus(t('protocol.composer.recordedPrivate')) })}>
              {t('protocol.composer.sentBridge')}
            </button>
          )}
        </div>
        {status && <Notice kind="success">{status}</Notice>}
        {copyError && <Notice kind="error">{t('protocol.composer.copyFailed')}</Notice>}
        {act.error && <Notice kind="error">{errorMessage(t, act.error)}</Notice>}
      </section>
      <BlocksEditor />
    </div>
  );
}

function VariableField({ name, value, onChange }: { name: string; value: string; onChange(v: string): void }) {
  const id = `var-${name}`;
  return (
    <>
      <label htmlFor={id}>
        <code>{`{${name}}`}</code>
      </label>
      <input id={id} type="text" maxLength={200} value={value} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}
