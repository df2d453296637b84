// Literal i18n keys for the enumerations the reports show (kept literal so the i18n test sees them).
import type { InterruptionChannel, Mode } from '../domain';
import type { RhythmSlotKind } from '../audit/batchRhythm';

export const MODE_LABEL: Record<Mode, string> = {
  deep: 'reports.mode.deep',
  reactive: 'reports.mode.reactive',
  meeting: 'reports.mode.meeting',
  reporting: 'reports.mode.reporting',
  admin: 'reports.mode.admin',
};

/** The audit's own channel names (same words in the audit and in the reports). */
export const CHANNEL_LABEL: Record<InterruptionChannel, string> = {
  notification: 'audit.channels.notification',
  email: 'audit.channels.email',
  chat: 'audit.channels.chat',
  oral: 'audit.channels.oral',
  phone: 'audit.channels.phone',
  other: 'audit.channels.other',
};

export const SLOT_LABEL: Record<RhythmSlotKind, string> = {
  reactive: 'reports.slot.reactive',
  deep: 'reports.slot.deep',
  batch: 'reports.slot.batch',
};
