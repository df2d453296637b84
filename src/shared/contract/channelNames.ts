// The IPC boundary without its schemas: every channel's name, grouped by feature. The preload
// and the browser-mode shim build `window.api` from this list alone, so they do not carry zod;
// src/shared/contract/index.ts checks (at compile time) that every name here has exactly one
// schema pair in a feature contract, and every schema pair a name here. No imports on purpose.

/** Channel names per feature (the feature folders of src/shared, src/main and the renderer). */
export const CHANNELS_BY_FEATURE = {
  system: [
    'system.ping',
    'app.status',
    'app.info',
    'settings.get',
    'settings.update',
    'backups.list',
    'backups.create',
    'backups.restore',
    'app.shortcut',
    'app.printToPdf',
    'recovery.startFresh',
    'recovery.openOther',
    'data.export',
    'data.import',
  ],
  audit: [
    'audit.timer.state',
    'audit.timer.start',
    'audit.timer.stop',
    'audit.interruptions.log',
    'audit.interruptions.update',
    'audit.interruptions.delete',
    'audit.entries.list',
    'audit.entries.create',
    'audit.entries.update',
    'audit.entries.split',
    'audit.entries.delete',
    'audit.categories.list',
    'audit.categories.create',
    'audit.categories.update',
    'audit.categories.delete',
    'audit.responsibilities.list',
    'audit.responsibilities.paste',
    'audit.responsibilities.update',
    'audit.responsibilities.delete',
    'audit.report',
    'audit.rhythm',
    'audit.rhythm.ics',
    'audit.today',
    'audit.trend',
    'audit.saved.list',
    'audit.saved.create',
    'audit.saved.update',
    'audit.saved.delete',
    'audit.export.csv',
    'audit.import.preview',
    'audit.import.commit',
  ],
  calendar: [
    'calendar.lookups',
    'calendar.items.range',
    'calendar.items.backlog',
    'calendar.item.get',
    'calendar.item.create',
    'calendar.item.update',
    'calendar.item.delete',
    'calendar.channel.create',
    'calendar.channel.update',
    'calendar.pillar.create',
    'calendar.pillar.update',
    'calendar.pillar.delete',
    'calendar.format.create',
    'calendar.format.update',
    'calendar.format.delete',
    'calendar.ritual.update',
    'calendar.monthFill',
    'calendar.sessions.list',
    'calendar.session.get',
    'calendar.session.create',
    'calendar.session.update',
    'calendar.session.delete',
    'calendar.session.assign',
    'calendar.session.attachUnprepared',
    'calendar.run',
    'calendar.run.toggle',
    'calendar.run.heartbeat',
    'calendar.exportData',
    'calendar.summary',
  ],
  career: [
    'career.plan.get',
    'career.plan.create',
    'career.plan.update',
    'career.milestone.create',
    'career.milestone.update',
    'career.milestone.delete',
    'career.certification.list',
    'career.certification.create',
    'career.certification.update',
    'career.certification.delete',
    'career.attempt.record',
    'career.attempt.delete',
    'career.decision.list',
    'career.decision.create',
    'career.decision.update',
    'career.decision.delete',
    'career.decision.exportMarkdown',
    'career.skill.list',
    'career.skill.create',
    'career.skill.update',
    'career.skill.delete',
    'career.skill.assess',
    'career.skill.unassess',
    'career.evidence.options',
    'career.charts',
    'career.summary',
  ],
  reports: [
    'reports.today',
  ],
  charter: [
    'charter.docs.list',
    'charter.doc.get',
    'charter.doc.create',
    'charter.doc.update',
    'charter.doc.propose',
    'charter.doc.sign',
    'charter.doc.delete',
    'charter.catalogue',
    'charter.slots.list',
    'charter.slots.save',
    'charter.notices',
    'charter.exceptions.list',
    'charter.exception.create',
    'charter.exception.update',
    'charter.exception.delete',
    'charter.compliance',
    'charter.today',
  ],
} as const;

export type Feature = keyof typeof CHANNELS_BY_FEATURE;
export type ChannelName = (typeof CHANNELS_BY_FEATURE)[Feature][number];

/** Every channel name, in feature order. */
export const CHANNEL_NAMES: readonly ChannelName[] = Object.values(CHANNELS_BY_FEATURE).flat();

const FEATURE_OF = new Map<string, Feature>(Object.entries(CHANNELS_BY_FEATURE).flatMap(([feature, names]) => names.map((n) => [n, feature as Feature] as const)));

/** True when `name` is one of the channels (own names only: "toString" is not a channel). */
export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && FEATURE_OF.has(name);
}

/** The feature a channel belongs to (its folder in src/main and in the renderer). */
export function featureOf(channel: ChannelName): Feature {
  return FEATURE_OF.get(channel)!;
}
