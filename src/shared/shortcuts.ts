// Keyboard shortcuts: the global "log an interruption" shortcut of the desktop app (its default,
// the alternatives offered when another application holds it, and the keys it must never take),
// and the list of every key of the app, shown by the shortcut sheet (key ?) and in the README.

/**
 * Default global shortcut (Electron accelerator). Ctrl/Cmd+Alt+Shift+I: the I of "interruption",
 * with three modifiers, which no default binding of Windows, macOS, GNOME or KDE uses, unlike
 * Ctrl/Cmd+Shift+I, the developer tools of every Chromium-based browser and app (issue 14).
 */
export const DEFAULT_INTERRUPTION_SHORTCUT = 'CommandOrControl+Alt+Shift+I';

/**
 * Offered, in order, when the wanted shortcut is taken by another application (the user decides;
 * nothing switches silently). Every one keeps three modifiers, away from browser and OS keys.
 */
export const SHORTCUT_ALTERNATIVES: readonly string[] = [DEFAULT_INTERRUPTION_SHORTCUT, 'CommandOrControl+Alt+Shift+U', 'CommandOrControl+Alt+Shift+N', 'CommandOrControl+Alt+Shift+9'];

/**
 * Keys that belong to browsers and Chromium-based apps (developer tools, console, element picker,
 * Firefox's console, Chrome's feedback form), per Chrome's and Firefox's keyboard-shortcut pages.
 * A global shortcut on one of them would steal it from every such app.
 */
export const RESERVED_SHORTCUTS: readonly string[] = ['Ctrl+Shift+I', 'Ctrl+Shift+J', 'Ctrl+Shift+C', 'Ctrl+Shift+K', 'Cmd+Alt+I', 'Cmd+Alt+J', 'Cmd+Alt+C', 'Alt+Shift+I', 'F12'];

/**
 * The key combinations an Electron accelerator stands for, each normalised ('Ctrl+Shift+I'):
 * CommandOrControl (CmdOrCtrl) is Ctrl on Windows and Linux and Cmd on macOS, Option is Alt,
 * Command/Meta/Super are Cmd; modifiers in the order Ctrl, Cmd, Alt, Shift; the key in upper case.
 */
export function acceleratorCombos(accelerator: string): string[] {
  const parts = accelerator.split('+').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return [];
  const key = parts[parts.length - 1].toUpperCase();
  const mods = parts.slice(0, -1).map((m) => m.toLowerCase());
  const variants: Set<string>[] = [new Set()];
  for (const m of mods) {
    const add = (name: string) => variants.forEach((v) => v.add(name));
    if (m === 'commandorcontrol' || m === 'cmdorctrl') {
      const copies = variants.map((v) => new Set(v));
      variants.forEach((v) => v.add('Ctrl'));
      copies.forEach((v) => v.add('Cmd'));
      variants.push(...copies);
    } else if (m === 'control' || m === 'ctrl') add('Ctrl');
    else if (m === 'command' || m === 'cmd' || m === 'meta' || m === 'super') add('Cmd');
    else if (m === 'alt' || m === 'option' || m === 'altgr') add('Alt');
    else if (m === 'shift') add('Shift');
    else add(m);
  }
  const order = ['Ctrl', 'Cmd', 'Alt', 'Shift'];
  return [...new Set(variants.map((v) => [...order.filter((o) => v.has(o)), ...[...v].filter((o) => !order.includes(o)), key].join('+')))];
}

/** True when the accelerator, on some platform, is one of RESERVED_SHORTCUTS. */
export function isReservedShortcut(accelerator: string): boolean {
  const reserved = new Set(RESERVED_SHORTCUTS.flatMap(acceleratorCombos));
  return acceleratorCombos(accelerator).some((c) => reserved.has(c));
}

/** Where a key works. */
export type KeyScope = 'everywhere' | 'interruption' | 'calendar' | 'veille' | 'dialogs' | 'desktop';

/** One line of the shortcut sheet: the keys as shown, and the catalogue key of what they do. */
export interface KeyHelp {
  scope: KeyScope;
  keys: readonly string[];
  action: string;
}

/**
 * Every key of the app. Single keys work when no text field has the focus and no dialog is open.
 * Actions are catalogue keys (core.json, shortcuts.*); 'Mod' is shown as Ctrl or ⌘.
 */
export const KEY_HELP: readonly KeyHelp[] = [
  { scope: 'everywhere', keys: ['1', '…', '9'], action: 'shortcuts.action.startCategory' },
  { scope: 'everywhere', keys: ['0'], action: 'shortcuts.action.stop' },
  { scope: 'everywhere', keys: ['I'], action: 'shortcuts.action.interruption' },
  { scope: 'everywhere', keys: ['N'], action: 'shortcuts.action.idea' },
  { scope: 'everywhere', keys: ['C'], action: 'shortcuts.action.case' },
  { scope: 'everywhere', keys: ['?'], action: 'shortcuts.action.sheet' },
  { scope: 'everywhere', keys: ['Tab'], action: 'shortcuts.action.skip' },
  { scope: 'interruption', keys: ['1', '…', '6'], action: 'shortcuts.action.channel' },
  { scope: 'calendar', keys: ['Alt', '←', '→'], action: 'shortcuts.action.moveDay' },
  { scope: 'calendar', keys: ['Alt', '↑', '↓'], action: 'shortcuts.action.moveWeek' },
  { scope: 'veille', keys: ['J', 'K'], action: 'shortcuts.action.veilleMove' },
  { scope: 'veille', keys: ['Y'], action: 'shortcuts.action.veilleKeep' },
  { scope: 'veille', keys: ['X'], action: 'shortcuts.action.veilleSkip' },
  { scope: 'veille', keys: ['S'], action: 'shortcuts.action.veilleStar' },
  { scope: 'veille', keys: ['U'], action: 'shortcuts.action.veilleBack' },
  { scope: 'dialogs', keys: ['Esc'], action: 'shortcuts.action.close' },
  { scope: 'desktop', keys: ['Mod', 'N'], action: 'shortcuts.action.idea' },
  { scope: 'desktop', keys: ['Mod', 'I'], action: 'shortcuts.action.interruption' },
  { scope: 'desktop', keys: ['Mod', '1', '…', '5'], action: 'shortcuts.action.screens' },
  { scope: 'desktop', keys: ['Mod', ','], action: 'shortcuts.action.settings' },
];
