import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterDoc } from '../../../../shared/contract/charter';
import { DOC_LANGUAGES, type DocLanguage } from '../../../../shared/charter/catalogue';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useDraft } from '../../lib/draft';
import { fromState, toState, type SectionState } from './clauseState';

/**
 * Edits a draft: the organisation, the document's language, and in each of the six sections the
 * preset clauses to keep (their wording editable) and clauses of the user's own. Saved as a whole.
 * The form is taken from the stored draft (useDraft): again after a save, never over an edit, so a
 * refresh of the charter's reads (after an audit write, say) cannot replace what is being written.
 * Give it `key={doc.id}`: another document is another form.
 */
export function DraftEditor({ doc, onDirty }: { doc: CharterDoc; onDirty(dirty: boolean): void }) {
  const { t } = useTranslation();
  const form = useDraft(doc, (d): DraftForm => ({ language: d.language, organisation: d.organisation, state: toState(d.sections) }));
  const { language, organisation, state } = form.draft!;
  const { dirty } = form;
  const [saved, setSaved] = useState(false);
  const catalogue = useApi('charter.catalogue', { language });
  const update = useApiMutation('charter.doc.update');

  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const edit = (patch: Partial<DraftForm> | ((f: DraftForm) => Partial<DraftForm>)) => {
    form.setDraft((f) => ({ ...f, ...(typeof patch === 'function' ? patch(f) : patch) }));
    setSaved(false);
  };
  const change = (fn: (s: SectionState[]) => SectionState[]) => edit((f) => ({ state: fn(f.state) }));
  const presetText = useMemo(() => new Map((catalogue.data?.sections ?? []).flatMap((s) => s.presets.map((p) => [`${s.key}.${p.key}`, p.text] as const))), [catalogue.data]);

  return (
    <form
      className="card charter-editor"
      aria-labelledby="charter-editor-h"
      onSubmit={(e) => {
        e.preventDefault();
        const submitted = form.draft!;
        update.mutate({ id: doc.id, language, organisation, sections: fromState(state) }, { onSuccess: () => { form.markSaved(submitted); setSaved(true); } });
      }}
    >
      <h2 id="charter-editor-h">{t('charter.editor.title', { version: doc.version })}</h2>
      <p className="hint">{t('charter.editor.hint')}</p>
      <div className="form-grid">
        <label htmlFor="charter-org">{t('charter.editor.organisation')}</label>
        <input id="charter-org" type="text" value={organisation} maxLength={200} onChange={(e) => edit({ organisation: e.target.value })} />
        <label htmlFor="charter-lang">{t('charter.editor.language')}</label>
        <div>
          <select id="charter-lang" value={language} aria-describedby="charter-lang-hint" onChange={(e) => edit({ language: e.target.value as DocLanguage })}>
            {DOC_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(l === 'fr' ? 'charter.language.fr' : 'charter.language.en')}
              </option>
            ))}
          </select>
          <p id="charter-lang-hint" className="hint">{t('charter.editor.languageHint')}</p>
        </div>
      </div>
      {catalogue.error && <Notice kind="error">{errorMessage(t, catalogue.error)}</Notice>}
      {catalogue.data?.sections.map((section, i) => (
        <SectionEditor
          key={section.key}
          index={i}
          heading={section.heading}
          intro={section.intro}
          presets={section.presets.map((p) => p.key)}
          presetText={(p) => presetText.get(`${section.key}.${p}`) ?? ''}
          state={state[i]}
          onChange={(next) => change((all) => all.map((s, j) => (j === i ? next : s)))}
        />
      ))}
      <div className="actions">
        <button type="submit" className="btn primary" disabled={update.isPending || !dirty}>
          {t('charter.editor.save')}
        </button>
        {dirty && <span className="hint">{t('charter.editor.unsaved')}</span>}
      </div>
      {update.error && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
      {saved && !dirty && <Notice kind="success">{t('charter.editor.saved')}</Notice>}
    </form>
  );
}

interface DraftForm {
  language: DocLanguage;
  organisation: string;
  state: SectionState[];
}

interface SectionProps {
  index: number;
  heading: string;
  intro: string;
  presets: string[];
  presetText(preset: string): string;
  state: SectionState;
  onChange(next: SectionState): void;
}

/** One section: its preset clauses (ticked to keep, wording editable) and the user's own clauses. */
function SectionEditor({ index, heading, intro, presets, presetText, state, onChange }: SectionProps) {
  const { t } = useTranslation();
  const base = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [adding, setAdding] = useState(false);
  const setPicked = (picked: SectionState['picked']) => onChange({ ...state, picked });
  return (
    <fieldset className="clause-section" data-section={state.key}>
      <legend>
        {index + 1}. {heading}
      </legend>
      <p className="hint section-intro">{intro}</p>
      {presets.map((p, j) => {
        const picked = p in state.picked;
        const edited = state.picked[p] ?? null;
        const text = edited ?? presetText(p);
        const id = `${base}-p${j}`;
        return (
          <div key={p} className="clause" data-preset={p}>
            <input
              id={id}
              type="checkbox"
              checked={picked}
              onChange={(e) => {
                const next = { ...state.picked };
                if (e.target.checked) next[p] = null;
                else delete next[p];
                setPicked(next);
              }}
            />
            <label htmlFor={id} className={picked ? 'clause-label' : 'clause-label muted'}>
              {text}
              {edited !== null && <span className="edited-tag"> · {t('charter.editor.edited')}</span>}
            </label>
            {picked && (
              <div className="clause-tools">
                <button
                  type="button"
                  className="btn small"
                  aria-expanded={editing === p}
                  onClick={() => setEditing(editing === p ? null : p)}
                  aria-label={editing === p ? undefined : t('charter.editor.editWordingNamed', { n: j + 1, section: heading })}
                >
                  {editing === p ? t('charter.editor.doneEditing') : t('charter.editor.editWording')}
                </button>
                {edited !== null && (
                  <button type="button" className="btn small" onClick={() => setPicked({ ...state.picked, [p]: null })}>
                    {t('charter.editor.resetWording')}
                  </button>
                )}
              </div>
            )}
            {picked && editing === p && (
              <textarea
                className="clause-edit"
                aria-label={t('charter.editor.wording', { n: j + 1, section: heading })}
                value={text}
                maxLength={2000}
                autoFocus
                onChange={(e) => setPicked({ ...state.picked, [p]: e.target.value === presetText(p) ? null : e.target.value })}
              />
            )}
          </div>
        );
      })}
      {state.own.map((text, j) => (
        <div key={`own-${j}`} className="clause own">
          <span aria-hidden="true">✎</span>
          <div className="clause-text">
            <textarea
              aria-label={t('charter.editor.ownWording', { n: j + 1, section: heading })}
              value={text}
              maxLength={2000}
              onChange={(e) => onChange({ ...state, own: state.own.map((x, k) => (k === j ? e.target.value : x)) })}
            />
            <button type="button" className="btn small" onClick={() => onChange({ ...state, own: state.own.filter((_x, k) => k !== j) })}>
              {t('charter.editor.removeOwn')}
            </button>
          </div>
        </div>
      ))}
      {adding ? (
        <div className="clause-add">
          <label htmlFor={`${base}-add`}>{t('charter.editor.addOwnLabel', { section: heading })}</label>
          <textarea id={`${base}-add`} value={draft} maxLength={2000} autoFocus onChange={(e) => setDraft(e.target.value)} />
          <div className="inline">
            <button
              type="button"
              className="btn small"
              disabled={!draft.trim()}
              onClick={() => {
                onChange({ ...state, own: [...state.own, draft.trim()] });
                setDraft('');
                setAdding(false);
              }}
            >
              {t('charter.editor.addOwnButton')}
            </button>
            <button type="button" className="btn small" onClick={() => { setDraft(''); setAdding(false); }}>
              {t('charter.editor.cancelOwn')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn small clause-add-open" onClick={() => setAdding(true)} aria-label={t('charter.editor.addOwnNamed', { section: heading })}>
          + {t('charter.editor.addOwn')}
        </button>
      )}
    </fieldset>
  );
}
