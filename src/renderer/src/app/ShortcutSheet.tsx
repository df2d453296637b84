import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEY_HELP, type KeyScope } from '../../../shared/shortcuts';
import { useApi } from '../api/hooks';
import { Dialog } from '../components/Dialog';
import { isTyping } from '../lib/keyboard';

const SCOPES: { scope: KeyScope; key: string }[] = [
  { scope: 'everywhere', key: 'shortcuts.scope.everywhere' },
  { scope: 'interruption', key: 'shortcuts.scope.interruption' },
  { scope: 'calendar', key: 'shortcuts.scope.calendar' },
  { scope: 'veille', key: 'shortcuts.scope.veille' },
  { scope: 'dialogs', key: 'shortcuts.scope.dialogs' },
  { scope: 'desktop', key: 'shortcuts.scope.desktop' },
];

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** An Electron accelerator as the keys a person presses ('CommandOrControl+Alt+Shift+I' → Ctrl Alt Shift I, or ⌘ ⌥ ⇧ I on a Mac). */
export function acceleratorKeys(accelerator: string, mac = isMac()): string[] {
  const names: Record<string, string> = mac
    ? { commandorcontrol: '⌘', cmdorctrl: '⌘', command: '⌘', cmd: '⌘', control: '⌃', ctrl: '⌃', alt: '⌥', option: '⌥', shift: '⇧' }
    : { commandorcontrol: 'Ctrl', cmdorctrl: 'Ctrl', control: 'Ctrl', ctrl: 'Ctrl', alt: 'Alt', option: 'Alt', shift: 'Shift' };
  return accelerator.split('+').filter(Boolean).map((p) => names[p.toLowerCase()] ?? p);
}

/** Every key of the app in one list (KEY_HELP), opened with ? from anywhere, and the global shortcut as set in Settings. */
export function ShortcutSheet() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const settings = useApi('settings.get');
  const mod = isMac() ? '⌘' : 'Ctrl';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      setOpen(true);
    };
    const onAsk = () => setOpen(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener('coulisses:shortcuts', onAsk);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('coulisses:shortcuts', onAsk);
    };
  }, []);

  if (!open) return null;
  const keys = (list: readonly string[]) =>
    list.map((k, i) => (k === '…' ? <span key={i}>…</span> : <kbd key={i}>{k === 'Mod' ? mod : k}</kbd>));
  return (
    <Dialog onClose={() => setOpen(false)} labelledBy="shortcuts-h" className="dialog shortcut-sheet">
      <h2 id="shortcuts-h">{t('shortcuts.title')}</h2>
      <p className="hint">{t('shortcuts.intro')}</p>
      {SCOPES.map(({ scope, key }) => (
        <section key={scope} aria-labelledby={`shortcuts-${scope}`}>
          <h3 id={`shortcuts-${scope}`}>{t(key)}</h3>
          <dl className="shortcut-list">
            {KEY_HELP.filter((k) => k.scope === scope).map((k) => (
              <div key={k.action + k.keys.join()} className="shortcut-row">
                <dt>{keys(k.keys)}</dt>
                <dd>{t(k.action)}</dd>
              </div>
            ))}
          </dl>
          {scope === 'desktop' && settings.data && <p className="hint">{t('shortcuts.action.global', { keys: acceleratorKeys(settings.data.shortcutInterruption).join(' + ') })}</p>}
        </section>
      ))}
      <div className="actions">
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  );
}
