import type { FeatureHandlers, HandlerContext } from '../ipc/types';
import { actOnCase, board, caseView, deleteCase, handleCase, logCase, moderateCase, updateCase } from './cases';
import { commitCaseImport, commitVendor, previewCaseImport, previewVendor } from './imports';
import { createBlock, createVerbatim, deleteBlock, deleteVerbatim, digest, dismissSuggestion, listTags, suggestions, updateBlock } from './learning';
import { listBlocks, listVerbatims } from './learningStore';
import { measures, summary, vendorDays } from './measures';
import { createRule, createType, deleteRule, deleteType, getConfig, listTypes, updateConfig, updateRule, updateType } from './setup';
import { listRules } from './setupStore';

const done = { done: true } as const;
/** The input's zone, or the user's current zone when the caller left it out. */
const zoned = <T extends { tz?: string }>(i: T, ctx: HandlerContext) => ({ ...i, tz: i.tz ?? ctx.tz });

export const protocolHandlers: FeatureHandlers<'protocol'> = {
  'protocol.types.list': (_i, ctx) => listTypes(ctx.db),
  'protocol.types.create': (i, ctx) => createType(ctx.db, i),
  'protocol.types.update': (i, ctx) => updateType(ctx.db, i),
  'protocol.types.delete': (i, ctx) => (deleteType(ctx.db, i.id), done),

  'protocol.rules.list': (_i, ctx) => listRules(ctx.db),
  'protocol.rules.create': (i, ctx) => createRule(ctx.db, i),
  'protocol.rules.update': (i, ctx) => updateRule(ctx.db, i),
  'protocol.rules.delete': (i, ctx) => (deleteRule(ctx.db, i.id), done),

  'protocol.config.get': (_i, ctx) => getConfig(ctx.db),
  'protocol.config.update': (i, ctx) => updateConfig(ctx.db, i),

  'protocol.cases.board': (_i, ctx) => board(ctx.db, ctx.now()),
  'protocol.case.get': (i, ctx) => caseView(ctx.db, i.id, ctx.now()),
  'protocol.case.log': (i, ctx) => logCase(ctx.db, zoned(i, ctx), ctx.now()),
  'protocol.case.update': (i, ctx) => updateCase(ctx.db, i, ctx.now()),
  'protocol.case.act': (i, ctx) => actOnCase(ctx.db, i.id, i.action, { isPublic: i.public, at: i.at }, ctx.now()),
  'protocol.case.moderate': (i, ctx) => moderateCase(ctx.db, i, ctx.now()),
  'protocol.case.handle': (i, ctx) => handleCase(ctx.db, i.id, i.tz ?? ctx.tz, ctx.now()),
  'protocol.case.delete': (i, ctx) => (deleteCase(ctx.db, i.id), done),

  'protocol.blocks.list': (_i, ctx) => listBlocks(ctx.db),
  'protocol.blocks.create': (i, ctx) => createBlock(ctx.db, i),
  'protocol.blocks.update': (i, ctx) => updateBlock(ctx.db, i),
  'protocol.blocks.delete': (i, ctx) => (deleteBlock(ctx.db, i.id), done),

  'protocol.verbatims.list': (_i, ctx) => listVerbatims(ctx.db),
  'protocol.verbatims.create': (i, ctx) => createVerbatim(ctx.db, zoned(i, ctx), ctx.now()),
  'protocol.verbatims.delete': (i, ctx) => (deleteVerbatim(ctx.db, i.id), done),
  'protocol.tags': (_i, ctx) => listTags(ctx.db),
  'protocol.suggestions': (_i, ctx) => suggestions(ctx.db, ctx.now()),
  'protocol.suggestions.dismiss': (i, ctx) => (dismissSuggestion(ctx.db, i.typeId, i.tag, ctx.now()), done),

  'protocol.digest': (i, ctx) => digest(ctx.db, zoned(i, ctx)),
  'protocol.measures': (i, ctx) => measures(ctx.db, zoned(i, ctx), ctx.now()),
  'protocol.summary': (i, ctx) => summary(ctx.db, { tz: i?.tz ?? ctx.tz, weekStartsOn: i?.weekStartsOn ?? 1 }, ctx.now()),

  'protocol.vendor.list': (i, ctx) => vendorDays(ctx.db, zoned(i, ctx)),
  'protocol.vendor.preview': (i, ctx) => previewVendor(ctx.db, i.base64),
  'protocol.vendor.commit': (i, ctx) => commitVendor(ctx.db, i.base64),
  'protocol.import.preview': (i, ctx) => previewCaseImport(ctx.db, zoned(i, ctx), ctx.now()),
  'protocol.import.commit': (i, ctx) => commitCaseImport(ctx.db, zoned(i, ctx), ctx.now()),
};
