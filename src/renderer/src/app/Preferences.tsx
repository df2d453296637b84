import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { refreshAfter, useApi } from '../api/hooks';
import { detectLanguage, switchLanguage } from '../i18n';

/** Applies the saved language and theme; saves the OS language at first start. */
export function Preferences({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const settings = useApi('settings.get');
  const qc = useQueryClient();
  const [systemDark, setSystemDark] = useState(() => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);

  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const onChange = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);

  // Apply the saved language whenever the settings change; at first start, save the OS language.
  const saved = settings.data?.language;
  const [applied, setApplied] = useState<string | null>(null);
  useEffect(() => {
    if (saved === undefined) return;
    const lang = saved ?? detectLanguage();
    void switchLanguage(lang).then(() => setApplied(lang));
    if (saved === null) void call('settings.update', { language: lang }).then(() => refreshAfter(qc, 'settings.update'), () => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);

  const theme = settings.data?.theme ?? 'system';
  const dark = theme === 'dark' || (theme === 'system' && systemDark);
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);

  // Until the saved language's strings are loaded, show the boot screen, not the other language;
  // only before the app is first shown: a switch in Settings saves the language before its strings
  // arrive, and falling back to the boot screen then would unmount the screen that asked (and lose
  // its offer to rename the presets).
  const waiting = settings.isPending || (saved !== undefined && applied !== (saved ?? detectLanguage()) && i18n.language !== (saved ?? detectLanguage()));
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!waiting) setShown(true);
  }, [waiting]);
  if (waiting && !shown) return <div className="boot" aria-busy="true" />;
  return <>{children}</>;
}
