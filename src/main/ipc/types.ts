import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import type { Db } from '../db/types';

export interface HandlerContext {
  db: Db;
  now(): number;
  /** The user's current IANA time zone. */
  tz: string;
  dataDir: string;
  backupsDir: string;
  dbPath: string;
  version: string;
  mode: 'electron' | 'browser';
  /** Electron-side state of the global shortcut; null in browser mode. */
  shortcutStatus(): { wanted: string; registered: string | null; taken: boolean; suggestion: string | null } | null;
  /** Tells the shell (menu language, global shortcut) that settings changed. */
  settingsChanged(): void;
  /** Closes, swaps in a backup and reopens the live database. */
  restoreBackup(name: string): void;
}

export type Handler<C extends ChannelName> = (input: ChannelInput<C>, ctx: HandlerContext) => ChannelOutput<C>;
export type HandlerMap<K extends ChannelName> = { [C in K]: Handler<C> };
