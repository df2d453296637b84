import type { FeatureHandlers } from '../ipc/types';
import { compliance, todayLine } from './compliance';
import { catalogueFor, createDoc, deleteDoc, docView, listDocs, notices, proposeDoc, signDoc, updateDoc } from './docs';
import { createException, deleteException, listExceptions, updateException } from './exceptions';
import { listSlots, saveSlots } from './slots';

export const charterHandlers: FeatureHandlers<'charter'> = {
  'charter.docs.list': (_i, ctx) => listDocs(ctx.db),
  'charter.doc.get': (input, ctx) => docView(ctx.db, input?.id),
  'charter.doc.create': (input, ctx) => createDoc(ctx.db, input, ctx.now()),
  'charter.doc.update': (input, ctx) => updateDoc(ctx.db, input, ctx.now()),
  'charter.doc.propose': (input, ctx) => proposeDoc(ctx.db, input, ctx.now()),
  'charter.doc.sign': (input, ctx) => signDoc(ctx.db, input, ctx.now()),
  'charter.doc.delete': (input, ctx) => deleteDoc(ctx.db, input.id),
  'charter.catalogue': (input, ctx) => catalogueFor(ctx.db, input.language),

  'charter.slots.list': (_i, ctx) => listSlots(ctx.db),
  'charter.slots.save': (input, ctx) => saveSlots(ctx.db, input.slots),
  'charter.notices': (_i, ctx) => notices(ctx.db),

  'charter.exceptions.list': (input, ctx) => listExceptions(ctx.db, input ?? {}),
  'charter.exception.create': (input, ctx) => createException(ctx.db, input, ctx.now()),
  'charter.exception.update': (input, ctx) => updateException(ctx.db, input, ctx.now()),
  'charter.exception.delete': (input, ctx) => deleteException(ctx.db, input.id),

  'charter.compliance': (input, ctx) => compliance(ctx.db, { from: input.from, to: input.to, tz: input.tz ?? ctx.tz }, ctx.now()),
  'charter.today': (input, ctx) => todayLine(ctx.db, { tz: input?.tz ?? ctx.tz, weekStartsOn: input?.weekStartsOn ?? 1 }, ctx.now()),
};
