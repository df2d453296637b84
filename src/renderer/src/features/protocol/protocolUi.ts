// Small helpers of the protocol screens: names of types and rules in the user's language, files
// as base64, the text and formats of a document written in a chosen language.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyLanguage } from '../../../../shared/protocol/constants';
import { displayPreset } from '../../../../shared/protocol/presets';
import type { RequestType } from '../../../../shared/protocol/types';
import { makeReportFormat, type ReportFormat, type Translate } from '../../../../shared/reports/format';
import { formattingLocale, userTimeZone } from '../../lib/locale';

/** A type's name as shown: "N2 · Systemic bug" (seeded names translated). */
export function typeLabel(type: Pick<RequestType, 'name' | 'level'> | undefined, t: Translate): string {
  if (!type) return t('protocol.type.deleted');
  return `${t('protocol.level.short', { level: type.level })} · ${displayPreset(type.name, t)}`;
}

const CATALOGUES: Record<ReplyLanguage, () => Promise<{ translation: Record<string, unknown> }>> = {
  en: () => import('../../../../shared/i18n/catalogue/en'),
  fr: () => import('../../../../shared/i18n/catalogue/fr'),
};

/**
 * The translator and formats of a document written in `language`, whatever the interface's
 * language (the protocol and the digest go to management and product teams in either). The
 * other language's strings are loaded on first use; `ready` is false until then.
 */
export function useDocumentText(language: ReplyLanguage): { ready: boolean; t: Translate; fmt: ReportFormat; tz: string } {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState(() => i18n.hasResourceBundle(language, 'translation'));
  useEffect(() => {
    if (i18n.hasResourceBundle(language, 'translation')) {
      setLoaded(true);
      return;
    }
    setLoaded(false);
    let live = true;
    void CATALOGUES[language]().then(({ translation }) => {
      if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', translation);
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [i18n, language]);
  const tz = userTimeZone();
  const fmt = useMemo(() => makeReportFormat(formattingLocale(language), tz), [language, tz]);
  const t = useMemo(() => i18n.getFixedT(language) as unknown as Translate, [i18n, language, loaded]); // eslint-disable-line react-hooks/exhaustive-deps
  return { ready: loaded, t, fmt, tz };
}

/** Copies text to the clipboard (the Clipboard API, or a selected text area as a fallback). */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through: older engines, or a page without clipboard permission
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}
