import type { auditChannels } from '../../shared/contract/audit';
import { listCategories, listResponsibilities, listSavedAudits } from './categoriesStore';
import { entriesOverlapping, interruptionsBetween } from './entriesStore';
import { createCategory, deleteCategory, deleteResponsibility, pasteJobDescription, updateCategory, updateResponsibility } from './categories';
import { exportCsv } from './csvExport';
import { createEntry, deleteEntry, deleteInterruption, logInterruption, splitEntry, startTimer, stopTimer, timerState, updateEntry, updateInterruption } from './entries';
import { commitImport, previewImport } from './import/timeImport';
import { auditReport, rhythm, rhythmIcs, todaySummary, trend } from './report';
import { createSavedAudit, deleteSavedAudit, updateSavedAudit } from './saved';
import type { HandlerContext, HandlerMap } from '../ipc/types';

const done = { done: true } as const;
const period = (p: { from: number; to: number; tz?: string }, ctx: HandlerContext) => ({ from: p.from, to: p.to, tz: p.tz ?? ctx.tz });
const fields = (i: { start: number; end: number; tz?: string; categoryId: number; note?: string; platform?: string | null; responsibilityId?: number | null; visibility?: 'visible' | 'invisible' | null }, ctx: HandlerContext) => ({
  start: i.start,
  end: i.end,
  tz: i.tz ?? ctx.tz,
  categoryId: i.categoryId,
  note: (i.note ?? '').trim(),
  platform: i.platform ? i.platform : null,
  responsibilityId: i.responsibilityId ?? null,
  visibility: i.visibility ?? null,
});

export const auditHandlers: HandlerMap<keyof typeof auditChannels> = {
  'audit.timer.state': (_i, ctx) => timerState(ctx.db, ctx.now()),
  'audit.timer.start': (i, ctx) => startTimer(ctx.db, i.categoryId, i.tz ?? ctx.tz, ctx.now()),
  'audit.timer.stop': (_i, ctx) => stopTimer(ctx.db, ctx.now()),

  'audit.interruptions.log': (i, ctx) => logInterruption(ctx.db, { channel: i.channel, note: i.note ?? '', who: i.who ?? '', at: i.at ?? ctx.now(), tz: i.tz ?? ctx.tz }),
  'audit.interruptions.update': (i, ctx) => updateInterruption(ctx.db, i),
  'audit.interruptions.delete': (i, ctx) => (deleteInterruption(ctx.db, i.id), done),

  'audit.entries.list': (i, ctx) => ({ entries: entriesOverlapping(ctx.db, i.from, i.to), interruptions: interruptionsBetween(ctx.db, i.from, i.to) }),
  'audit.entries.create': (i, ctx) => createEntry(ctx.db, fields(i, ctx), ctx.now()),
  'audit.entries.update': (i, ctx) => updateEntry(ctx.db, i.id, fields(i, ctx), ctx.now()),
  'audit.entries.split': (i, ctx) => splitEntry(ctx.db, i.id, i.at),
  'audit.entries.delete': (i, ctx) => (deleteEntry(ctx.db, i.id), done),

  'audit.categories.list': (_i, ctx) => listCategories(ctx.db),
  'audit.categories.create': (i, ctx) => createCategory(ctx.db, { name: i.name.trim(), color: i.color, mode: i.mode, responsibilityId: i.responsibilityId ?? null, visibility: i.visibility ?? 'visible' }),
  'audit.categories.update': (i, ctx) => updateCategory(ctx.db, { ...i, name: i.name?.trim() }),
  'audit.categories.delete': (i, ctx) => (deleteCategory(ctx.db, i.id), done),

  'audit.responsibilities.list': (_i, ctx) => listResponsibilities(ctx.db),
  'audit.responsibilities.paste': (i, ctx) => pasteJobDescription(ctx.db, i.text),
  'audit.responsibilities.update': (i, ctx) => updateResponsibility(ctx.db, i.id, i.text),
  'audit.responsibilities.delete': (i, ctx) => (deleteResponsibility(ctx.db, i.id), done),

  'audit.report': (i, ctx) => auditReport(ctx.db, period(i, ctx), ctx.now()),
  'audit.rhythm': (i, ctx) => rhythm(ctx.db, period(i, ctx), ctx.now()),
  'audit.rhythm.ics': (i, ctx) => rhythmIcs(ctx.db, period(i, ctx), ctx.now(), i.labels),
  'audit.today': (i, ctx) => todaySummary(ctx.db, i?.tz ?? ctx.tz, ctx.now()),
  'audit.trend': (i, ctx) => trend(ctx.db, period(i, ctx), ctx.now()),

  'audit.saved.list': (_i, ctx) => listSavedAudits(ctx.db),
  'audit.saved.create': (i, ctx) =>
    createSavedAudit(ctx.db, { name: i.name, from: i.from, to: i.to, tz: i.tz ?? ctx.tz, notes: i.notes ?? '', conclusions: i.conclusions ?? '', createdAt: ctx.now() }),
  'audit.saved.update': (i, ctx) => updateSavedAudit(ctx.db, i),
  'audit.saved.delete': (i, ctx) => (deleteSavedAudit(ctx.db, i.id), done),

  'audit.export.csv': (i, ctx) => exportCsv(ctx.db, period(i, ctx), i.language, ctx.now()),
  'audit.import.preview': (i, ctx) => previewImport(ctx.db, { base64: i.base64, fileName: i.fileName, tz: i.tz ?? ctx.tz }, ctx.now()),
  'audit.import.commit': (i, ctx) => commitImport(ctx.db, { base64: i.base64, fileName: i.fileName, tz: i.tz ?? ctx.tz }, i.mapping, ctx.now()),
};
