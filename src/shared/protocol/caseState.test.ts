import { describe, expect, it } from 'vitest';
import { allowedActions, applyAction, stateOf, type CaseInstants } from './caseState';

const open: CaseInstants = { openedAt: 1000, firstReplyAt: null, privateAt: null, handedAt: null, resolvedAt: null, pauses: [] };

describe('case states', () => {
  it('follows open → first reply → private → handed → resolved', () => {
    let c = open;
    expect(stateOf(c)).toBe('open');
    c = applyAction(c, 'reply', 2000)!;
    expect([stateOf(c), c.firstReplyAt]).toEqual(['replied', 2000]);
    c = applyAction(c, 'private', 3000)!;
    expect([stateOf(c), c.firstReplyAt, c.privateAt]).toEqual(['private', 2000, 3000]);
    expect(allowedActions(c)).toEqual(['reply', 'hand', 'wait', 'resolve']);
    c = applyAction(c, 'hand', 4000)!;
    expect(stateOf(c)).toBe('handed');
    c = applyAction(c, 'resolve', 5000)!;
    expect([stateOf(c), allowedActions(c)]).toEqual(['resolved', ['reopen']]);
    expect(applyAction(c, 'reply', 6000)).toBeNull();
    expect(stateOf(applyAction(c, 'reopen', 6000)!)).toBe('handed');
  });

  it('moving to private is the first reply when there was none; waiting pauses, resuming or resolving ends the pause', () => {
    let c = applyAction(open, 'private', 1500)!;
    expect(c.firstReplyAt).toBe(1500);
    c = applyAction(c, 'wait', 2000)!;
    expect([stateOf(c), allowedActions(c)]).toEqual(['waiting', ['reply', 'hand', 'resume', 'resolve']]);
    expect(applyAction(c, 'wait', 2100)).toBeNull();
    const resumed = applyAction(c, 'resume', 2500)!;
    expect([stateOf(resumed), resumed.pauses]).toEqual(['private', [{ from: 2000, to: 2500 }]]);
    const resolved = applyAction(c, 'resolve', 3000)!;
    expect(resolved.pauses).toEqual([{ from: 2000, to: 3000 }]);
  });

  it('never goes back in time before the case was opened', () => {
    expect(applyAction(open, 'reply', 10)!.firstReplyAt).toBe(1000);
  });
});
