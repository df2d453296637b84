import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { SIGNAL_KINDS, type SignalKind } from '../../../../shared/veille/constants';
import type { VeilleItem } from '../../../../shared/veille/types';
import { SIGNAL_HINT, SIGNAL_LABEL } from './labels';

/**
 * The annotation pane: kind of signal (fact, trend, weak signal), theme, the monitoring question
 * the item answers, the implication for the brand, and the earlier weak signal it shows again.
 */
export function AnnotationForm({ item }: { item: VeilleItem }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const vocabulary = useApi('veille.vocabulary');
  const save = useApiMutation('veille.item.annotate');
  const promote = useApiMutation('veille.item.promote');
  const a = item.annotation;
  const [signal, setSignal] = useState<SignalKind | null>(a?.signal ?? null);
  const [theme, setTheme] = useState(a?.theme ?? '');
  const [question, setQuestion] = useState(a?.question ?? '');
  const [implication, setImplication] = useState(a?.implication ?? '');
  const [echoOf, setEchoOf] = useState<number | null>(a?.echoOf ?? null);
  const [saved, setSaved] = useState(false);
  const weak = vocabulary.data?.weakSignals.filter((w) => w.id !== item.id) ?? [];
  const id = (name: string) => `ann-${name}`;
  return (
    <section className="card annotation" aria-labelledby={id('h')}>
      <h2 id={id('h')}>{t('veille.annotation.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          save.mutate({ id: item.id, signal, theme, question, implication, echoOf }, { onSuccess: () => setSaved(true) });
        }}
      >
        <fieldset className="signal-choice">
          <legend>{t('veille.annotation.signal')}</legend>
          {[null, ...SIGNAL_KINDS].map((k) => (
            <label key={k ?? 'none'} className="radio" title={k ? t(SIGNAL_HINT[k]) : undefined}>
              <input type="radio" name="signal" checked={signal === k} onChange={() => setSignal(k)} />
              {k ? t(SIGNAL_LABEL[k]) : t('veille.annotation.noSignal')}
            </label>
          ))}
        </fieldset>
        {signal && <p className="hint">{t(SIGNAL_HINT[signal])}</p>}
        <div className="form-grid">
          <label htmlFor={id('theme')}>{t('veille.annotation.theme')}</label>
          <input id={id('theme')} type="text" list={id('themes')} value={theme} maxLength={80} onChange={(e) => setTheme(e.target.value)} />
          <label htmlFor={id('question')}>{t('veille.annotation.question')}</label>
          <input id={id('question')} type="text" list={id('questions')} value={question} maxLength={300} placeholder={t('veille.annotation.questionPlaceholder')} onChange={(e) => setQuestion(e.target.value)} />
          <label htmlFor={id('implication')}>{t('veille.annotation.implication')}</label>
          <textarea id={id('implication')} rows={3} value={implication} maxLength={4000} placeholder={t('veille.annotation.implicationPlaceholder')} onChange={(e) => setImplication(e.target.value)} />
          <label htmlFor={id('echo')}>{t('veille.annotation.echoOf')}</label>
          <select id={id('echo')} value={echoOf ?? ''} onChange={(e) => setEchoOf(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('veille.annotation.noEcho')}</option>
            {weak.map((w) => (
              <option key={w.id} value={w.id}>
                {w.title} ({f.date(w.addedAt, { dateStyle: 'short' })})
              </option>
            ))}
          </select>
        </div>
        <datalist id={id('themes')}>
          {vocabulary.data?.themes.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <datalist id={id('questions')}>
          {vocabulary.data?.questions.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <div className="actions">
          <button type="submit" className="btn primary" disabled={save.isPending}>
            {t('veille.annotation.save')}
          </button>
          {a?.signal === 'weak' && (
            <button type="button" className="btn" disabled={promote.isPending} onClick={() => promote.mutate({ id: item.id })}>
              {t('veille.annotation.promote')}
            </button>
          )}
          <span className="hint" role="status">
            {saved ? t('veille.annotation.saved') : ''}
          </span>
        </div>
        {a?.promotedAt ? <p className="hint">{t('veille.annotation.promotedOn', { date: f.date(a.promotedAt, { dateStyle: 'medium' }) })}</p> : null}
        {item.echoes.length > 0 && (
          <div className="echoes">
            <h3>{t('veille.annotation.seenAgain')}</h3>
            <ul>
              {item.echoes.map((e) => (
                <li key={e.id}>
                  {e.title} <span className="hint">({f.date(e.addedAt, { dateStyle: 'medium' })})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {(save.error ?? promote.error) && <Notice kind="error">{errorMessage(t, save.error ?? promote.error)}</Notice>}
      </form>
    </section>
  );
}
