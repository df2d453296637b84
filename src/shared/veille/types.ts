// Veille (monitoring) domain types, declared once as the contract's zod schemas
// (src/shared/contract/veille.ts). Instants are UTC epoch ms; weeks are ISO 8601 'YYYY-Www'
// keys in the user's zone; days are LocalDay 'YYYY-MM-DD'.
import type { z } from 'zod';
import type {
  fetchLogRow,
  fetchSummary,
  opmlRow,
  recommendationRow,
  reportEntry,
  reportListRow,
  veilleAnnotation,
  veilleItem,
  veilleItemRow,
  veilleMeasures,
  veilleReport,
  veilleSettings,
  veilleSource,
} from '../contract/veille';

export type VeilleSource = z.infer<typeof veilleSource>;
export type VeilleAnnotation = z.infer<typeof veilleAnnotation>;
export type VeilleItemRow = z.infer<typeof veilleItemRow>;
export type VeilleItem = z.infer<typeof veilleItem>;
export type FetchLogRow = z.infer<typeof fetchLogRow>;
export type FetchSummary = z.infer<typeof fetchSummary>;
export type VeilleSettings = z.infer<typeof veilleSettings>;
export type ReportEntry = z.infer<typeof reportEntry>;
export type VeilleReport = z.infer<typeof veilleReport>;
export type ReportListRow = z.infer<typeof reportListRow>;
export type RecommendationRow = z.infer<typeof recommendationRow>;
export type OpmlRow = z.infer<typeof opmlRow>;
export type VeilleMeasures = z.infer<typeof veilleMeasures>;
