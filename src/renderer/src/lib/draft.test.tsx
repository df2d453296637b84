// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDraft } from './draft';

afterEach(cleanup);

describe('useDraft', () => {
  const start = (stored: { v: string } | undefined) => renderHook(({ s }) => useDraft(s), { initialProps: { s: stored } });

  it('is null until the read answered, then holds the stored value', () => {
    const h = start(undefined);
    expect(h.result.current.draft).toBeNull();
    const a = { v: 'a' };
    h.rerender({ s: a });
    expect(h.result.current.draft).toBe(a);
  });

  it('keeps an edit when a refreshed read lands, and takes a refresh while not edited', () => {
    const h = start({ v: 'a' });
    h.rerender({ s: { v: 'b' } });
    expect(h.result.current.draft).toEqual({ v: 'b' });
    act(() => h.result.current.setDraft({ v: 'typed' }));
    h.rerender({ s: { v: 'c' } });
    expect(h.result.current.draft).toEqual({ v: 'typed' });
    expect(h.result.current.dirty).toBe(true);
  });

  it('after a save, takes the stored value again unless edited since', () => {
    const h = start({ v: 'a' });
    const typed = { v: 'typed' };
    act(() => h.result.current.setDraft(typed));
    act(() => h.result.current.markSaved(typed));
    h.rerender({ s: { v: 'typed' } });
    expect(h.result.current.dirty).toBe(false);
    expect(h.result.current.draft).toEqual({ v: 'typed' });

    const next = { v: 'next' };
    act(() => h.result.current.setDraft(next));
    act(() => h.result.current.setDraft({ v: 'more' }));
    act(() => h.result.current.markSaved(next)); // the save of `next` answered after the user typed on
    h.rerender({ s: { v: 'next' } });
    expect(h.result.current.draft).toEqual({ v: 'more' });
  });
});
