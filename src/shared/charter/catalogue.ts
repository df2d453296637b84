// The disconnection charter's fixed vocabulary: its six sections and their preset clauses, the
// reachability channels and how the audit's interruption channels map onto them, and the
// "no reply expected before tomorrow" notices. Every i18n key is written out literally (the i18n
// test looks for them). Pure, runtime-neutral.
//
// The six sections follow the axes our source articles give for negotiating a charter with
// management: the right applies to everyone, managers included; managers are responsible for it
// being respected; late messages carry a "no reply expected before tomorrow" notice; rest times are
// mutually respected; remote-work hours are strictly defined; reachability is limited to defined
// slots, for the phone and for electronic channels.
import type { InterruptionChannel } from '../domain';

export const SECTION_KEYS = ['everyone', 'managers', 'notice', 'rest', 'remote', 'reach'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Preset clauses per section: key → i18n key of its text (in the document's language). */
export const PRESET_CLAUSES = {
  everyone: {
    scope: 'charter.clause.everyone.scope',
    noBlame: 'charter.clause.everyone.noBlame',
    partners: 'charter.clause.everyone.partners',
  },
  managers: {
    example: 'charter.clause.managers.example',
    workload: 'charter.clause.managers.workload',
    report: 'charter.clause.managers.report',
    review: 'charter.clause.managers.review',
  },
  notice: {
    late: 'charter.clause.notice.late',
    schedule: 'charter.clause.notice.schedule',
    urgent: 'charter.clause.notice.urgent',
  },
  rest: {
    daily: 'charter.clause.rest.daily',
    meetings: 'charter.clause.rest.meetings',
    leave: 'charter.clause.rest.leave',
    crisis: 'charter.clause.rest.crisis',
  },
  remote: {
    hours: 'charter.clause.remote.hours',
    same: 'charter.clause.remote.same',
    status: 'charter.clause.remote.status',
  },
  reach: {
    slots: 'charter.clause.reach.slots',
    outside: 'charter.clause.reach.outside',
    inboxes: 'charter.clause.reach.inboxes',
    onCall: 'charter.clause.reach.onCall',
  },
} as const satisfies Record<SectionKey, Record<string, string>>;

export type PresetKey<S extends SectionKey = SectionKey> = keyof (typeof PRESET_CLAUSES)[S] & string;

/** Section headings and introductions (what the axis means), in the document's language. */
export const SECTION_HEADING: Record<SectionKey, string> = {
  everyone: 'charter.section.everyone.heading',
  managers: 'charter.section.managers.heading',
  notice: 'charter.section.notice.heading',
  rest: 'charter.section.rest.heading',
  remote: 'charter.section.remote.heading',
  reach: 'charter.section.reach.heading',
};
export const SECTION_INTRO: Record<SectionKey, string> = {
  everyone: 'charter.section.everyone.intro',
  managers: 'charter.section.managers.intro',
  notice: 'charter.section.notice.intro',
  rest: 'charter.section.rest.intro',
  remote: 'charter.section.remote.intro',
  reach: 'charter.section.reach.intro',
};

/** True when `preset` is one of the section's preset clauses. */
export function isPresetOf(section: SectionKey, preset: string): boolean {
  return Object.prototype.hasOwnProperty.call(PRESET_CLAUSES[section], preset);
}

/** The preset keys of a section, in catalogue order. */
export function presetsOf(section: SectionKey): string[] {
  return Object.keys(PRESET_CLAUSES[section]);
}

/** The i18n key of a preset clause's text. Throws RangeError for a key not in the catalogue. */
export function presetTextKey(section: SectionKey, preset: string): string {
  if (!isPresetOf(section, preset)) throw new RangeError(`No preset clause ${preset} in section ${section}`);
  return (PRESET_CLAUSES[section] as Record<string, string>)[preset];
}

/** Reachability channels: the phone and the electronic channels a charter limits to slots. */
export const SLOT_CHANNELS = ['phone', 'email', 'chat', 'social'] as const;
export type SlotChannel = (typeof SLOT_CHANNELS)[number];

export const SLOT_CHANNEL_LABEL: Record<SlotChannel, string> = {
  phone: 'charter.channel.phone',
  email: 'charter.channel.email',
  chat: 'charter.channel.chat',
  social: 'charter.channel.social',
};

/**
 * How an interruption logged in the audit counts against the slots: phone, email and chat are
 * the same channel; a notification is what social media inboxes send (comments, messages,
 * mentions); an oral request happens in person and "other" has no known channel, so neither is
 * a remote contact the slots can limit (null: counted apart as "not measured").
 */
export const INTERRUPTION_TO_SLOT: Record<InterruptionChannel, SlotChannel | null> = {
  phone: 'phone',
  email: 'email',
  chat: 'chat',
  notification: 'social',
  oral: null,
  other: null,
};

/** The "no reply expected before tomorrow" notices, ready to copy (texts per language). */
export const NOTICE_TEMPLATES = {
  signature: { title: 'charter.notices.signature.title', text: 'charter.notices.signature.text' },
  lateEmail: { title: 'charter.notices.lateEmail.title', text: 'charter.notices.lateEmail.text' },
  autoReply: { title: 'charter.notices.autoReply.title', text: 'charter.notices.autoReply.text' },
  chatStatus: { title: 'charter.notices.chatStatus.title', text: 'charter.notices.chatStatus.text' },
  community: { title: 'charter.notices.community.title', text: 'charter.notices.community.text' },
} as const;
export type NoticeKey = keyof typeof NOTICE_TEMPLATES;
export const NOTICE_KEYS = Object.keys(NOTICE_TEMPLATES) as NoticeKey[];

/** Daily rest: 11 consecutive hours (French labour code, art. L3131-1), in minutes. */
export const DAILY_REST_MINUTES = 11 * 60;

export const DOC_STATUSES = ['draft', 'proposed', 'signed'] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];
export const DOC_STATUS_LABEL: Record<DocStatus, string> = {
  draft: 'charter.status.draft',
  proposed: 'charter.status.proposed',
  signed: 'charter.status.signed',
};

export const DOC_LANGUAGES = ['en', 'fr'] as const;
export type DocLanguage = (typeof DOC_LANGUAGES)[number];
