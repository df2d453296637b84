import type { ChannelKind, ChannelName, ChannelOutput, ChannelParsed, CHANNELS_BY_FEATURE, Feature } from '../../shared/contract';
import type { AppStatus } from '../../shared/contract/system';
import type { Db } from '../db/types';
import type { JobName, JobInput, JobOutput } from '../core/jobTable';

/** The Electron shell's answer about the global shortcut (null in browser mode). */
export interface ShortcutStatus {
  wanted: string;
  registered: string | null;
  taken: boolean;
  suggestion: string | null;
}

/** Heavy work (file imports) run off the main thread when a worker is configured. */
export interface Jobs {
  /** Runs a job and resolves with its value; rejects with an AppError. */
  run<J extends JobName>(name: J, input: JobInput<J>): Promise<JobOutput<J>>;
}

/**
 * Everything a handler may use, given by Core at each call. Below the dispatcher nothing imports
 * electron: what only the desktop shell can do (print to PDF, pick a file, the global shortcut)
 * arrives here as functions, absent or answering null in browser mode and tests.
 */
export interface HandlerContext {
  /** The open database. Reading it on the recovery screen throws AppError('recovery_mode'). */
  readonly db: Db;
  /** False on the recovery screen (the database could not be opened). */
  readonly hasDb: boolean;
  /** The clock, epoch ms (a fixed clock in tests). */
  now(): number;
  /** The user's current IANA time zone. */
  tz: string;
  dataDir: string;
  backupsDir: string;
  dbPath: string;
  version: string;
  mode: 'electron' | 'browser';
  /** The lifecycle state: ok, or recovery with its reason. */
  status(): AppStatus;
  jobs: Jobs;
  /** Electron's printToPDF of the window's page; undefined in browser mode. */
  printToPdf?: () => Promise<Uint8Array>;
  /** Electron-side state of the global shortcut; null in browser mode. */
  shortcutStatus(): ShortcutStatus | null;
  /** Tells the shell (menu language, global shortcut) that settings changed. */
  settingsChanged(): void;
  /** Closes, swaps in a backup and reopens the database (healthy or on the recovery screen). */
  restoreBackup(name: string): void;
  /** Recovery screen: sets the unusable file aside and starts a new database. */
  startFresh(): void;
  /** Recovery screen: opens a database file the user picks (desktop app); false when none picked. */
  openOther(): boolean;
}

type Awaitable<T> = T | Promise<T>;

/**
 * A channel's handler, given the input as the contract parsed it. Write handlers are synchronous
 * (the dispatcher wraps them in one transaction); reads and actions may be asynchronous.
 */
export type Handler<C extends ChannelName> = (
  input: ChannelParsed<C>,
  ctx: HandlerContext,
) => ChannelKind<C> extends 'write' ? ChannelOutput<C> : Awaitable<ChannelOutput<C>>;
export type HandlerMap<K extends ChannelName> = { [C in K]: Handler<C> };
/** The handlers of one feature: exactly its channels (see src/shared/contract/channelNames.ts). */
export type FeatureHandlers<F extends Feature> = HandlerMap<(typeof CHANNELS_BY_FEATURE)[F][number]>;
