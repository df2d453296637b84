import { z } from 'zod';
import { none, okValue, minuteOfDay, type FeatureChannels } from './common';

export const LANGUAGES = ['en', 'fr'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

const dayHours = z
  .object({ start: minuteOfDay, end: minuteOfDay })
  .strict()
  .refine((d) => d.end > d.start, { message: 'end must be after start', path: ['end'] });

export const charterSchema = z
  .object({ days: z.array(dayHours.nullable()).length(7), disconnect: minuteOfDay })
  .strict();

export const settingsSchema = z
  .object({
    language: z.enum(LANGUAGES).nullable(),
    theme: z.enum(THEMES),
    charter: charterSchema,
    refocusMinutes: z.number().int().min(0).max(240),
    backupKeep: z.number().int().min(1).max(60),
    shortcutInterruption: z.string().max(60),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const backupInfo = z.object({
  name: z.string(),
  createdAt: z.number(),
  size: z.number(),
  reason: z.enum(['daily', 'manual', 'pre-migration', 'pre-restore', 'pre-import']),
});
export type BackupInfo = z.infer<typeof backupInfo>;

const backupName = z.string().regex(/^coulisses-[0-9TZ-]+-(daily|manual|pre-migration|pre-restore|pre-import)\.sqlite$/);

export const appStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ok') }),
  z.object({
    state: z.literal('recovery'),
    // db_missing: no database file (or an empty one) while backups exist beside it.
    reason: z.enum(['db_corrupt', 'db_newer', 'db_unopenable', 'db_missing']),
    detail: z.string(),
    dbPath: z.string(),
    backups: z.array(backupInfo),
    canPickFile: z.boolean(),
  }),
]);
export type AppStatus = z.infer<typeof appStatus>;

export const exportFile = z.object({ format: z.literal('coulisses-export'), version: z.number().int(), exportedAt: z.number(), tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) });
export type ExportFile = z.infer<typeof exportFile>;

export const systemChannels = {
  'system.ping': { kind: 'read', input: none, output: z.object({ pong: z.literal(true) }) },
  'app.status': { kind: 'read', input: none, output: appStatus },
  'app.info': {
    kind: 'read',
    input: none,
    output: z.object({ version: z.string(), dataDir: z.string(), dbPath: z.string(), schemaVersion: z.number(), mode: z.enum(['electron', 'browser']) }),
  },
  'settings.get': { kind: 'read', input: none, output: settingsSchema },
  'settings.update': { kind: 'write', input: settingsSchema.partial().strict(), output: settingsSchema },
  'backups.list': { kind: 'read', input: none, output: z.array(backupInfo) },
  'backups.create': { kind: 'action', input: none, output: backupInfo },
  'backups.restore': { kind: 'action', input: z.object({ name: backupName }).strict(), output: okValue },
  'app.shortcut': {
    kind: 'read',
    input: none,
    output: z.object({ supported: z.boolean(), wanted: z.string(), registered: z.string().nullable(), taken: z.boolean(), suggestion: z.string().nullable() }),
  },
  /** The current page as an A4 PDF (Electron's printToPDF with the print layout); desktop app only. */
  'app.printToPdf': { kind: 'action', input: none, output: z.object({ base64: z.string() }) },
  'recovery.startFresh': { kind: 'action', input: none, output: okValue },
  'recovery.openOther': { kind: 'action', input: none, output: z.object({ opened: z.boolean() }) },
  'data.export': { kind: 'read', input: none, output: exportFile },
  'data.import': { kind: 'action', input: z.object({ json: z.string().max(200_000_000) }).strict(), output: z.object({ rows: z.number() }) },
} as const satisfies FeatureChannels<'system'>;
