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
  /** Closes, swaps in a backup and reopens the live database. */
  restoreBackup(name: string): void;
}

export type Handler<C extends ChannelName> = (input: ChannelInput<C>, ctx: HandlerContext) => ChannelOutput<C>;
export type HandlerMap<K extends ChannelName> = { [C in K]: Handler<C> };
