// Which reads a write makes stale. Every query key starts with its feature, the channel's folder
// ('audit.report' → 'audit', 'settings.get' → 'system'); after a write or action succeeds, the
// features listed here for its channel are refetched, and only those. The unit test beside this file fails when a write or
// action channel of the contract has no entry, so a new one cannot be forgotten. This module is
// loaded with the first write (hooks.ts imports it dynamically): the table stays out of the
// first screen's bundle.
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelName } from '../../../shared/contract';
import type { Feature } from './queryKeys';

/** Every feature: for writes that change what every screen reads (settings, restore, import). */
export const EVERYTHING = 'everything';

/**
 * Write or action channel → the features whose reads it changes. The sources of each line are the
 * main-side services (src/main/<feature>): what tables the handler writes, and which features'
 * read channels read them.
 */
export const INVALIDATES: { readonly [C in ChannelName]?: readonly Feature[] | typeof EVERYTHING } = {
  // Settings: the charter drives after-hours and late evenings, the language drives calendar
  // notes and week starts, the theme the shell. Every feature reads them.
  'settings.update': EVERYTHING,
  'backups.create': ['system'],
  // A restored or imported database, or another file, replaces every table.
  'backups.restore': EVERYTHING,
  'recovery.startFresh': EVERYTHING,
  'recovery.openOther': EVERYTHING,
  'data.import': EVERYTHING,
  // Printing reads the page, it writes nothing.
  'app.printToPdf': [],

  // Audit tables are read by the audit screens, by Today ('reports.today') and by the
  // disconnection charter's compliance ('charter.compliance', 'charter.today').
  'audit.timer.start': ['audit', 'reports', 'charter'],
  'audit.timer.stop': ['audit', 'reports', 'charter'],
  'audit.interruptions.log': ['audit', 'reports', 'charter'],
  'audit.interruptions.update': ['audit', 'reports', 'charter'],
  'audit.interruptions.delete': ['audit', 'reports', 'charter', 'protocol'],
  'audit.entries.create': ['audit', 'reports', 'charter'],
  'audit.entries.update': ['audit', 'reports', 'charter'],
  'audit.entries.split': ['audit', 'reports', 'charter'],
  'audit.entries.delete': ['audit', 'reports', 'charter', 'protocol'],
  'audit.categories.create': ['audit', 'reports', 'charter'],
  'audit.categories.update': ['audit', 'reports', 'charter'],
  'audit.categories.delete': ['audit', 'reports', 'charter'],
  'audit.responsibilities.paste': ['audit', 'reports', 'charter'],
  'audit.responsibilities.update': ['audit', 'reports', 'charter'],
  'audit.responsibilities.delete': ['audit', 'reports', 'charter'],
  // The preview only parses and holds the file; the commit writes the entries.
  'audit.import.preview': [],
  'audit.import.commit': ['audit', 'reports', 'charter'],
  // Saved audits are also career evidence (career/store.ts reads saved_audit).
  'audit.saved.create': ['audit', 'career'],
  'audit.saved.update': ['audit', 'career'],
  'audit.saved.delete': ['audit', 'career'],

  'calendar.item.create': ['calendar'],
  'calendar.item.update': ['calendar'],
  'calendar.item.delete': ['calendar'],
  'calendar.channel.create': ['calendar'],
  'calendar.channel.update': ['calendar'],
  'calendar.pillar.create': ['calendar'],
  'calendar.pillar.update': ['calendar'],
  'calendar.pillar.delete': ['calendar'],
  'calendar.format.create': ['calendar'],
  'calendar.format.update': ['calendar'],
  'calendar.format.delete': ['calendar'],
  'calendar.ritual.update': ['calendar'],
  'calendar.session.create': ['calendar'],
  'calendar.session.update': ['calendar'],
  // Deleting a running session ends its run first, which stops its clock in the audit.
  'calendar.session.delete': ['calendar', 'audit', 'reports'],
  'calendar.session.assign': ['calendar'],
  'calendar.session.attachUnprepared': ['calendar'],
  // A run holds the audit's clock: its open segment is the running time entry (calendar/sessions.ts
  // transition → audit/entries.ts startSessionClock, stopSessionClock).
  'calendar.run': ['calendar', 'audit', 'reports', 'charter'],
  // Ticks a checklist entry or moves an item's status: calendar tables only.
  'calendar.run.toggle': ['calendar'],
  // Only stamps "still alive" for crash recovery; nothing on screen reads it while the run goes.
  'calendar.run.heartbeat': [],

  'career.plan.create': ['career'],
  'career.plan.update': ['career'],
  'career.milestone.create': ['career'],
  'career.milestone.update': ['career'],
  'career.milestone.delete': ['career'],
  'career.certification.create': ['career'],
  'career.certification.update': ['career'],
  'career.certification.delete': ['career'],
  'career.attempt.record': ['career'],
  'career.attempt.delete': ['career'],
  'career.decision.create': ['career'],
  'career.decision.update': ['career'],
  'career.decision.delete': ['career'],
  'career.skill.create': ['career'],
  'career.skill.update': ['career'],
  'career.skill.delete': ['career'],
  'career.skill.assess': ['career'],
  'career.skill.unassess': ['career'],
  // Issue 14: presets renamed into a language (category names and job lines appear in reports too).
  'audit.presets.localize': ['audit', 'reports'],

  // issue 13: Undo of a delete
  'audit.entries.restore': ['audit', 'reports', 'charter', 'protocol'],
  'audit.interruptions.restore': ['audit', 'reports', 'charter', 'protocol'],
  'calendar.item.restore': ['calendar'],
  'calendar.formats.learn': ['calendar'],
  'career.milestone.restore': ['career'],
  'career.decision.restore': ['career'],
  // The charter's tables are read only through its own channels (Today's line and the weekly
  // report's section read 'charter.today' and 'charter.compliance').
  'charter.doc.create': ['charter'],
  'charter.doc.update': ['charter'],
  'charter.doc.propose': ['charter'],
  'charter.doc.sign': ['charter'],
  'charter.doc.delete': ['charter'],
  'charter.slots.save': ['charter'],
  'charter.exception.create': ['charter'],
  'charter.exception.update': ['charter'],
  'charter.exception.delete': ['charter'],
  // Veille tables are read by the veille screens only; the measures read the audit, they do not write it.
  'veille.source.create': ['veille'],
  'veille.source.update': ['veille'],
  'veille.source.delete': ['veille'],
  'veille.opml.import': ['veille'],
  // A fetch adds items and log lines; "full text" replaces an item's cached text.
  'veille.fetch.run': ['veille'],
  'veille.item.fetchText': ['veille'],
  'veille.settings.update': ['veille'],
  'veille.item.add': ['veille'],
  'veille.item.triage': ['veille'],
  'veille.item.markRead': ['veille'],
  'veille.item.annotate': ['veille'],
  'veille.item.promote': ['veille'],
  'veille.item.note': ['veille'],
  'veille.item.delete': ['veille'],
  'veille.report.open': ['veille'],
  'veille.report.update': ['veille'],
  'veille.report.delete': ['veille'],
  'veille.report.saveEntry': ['veille'],
  'veille.report.deleteEntry': ['veille'],
  'veille.report.moveEntry': ['veille'],
  'veille.report.deliver': ['veille'],
  'veille.report.reopen': ['veille'],
  'veille.recommendation.decide': ['veille'],
  // Reply protocol (src/main/protocol). A case is also an interruption in the audit, handling a
  // case starts the audit timer, and Today reads both; the weekly report reads protocol.measures.
  'protocol.types.create': ['protocol'],
  'protocol.types.update': ['protocol'],
  'protocol.types.delete': ['protocol'],
  'protocol.rules.create': ['protocol'],
  'protocol.rules.update': ['protocol'],
  'protocol.rules.delete': ['protocol'],
  'protocol.config.update': ['protocol'],
  'protocol.case.log': ['protocol', 'audit', 'reports'],
  'protocol.case.update': ['protocol'],
  'protocol.case.act': ['protocol'],
  'protocol.case.moderate': ['protocol'],
  'protocol.case.handle': ['protocol', 'audit', 'reports'],
  'protocol.case.delete': ['protocol', 'audit', 'reports'],
  'protocol.blocks.create': ['protocol'],
  'protocol.blocks.update': ['protocol'],
  'protocol.blocks.delete': ['protocol'],
  'protocol.verbatims.create': ['protocol'],
  'protocol.verbatims.delete': ['protocol'],
  'protocol.suggestions.dismiss': ['protocol'],
  // Previews parse a file and write nothing.
  'protocol.vendor.preview': [],
  'protocol.vendor.commit': ['protocol'],
  'protocol.import.preview': [],
  'protocol.import.commit': ['protocol', 'audit', 'reports'],
};

/**
 * Marks stale (and refetches the mounted) reads of the features the channel writes, per INVALIDATES.
 * A channel missing from the table (a contract change the unit test has not caught yet) refreshes
 * everything rather than showing stale data.
 */
export function invalidateAfter(qc: QueryClient, channel: ChannelName): Promise<void> {
  const features = INVALIDATES[channel];
  if (features === undefined || features === EVERYTHING) return qc.invalidateQueries();
  return Promise.all(features.map((feature) => qc.invalidateQueries({ queryKey: [feature] }))).then(() => undefined);
}
