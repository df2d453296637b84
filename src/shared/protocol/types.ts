// The protocol's domain types: inferred from the contract's schemas (one declaration per shape).
import type { z } from 'zod';
import type {
  caseSchema,
  digestSchema,
  measuresSchema,
  moderationRuleSchema,
  protocolConfigSchema,
  replyBlockSchema,
  requestTypeSchema,
  slaStatusSchema,
  summarySchema,
  verbatimSchema,
  caseMappingSchema,
} from '../contract/protocol';

/** A request type: level 1–4, who answers, owner, SLAs in minutes of its clock, bridge reply per language. */
export type RequestType = z.infer<typeof requestTypeSchema>;
/** One article of the moderation charter. */
export type ModerationRule = z.infer<typeof moderationRuleSchema>;
/** The protocol's settings (version and date, order-number pattern, days off…). */
export type ProtocolConfig = z.infer<typeof protocolConfigSchema>;
/** A case with its live SLA clocks (instants in epoch ms). */
export type Case = z.infer<typeof caseSchema>;
export type SlaStatusShape = z.infer<typeof slaStatusSchema>;
/** A reply block: one sandwich step in one language. */
export type ReplyBlock = z.infer<typeof replyBlockSchema>;
/** A verbatim: a customer's words, personal data removed, with a tag and a product area. */
export type Verbatim = z.infer<typeof verbatimSchema>;
/** The weekly "voice of the customer" digest. */
export type Digest = z.infer<typeof digestSchema>;
/** The SLA and volume measures of a period. */
export type ProtocolMeasures = z.infer<typeof measuresSchema>;
/** The Today line. */
export type ProtocolSummary = z.infer<typeof summarySchema>;
/** Which CSV column holds what, for a case import. */
export type CaseMapping = z.infer<typeof caseMappingSchema>;
