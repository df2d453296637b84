import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPLY_LANGUAGES, SANDWICH_STEPS, type ReplyLanguage, type SandwichStep } from '../../../../shared/protocol/constants';
import { STEP_LABEL } from '../../../../shared/protocol/labels';
import type { ReplyBlock } from '../../../../shared/protocol/types';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';

const LANGUAGE_LABEL = { en: 'protocol.language.en', fr: 'protocol.language.fr' } as const;

/** The library of reply blocks: one card per language, blocks by sandwich step, edited in place; a form adds one. */
export function BlocksEditor() {
  const { t, i18n } = useTranslation();
  const blocks = useApi('protocol.blocks.list');
  // The app's language first: a French user edits her French blocks.
  const [language, setLanguage] = useState<ReplyLanguage>(() => (i18n.language.startsWith('fr') ? 'fr' : 'en'));
  const list = (blocks.data ?? []).filter((b) => b.language === language);
  return (
    <section className="card" aria-labelledby="blocks-h">
      <h2 id="blocks-h">{t('protocol.blocks.title')}</h2>
      <p className="hint">{t('protocol.blocks.hint')}</p>
      <div className="form-grid">
        <label htmlFor="blocks-language">{t('protocol.composer.language')}</label>
        <select id="blocks-language" value={language} onChange={(e) => setLanguage(e.target.value as ReplyLanguage)}>
          {REPLY_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(LANGUAGE_LABEL[l])}
            </option>
          ))}
        </select>
      </div>
      {blocks.error && <Notice kind="error">{errorMessage(t, blocks.error)}</Notice>}
      {SANDWICH_STEPS.map((s) => (
        <div key={s} className="block-group">
          <h3>{t(STEP_LABEL[s])}</h3>
          {list.filter((b) => b.step === s).length === 0 && <p className="muted">{t('protocol.blocks.none')}</p>}
          {list
            .filter((b) => b.step === s)
            .map((b) => (
              <BlockRow key={b.id} block={b} />
            ))}
        </div>
      ))}
      <AddBlock language={language} />
    </section>
  );
}

function BlockRow({ block }: { block: ReplyBlock }) {
  const { t } = useTranslation();
  const update = useApiMutation('protocol.blocks.update');
  const remove = useApiMutation('protocol.blocks.delete');
  const [title, setTitle] = useState(block.title);
  const [text, setText] = useState(block.text);
  const [saved, setSaved] = useState(false);
  const id = `block-${block.id}`;
  return (
    <div className="block-row">
      <label htmlFor={`${id}-title`} className="sr-only">
        {t('protocol.blocks.titleOf', { title: block.title })}
      </label>
      <input id={`${id}-title`} type="text" maxLength={100} value={title} onChange={(e) => { setTitle(e.target.value); setSaved(false); }} />
      <label htmlFor={`${id}-text`} className="sr-only">
        {t('protocol.blocks.textOf', { title: block.title })}
      </label>
      <textarea id={`${id}-text`} rows={2} maxLength={1000} value={text} onChange={(e) => { setText(e.target.value); setSaved(false); }} />
      <div className="actions">
        <button type="button" className="btn small" disabled={update.isPending || (title === block.title && text === block.text)} aria-label={t('protocol.blocks.saveOf', { title: block.title })} onClick={() => update.mutate({ id: block.id, title, text }, { onSuccess: () => setSaved(true) })}>
          {t('protocol.common.save')}
        </button>
        <button type="button" className="btn small danger" disabled={remove.isPending} aria-label={t('protocol.blocks.deleteOf', { title: block.title })} onClick={() => remove.mutate({ id: block.id })}>
          {t('protocol.common.delete')}
        </button>
        {saved && <span className="lookup-ok" role="status">{t('protocol.common.saved')}</span>}
      </div>
      {(update.error || remove.error) && <Notice kind="error">{errorMessage(t, update.error ?? remove.error)}</Notice>}
    </div>
  );
}

function AddBlock({ language }: { language: ReplyLanguage }) {
  const { t } = useTranslation();
  const create = useApiMutation('protocol.blocks.create');
  const [step, setStep] = useState<SandwichStep>('empathy');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  return (
    <form
      className="add-block"
      aria-labelledby="add-block-h"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ step, language, title, text }, { onSuccess: () => { setTitle(''); setText(''); } });
      }}
    >
      <h3 id="add-block-h">{t('protocol.blocks.add')}</h3>
      <div className="form-grid">
        <label htmlFor="add-block-step">{t('protocol.blocks.step')}</label>
        <select id="add-block-step" value={step} onChange={(e) => setStep(e.target.value as SandwichStep)}>
          {SANDWICH_STEPS.map((s) => (
            <option key={s} value={s}>
              {t(STEP_LABEL[s])}
            </option>
          ))}
        </select>
        <label htmlFor="add-block-title">{t('protocol.blocks.blockTitle')}</label>
        <input id="add-block-title" type="text" required maxLength={100} value={title} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor="add-block-text">{t('protocol.blocks.text')}</label>
        <textarea id="add-block-text" required maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="add-block-hint" />
        <span />
        <p id="add-block-hint" className="hint">
          {t('protocol.blocks.variablesHint')}
        </p>
      </div>
      {create.error && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
      <div className="actions">
        <button type="submit" className="btn" disabled={create.isPending}>
          {t('protocol.blocks.addButton')}
        </button>
      </div>
    </form>
  );
}
