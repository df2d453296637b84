import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOC_LANGUAGES } from '../../../../shared/charter/catalogue';
import { useApi } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';

/**
 * Copies a text area's content: the selection and the copy command first (needs no permission,
 * which the desktop app refuses to every page), then the asynchronous clipboard. False when
 * neither worked; the text stays selected for Ctrl+C.
 */
async function copyFrom(area: HTMLTextAreaElement): Promise<boolean> {
  area.focus();
  area.select();
  try {
    if (document.execCommand('copy')) return true;
  } catch {
    // fall through to the asynchronous clipboard
  }
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    return false;
  }
}

/** The "no reply expected before tomorrow" notices, in English and in French, each with a copy button. */
export function NoticeTemplates() {
  const { t } = useTranslation();
  const notices = useApi('charter.notices');
  return (
    <section className="card" aria-labelledby="notices-h">
      <h2 id="notices-h">{t('charter.noticesUi.title')}</h2>
      <p className="hint">{t('charter.noticesUi.hint')}</p>
      {notices.error && <Notice kind="error">{errorMessage(t, notices.error)}</Notice>}
      {notices.data &&
        DOC_LANGUAGES.map((lang) => (
          <section key={lang} className="notice-lang" aria-labelledby={`notices-${lang}`}>
            <h3 id={`notices-${lang}`}>{t(lang === 'fr' ? 'charter.noticesUi.inFrench' : 'charter.noticesUi.inEnglish')}</h3>
            <div className="notice-grid">
              {notices.data[lang].map((n) => (
                <NoticeCard key={n.key} id={`notice-${lang}-${n.key}`} lang={lang} title={n.title} text={n.text} />
              ))}
            </div>
          </section>
        ))}
    </section>
  );
}

function NoticeCard({ id, lang, title, text }: { id: string; lang: string; title: string; text: string }) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="notice-card" data-testid={id}>
      <h4 id={`${id}-h`} lang={lang}>
        {title}
      </h4>
      <textarea ref={area} readOnly value={text} lang={lang} aria-labelledby={`${id}-h`} />
      <div className="inline">
        <button
          type="button"
          className="btn small"
          aria-describedby={`${id}-h`}
          onClick={() => {
            if (area.current) void copyFrom(area.current).then((ok) => setState(ok ? 'copied' : 'failed'));
          }}
        >
          {t('charter.noticesUi.copy')}
        </button>
        <span role="status" className="hint">
          {state === 'copied' ? t('charter.noticesUi.copied') : state === 'failed' ? t('charter.noticesUi.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
