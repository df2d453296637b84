import { z } from 'zod';
import type { CHANNELS_BY_FEATURE, Feature } from './channelNames';
import { INTERRUPTION_CHANNELS, MODES, VISIBILITIES, ENTRY_SOURCES } from '../domain';
import { isLocalDay } from '../time';

export const id = z.number().int().positive();
export const epochMs = z.number().int().min(0).max(8_640_000_000_000);
export const ianaZone = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isLocalDay, 'invalid date');
export const minuteOfDay = z.number().int().min(0).max(1440);
export const shortText = z.string().max(200);
export const longText = z.string().max(20_000);
export const color = z.string().regex(/^#[0-9a-fA-F]{6}$/);
export const mode = z.enum(MODES);
export const visibility = z.enum(VISIBILITIES);
export const interruptionChannel = z.enum(INTERRUPTION_CHANNELS);
export const entrySource = z.enum(ENTRY_SOURCES);
export const none = z.union([z.undefined(), z.null()]);
export const okValue = z.object({ done: z.literal(true) });

/**
 * One channel's definition. `kind` — read: no transaction; write: the dispatcher runs the handler
 * in one IMMEDIATE transaction (the handler must be synchronous); action: the handler manages its
 * own writes and may be asynchronous (backups, restores, worker jobs, the shell's PDF).
 */
export interface ChannelDef {
  kind: 'read' | 'write' | 'action';
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * The schema map of one feature: exactly the names channelNames.ts lists for it (a missing or
 * extra channel is a type error where the map is declared with `satisfies`).
 */
export type FeatureChannels<F extends Feature> = { [C in (typeof CHANNELS_BY_FEATURE)[F][number]]: ChannelDef };
