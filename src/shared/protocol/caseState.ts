// A case's life: open → first reply → moved to private → handed to its owner → resolved, and
// "waiting on the customer", which pauses the SLA clocks. The state is not stored: it follows
// from the case's instants (epoch ms) and pauses, so it can never disagree with them.
import type { Pause } from './businessClock';
import type { CaseAction, CaseState } from './constants';

/** The instants of a case (epoch ms; null: not yet) and its pauses, oldest first. */
export interface CaseInstants {
  openedAt: number;
  firstReplyAt: number | null;
  privateAt: number | null;
  handedAt: number | null;
  resolvedAt: number | null;
  pauses: Pause[];
}

/** True while a pause has no end. */
export const isWaiting = (c: Pick<CaseInstants, 'pauses'>): boolean => c.pauses.some((p) => p.to === null);

/** The state shown for a case: the furthest step reached, waiting while a pause is ongoing. */
export function stateOf(c: CaseInstants): CaseState {
  if (c.resolvedAt !== null) return 'resolved';
  if (isWaiting(c)) return 'waiting';
  if (c.handedAt !== null) return 'handed';
  if (c.privateAt !== null) return 'private';
  if (c.firstReplyAt !== null) return 'replied';
  return 'open';
}

/** The actions a case in this state accepts (the buttons the board shows). */
export function allowedActions(c: CaseInstants): CaseAction[] {
  if (c.resolvedAt !== null) return ['reopen'];
  const out: CaseAction[] = ['reply'];
  if (c.privateAt === null) out.push('private');
  if (c.handedAt === null) out.push('hand');
  out.push(isWaiting(c) ? 'resume' : 'wait');
  out.push('resolve');
  return out;
}

/**
 * The case after `action` at `at` (epoch ms), or null when the case does not accept it (see
 * allowedActions). A reply, and a move to private (the bridge reply is posted), set the first
 * reply if there was none; resolving ends an ongoing pause; reopening clears the resolution.
 * An instant before the case was opened is taken as the opening instant.
 */
export function applyAction(c: CaseInstants, action: CaseAction, at: number): CaseInstants | null {
  if (!allowedActions(c).includes(action)) return null;
  const when = Math.max(at, c.openedAt);
  const closePauses = () => c.pauses.map((p) => (p.to === null ? { from: p.from, to: Math.max(when, p.from) } : p));
  switch (action) {
    case 'reply':
      return { ...c, firstReplyAt: c.firstReplyAt ?? when };
    case 'private':
      return { ...c, privateAt: when, firstReplyAt: c.firstReplyAt ?? when };
    case 'hand':
      return { ...c, handedAt: when };
    case 'wait':
      return { ...c, pauses: [...c.pauses, { from: when, to: null }] };
    case 'resume':
      return { ...c, pauses: closePauses() };
    case 'resolve':
      return { ...c, resolvedAt: when, pauses: closePauses() };
    case 'reopen':
      return { ...c, resolvedAt: null };
  }
}
