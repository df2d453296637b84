import { describe, expect, it } from 'vitest';
import { planShortcut, SHORTCUT_ALTERNATIVES } from './shortcutPlan';

describe('global shortcut plan', () => {
  it('registers the wanted shortcut when it is free', () => {
    const held = new Set<string>();
    const r = planShortcut('CommandOrControl+Shift+I', (a) => (held.has(a) ? false : (held.add(a), true)), (a) => held.delete(a));
    expect(r).toEqual({ wanted: 'CommandOrControl+Shift+I', registered: 'CommandOrControl+Shift+I', taken: false, suggestion: null });
    expect([...held]).toEqual(['CommandOrControl+Shift+I']);
  });

  it('when taken by another app, says so and offers the first free alternative without keeping it', () => {
    const other = new Set(['CommandOrControl+Shift+I', 'CommandOrControl+Alt+I']);
    const mine = new Set<string>();
    const r = planShortcut('CommandOrControl+Shift+I', (a) => (other.has(a) || mine.has(a) ? false : (mine.add(a), true)), (a) => mine.delete(a));
    expect(r).toEqual({ wanted: 'CommandOrControl+Shift+I', registered: null, taken: true, suggestion: 'CommandOrControl+Shift+Alt+I' });
    expect(mine.size).toBe(0);
  });

  it('offers nothing when everything is taken', () => {
    const r = planShortcut('F13', () => false, () => undefined);
    expect(r.suggestion).toBeNull();
    expect(SHORTCUT_ALTERNATIVES.length).toBeGreaterThan(2);
  });
});
