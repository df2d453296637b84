import type { FeatureHandlers, HandlerContext } from '../ipc/types';
import { listCategories, listResponsibilities, listSavedAudits } from './categoriesStore';
import { entriesOverlapping, interruptionsBetween } from './entriesStore';
import { createCategory, deleteCategory, deleteResponsibility, pasteJobDescription, updateCategory, updateResponsibility } from './categories';
import { exportCsv } from './csvExport';
import { createEntry, deleteEntry, deleteInterruption, logInterruption, restoreEntry, restoreInterruption, splitEntry, startTimer, stopTimer, timerState, updateEntry, updateInterruption } from './entries';
import { auditReport, rhythm, rhythmIcs, todaySummary, trend } from './report';
import { createSavedAudit, deleteSavedAudit, updateSavedAudit } from './saved';
import { localizePresets, pendingPresetRenames } from './presets';
import { entryCases, interruptionCases, relinkEntry, relinkInterruption } from '../protocol/auditLinks';

const done = { done: true } as const;
/** The input's zone, or the user's current zone when the caller left it out. */
const zoned = <T extends { tz?: string }>(i: T, ctx: HandlerContext) => ({ ...i, tz: i.tz ?? ctx.tz });

export const auditHandlers: FeatureHandlers<'audit'> = {
  'audit.timer.state': (_i, ctx) => timerState(ctx.db, ctx.now()),
  'audit.timer.start': (i, ctx) => startTimer(ctx.db, i.categoryId, i.tz ?? ctx.tz, ctx.now()),
  'audit.timer.stop': (_i, ctx) => stopTimer(ctx.db, ctx.now()),

  'audit.interruptions.log': (i, ctx) => logInterruption(ctx.db, { ...zoned(i, ctx), at: i.at ?? ctx.now() }),
  'audit.interruptions.update': (i, ctx) => updateInterruption(ctx.db, i),
  // the cases a row counted for are read before the delete unlinks them, and linked again on Undo
  'audit.interruptions.delete': (i, ctx) => {
    const caseIds = interruptionCases(ctx.db, i.id);
    return { ...done, interruption: deleteInterruption(ctx.db, i.id), caseIds };
  },
  'audit.interruptions.restore': (i, ctx) => {
    const restored = restoreInterruption(ctx.db, i.interruption);
    relinkInterruption(ctx.db, i.caseIds, restored.id);
    return restored;
  },

  'audit.entries.list': (i, ctx) => ({ entries: entriesOverlapping(ctx.db, i.from, i.to), interruptions: interruptionsBetween(ctx.db, i.from, i.to) }),
  'audit.entries.create': (i, ctx) => createEntry(ctx.db, zoned(i, ctx), ctx.now()),
  'audit.entries.update': ({ id, ...fields }, ctx) => updateEntry(ctx.db, id, zoned(fields, ctx), ctx.now()),
  'audit.entries.split': (i, ctx) => splitEntry(ctx.db, i.id, i.at, ctx.now()),
  'audit.entries.delete': (i, ctx) => {
    const caseIds = entryCases(ctx.db, i.id);
    return { ...done, entry: deleteEntry(ctx.db, i.id), caseIds };
  },
  'audit.entries.restore': (i, ctx) => {
    const restored = restoreEntry(ctx.db, i.entry, ctx.now());
    relinkEntry(ctx.db, i.caseIds, restored.id);
    return restored;
  },

  'audit.categories.list': (_i, ctx) => listCategories(ctx.db),
  'audit.categories.create': (i, ctx) => createCategory(ctx.db, i),
  'audit.categories.update': (i, ctx) => updateCategory(ctx.db, i),
  'audit.categories.delete': (i, ctx) => (deleteCategory(ctx.db, i.id), done),

  'audit.responsibilities.list': (_i, ctx) => listResponsibilities(ctx.db),
  'audit.responsibilities.paste': (i, ctx) => pasteJobDescription(ctx.db, i.text),
  'audit.responsibilities.update': (i, ctx) => updateResponsibility(ctx.db, i.id, i.text),
  'audit.responsibilities.delete': (i, ctx) => (deleteResponsibility(ctx.db, i.id), done),

  'audit.report': (i, ctx) => auditReport(ctx.db, zoned(i, ctx), ctx.now()),
  'audit.rhythm': (i, ctx) => rhythm(ctx.db, zoned(i, ctx), ctx.now()),
  'audit.rhythm.ics': (i, ctx) => rhythmIcs(ctx.db, zoned(i, ctx), ctx.now(), i.labels),
  'audit.today': (i, ctx) => todaySummary(ctx.db, i?.tz ?? ctx.tz, ctx.now()),
  'audit.trend': (i, ctx) => trend(ctx.db, zoned(i, ctx), ctx.now()),

  'audit.saved.list': (_i, ctx) => listSavedAudits(ctx.db),
  'audit.saved.create': (i, ctx) => createSavedAudit(ctx.db, { ...zoned(i, ctx), createdAt: ctx.now() }),
  'audit.saved.update': (i, ctx) => updateSavedAudit(ctx.db, i),
  'audit.saved.delete': (i, ctx) => (deleteSavedAudit(ctx.db, i.id), done),

  'audit.export.csv': (i, ctx) => exportCsv(ctx.db, zoned(i, ctx), i.language, ctx.now(), i.values),
  // Jobs: in the worker thread in the app (the main thread keeps answering), inline in tests.
  'audit.import.preview': (i, ctx) =>
    'importId' in i ? ctx.jobs.run('audit.import.rerun', { importId: i.importId, options: i.options, now: ctx.now() }) : ctx.jobs.run('audit.import.preview', { ...zoned(i, ctx), now: ctx.now() }),
  'audit.import.commit': (i, ctx) => ctx.jobs.run('audit.import.commit', { ...i, now: ctx.now() }),

  'audit.presets.pending': (i, ctx) => pendingPresetRenames(ctx.db, i.language),
  'audit.presets.localize': (i, ctx) => localizePresets(ctx.db, i.language),
};
