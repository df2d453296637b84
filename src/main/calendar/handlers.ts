import { channels, formats, lookups, pillars, setRitual } from './lookups';
import { createItem, deleteItem, itemsBetween, requireItem, restoreItem, updateItem } from './items';
import { applyLearnedEstimates, assignItems, attachUnprepared, learnedEstimates, createSession, deleteSession, heartbeat, runAction, sessionDetail, toggleEntry, updateSession } from './sessions';
import { calendarSummary, exportData, monthFill } from './summary';
import { listBacklog } from './itemsStore';
import { listSessions } from './sessionsStore';
import type { FeatureHandlers } from '../ipc/types';

// The dispatcher hands each handler its input as parsed by the contract (defaults applied).
const done = { done: true } as const;

export const calendarHandlers: FeatureHandlers<'calendar'> = {
  'calendar.lookups': (_i, ctx) => lookups(ctx.db),
  'calendar.items.range': (i, ctx) => itemsBetween(ctx.db, i.from, i.to, ctx.tz),
  'calendar.items.backlog': (_i, ctx) => listBacklog(ctx.db),
  'calendar.item.get': (i, ctx) => requireItem(ctx.db, i.id),
  'calendar.item.create': (i, ctx) => createItem(ctx.db, i, { now: ctx.now(), tz: ctx.tz }),
  'calendar.item.update': (i, ctx) => updateItem(ctx.db, i, ctx.now()),
  'calendar.item.delete': (i, ctx) => ({ ...done, item: deleteItem(ctx.db, i.id) }),
  'calendar.item.restore': (i, ctx) => restoreItem(ctx.db, i.item, ctx.now()),
  'calendar.formats.learned': (_i, ctx) => learnedEstimates(ctx.db),
  'calendar.formats.learn': (i, ctx) => ({ changed: applyLearnedEstimates(ctx.db, i.formatIds) }),
  'calendar.channel.create': (i, ctx) => channels.create(ctx.db, i),
  'calendar.channel.update': (i, ctx) => channels.update(ctx.db, i),
  'calendar.pillar.create': (i, ctx) => pillars.create(ctx.db, i),
  'calendar.pillar.update': (i, ctx) => pillars.update(ctx.db, i),
  'calendar.pillar.delete': (i, ctx) => {
    pillars.remove(ctx.db, i.id);
    return done;
  },
  'calendar.format.create': (i, ctx) => formats.create(ctx.db, i),
  'calendar.format.update': (i, ctx) => formats.update(ctx.db, i),
  'calendar.format.delete': (i, ctx) => {
    formats.remove(ctx.db, i.id);
    return done;
  },
  'calendar.ritual.update': (i, ctx) => setRitual(ctx.db, i),
  'calendar.monthFill': (i, ctx) => monthFill(ctx.db, i.month, i.weekStartsOn, ctx.tz),
  'calendar.sessions.list': (_i, ctx) => listSessions(ctx.db),
  'calendar.session.get': (i, ctx) => sessionDetail(ctx.db, i.id, ctx.now()),
  'calendar.session.create': (i, ctx) => createSession(ctx.db, i, { now: ctx.now(), tz: ctx.tz }),
  'calendar.session.update': (i, ctx) => updateSession(ctx.db, i),
  'calendar.session.delete': (i, ctx) => {
    deleteSession(ctx.db, i.id, { now: ctx.now(), tz: ctx.tz });
    return done;
  },
  'calendar.session.assign': (i, ctx) => ({ moved: assignItems(ctx.db, i.itemIds, i.sessionId, ctx.now()) }),
  'calendar.session.attachUnprepared': (i, ctx) => ({ moved: attachUnprepared(ctx.db, i.sessionId, ctx.now()) }),
  'calendar.run': (i, ctx) => runAction(ctx.db, i.sessionId, i.action, { now: ctx.now(), tz: ctx.tz }),
  'calendar.run.toggle': (i, ctx) => toggleEntry(ctx.db, i.sessionId, i.entryId, { now: ctx.now(), tz: ctx.tz }),
  'calendar.run.heartbeat': (i, ctx) => {
    heartbeat(ctx.db, i.sessionId, ctx.now());
    return done;
  },
  'calendar.exportData': (i, ctx) => exportData(ctx.db, i.month, { now: ctx.now(), tz: ctx.tz }),
  'calendar.summary': (i, ctx) => calendarSummary(ctx.db, i?.weekStartsOn, { now: ctx.now(), tz: ctx.tz }),
};
