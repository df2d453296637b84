// Literal translation keys for the audit's enumerations (the i18n test finds keys by their literal text).
import type { Mode, Visibility } from '../../../../shared/domain';

export const MODE_KEYS: Record<Mode, string> = {
  deep: 'audit.modes.deep',
  reactive: 'audit.modes.reactive',
  meeting: 'audit.modes.meeting',
  reporting: 'audit.modes.reporting',
  admin: 'audit.modes.admin',
};

/** The channels' names: the same words in the audit and in the reports. */
export { CHANNEL_LABEL as CHANNEL_KEYS } from '../../../../shared/reports/labels';

export const VISIBILITY_KEYS: Record<Visibility, string> = {
  visible: 'audit.visibility.visible',
  invisible: 'audit.visibility.invisible',
};

export const SLOT_KEYS = { reactive: 'audit.proposal.slot.reactive', deep: 'audit.proposal.slot.deep', batch: 'audit.proposal.slot.batch' } as const;

/** CSS colour variable of a mode. */
export const modeVar = (m: Mode) => `var(--${m})`;

