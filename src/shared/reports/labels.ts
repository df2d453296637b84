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

export const CHANNEL_LABEL: Record<InterruptionChannel, string> = {
  notification: 'reports.channel.notification',
  email: 'reports.channel.email',
  chat: 'reports.channel.chat',
  oral: 'reports.channel.oral',
  phone: 'reports.channel.phone',
  other: 'reports.channel.other',
};

export const SLOT_LABEL: Record<RhythmSlotKind, string> = {
  reactive: 'reports.slot.reactive',
  deep: 'reports.slot.deep',
  batch: 'reports.slot.batch',
};
