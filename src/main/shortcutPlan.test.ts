import { describe, expect, it } from 'vitest';
import { planShortcut, SHORTCUT_ALTERNATIVES } from './shortcutPlan';
import { acceleratorCombos, DEFAULT_INTERRUPTION_SHORTCUT, isReservedShortcut, RESERVED_SHORTCUTS } from '../shared/shortcuts';
import { DEFAULT_SETTINGS } from './system/settings';

const D = DEFAULT_INTERRUPTION_SHORTCUT;

describe('global shortcut plan', () => {
  it('registers the wanted shortcut when it is free', () => {
    const held = new Set<string>();
    const r = planShortcut(D, (a) => (held.has(a) ? false : (held.add(a), true)), (a) => held.delete(a));
    expect(r).toEqual({ wanted: D, registered: D, taken: false, suggestion: null });
    expect([...held]).toEqual([D]);
  });

  it('when taken by another app, says so and offers the first free alternative without keeping it', () => {
    const other = new Set([D, SHORTCUT_ALTERNATIVES[1]]);
    const mine = new Set<string>();
    const r = planShortcut(D, (a) => (other.has(a) || mine.has(a) ? false : (mine.add(a), true)), (a) => mine.delete(a));
    expect(r).toEqual({ wanted: D, registered: null, taken: true, suggestion: SHORTCUT_ALTERNATIVES[2] });
    expect(mine.size).toBe(0);
  });

  it('offers nothing when everything is taken', () => {
    const r = planShortcut('F13', () => false, () => undefined);
    expect(r.suggestion).toBeNull();
    expect(SHORTCUT_ALTERNATIVES.length).toBeGreaterThan(2);
  });
});

describe('default global shortcut (issue 14)', () => {
  it('is not a browser or developer-tools key on any platform, nor is any alternative', () => {
    expect(DEFAULT_SETTINGS.shortcutInterruption).toBe(D);
    expect(isReservedShortcut(D)).toBe(false);
    for (const alt of SHORTCUT_ALTERNATIVES) expect(isReservedShortcut(alt), alt).toBe(false);
  });

  it('knows the old default and the devtools keys for what they are', () => {
    expect(isReservedShortcut('CommandOrControl+Shift+I')).toBe(true);
    expect(isReservedShortcut('CmdOrCtrl+Option+I')).toBe(true); // Cmd+Option+I: devtools on macOS
    expect(isReservedShortcut('Shift+Control+J')).toBe(true);
    expect(isReservedShortcut('F12')).toBe(true);
    expect(isReservedShortcut('CommandOrControl+Shift+L')).toBe(false);
    expect(RESERVED_SHORTCUTS.length).toBeGreaterThan(5);
  });

  it('reads an accelerator as the combinations it stands for on each platform', () => {
    expect(acceleratorCombos('CommandOrControl+Alt+Shift+i')).toEqual(['Ctrl+Alt+Shift+I', 'Cmd+Alt+Shift+I']);
    expect(acceleratorCombos('Shift+Option+Command+K')).toEqual(['Cmd+Alt+Shift+K']);
    expect(acceleratorCombos('')).toEqual([]);
  });
});
