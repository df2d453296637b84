import type { FeatureHandlers } from '../ipc/types';
import { fetchItemText, runFetch } from './fetchRun';
import { addManualItem, annotateItem, deleteItem, getItem, listItems, markRead, promoteItem, setItemNote, triageItem } from './items';
import { vocabulary } from './itemsStore';
import { veilleMeasures } from './measures';
import {
  decideRecommendation,
  deleteEntry,
  deleteReport,
  deliverReport,
  exportMarkdown,
  getReport,
  listRecommendations,
  listReports,
  moveEntry,
  openReport,
  reopenReport,
  saveEntry,
  updateReport,
} from './reports';
import { getVeilleSettings, updateVeilleSettings } from './settings';
import { createFeedSource, deleteSource, importOpml, listSources, previewOpml, updateSource } from './sources';
import { readFetchLog } from './sourcesStore';

export const veilleHandlers: FeatureHandlers<'veille'> = {
  'veille.sources.list': (_i, ctx) => listSources(ctx.db),
  'veille.source.create': (input, ctx) => createFeedSource(ctx.db, input, ctx.now()),
  'veille.source.update': (input, ctx) => updateSource(ctx.db, input),
  'veille.source.delete': (input, ctx) => deleteSource(ctx.db, input.id),
  'veille.opml.preview': (input, ctx) => previewOpml(ctx.db, input.text),
  'veille.opml.import': (input, ctx) => importOpml(ctx.db, input.text, input.fetchEnabled, ctx.now()),

  'veille.fetch.run': (input, ctx) => runFetch(ctx, { sourceIds: input?.sourceIds, trigger: 'manual' }),
  'veille.fetch.log': (input, ctx) => readFetchLog(ctx.db, input?.limit ?? 100),
  'veille.item.fetchText': (input, ctx) => fetchItemText(ctx, input.id),
  'veille.settings.get': (_i, ctx) => getVeilleSettings(ctx.db, ctx.now(), ctx.tz),
  'veille.settings.update': (input, ctx) => updateVeilleSettings(ctx.db, input, ctx.now(), ctx.tz),

  'veille.items.list': (input, ctx) => listItems(ctx.db, input ?? { view: 'inbox', limit: 300 }, ctx.tz),
  'veille.item.get': (input, ctx) => getItem(ctx.db, input.id),
  'veille.item.add': (input, ctx) => addManualItem(ctx.db, input, ctx.now(), ctx.tz),
  'veille.item.triage': (input, ctx) => triageItem(ctx.db, input, ctx.now()),
  'veille.item.markRead': (input, ctx) => markRead(ctx.db, input.id, ctx.now()),
  'veille.item.annotate': (input, ctx) => annotateItem(ctx.db, input, ctx.now()),
  'veille.item.promote': (input, ctx) => promoteItem(ctx.db, input.id, ctx.now()),
  'veille.item.note': (input, ctx) => setItemNote(ctx.db, input.id, input.note),
  'veille.item.delete': (input, ctx) => deleteItem(ctx.db, input.id),
  'veille.vocabulary': (_i, ctx) => vocabulary(ctx.db),

  'veille.reports.list': (_i, ctx) => listReports(ctx.db),
  'veille.report.get': (input, ctx) => getReport(ctx.db, input.id),
  'veille.report.open': (input, ctx) => openReport(ctx.db, input.week, ctx.now(), ctx.tz),
  'veille.report.update': (input, ctx) => updateReport(ctx.db, input, ctx.now()),
  'veille.report.delete': (input, ctx) => deleteReport(ctx.db, input.id),
  'veille.report.saveEntry': (input, ctx) => saveEntry(ctx.db, input),
  'veille.report.deleteEntry': (input, ctx) => deleteEntry(ctx.db, input.id),
  'veille.report.moveEntry': (input, ctx) => moveEntry(ctx.db, input.id, input.direction),
  'veille.report.deliver': (input, ctx) => deliverReport(ctx.db, input.id, ctx.now()),
  'veille.report.reopen': (input, ctx) => reopenReport(ctx.db, input.id, ctx.now()),
  'veille.report.markdown': (input, ctx) => exportMarkdown(ctx.db, input),
  'veille.recommendations.list': (_i, ctx) => listRecommendations(ctx.db),
  'veille.recommendation.decide': (input, ctx) => decideRecommendation(ctx.db, input, ctx.now()),

  'veille.measures': (input, ctx) => veilleMeasures(ctx.db, input?.weeks ?? 8, ctx.now(), ctx.tz),
};
