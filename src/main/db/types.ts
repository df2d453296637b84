import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

export interface Migration {
  version: number;
  name: string;
  /** Runs inside one transaction; must not commit or begin its own. */
  up(db: Db, ctx: MigrationContext): void;
}

export interface MigrationContext {
  /** Language used for seeded presets the first time the database is created. */
  language: 'en' | 'fr';
  /** The instant the migration runs (epoch ms; Date.now() when absent): seeds a date with it. */
  now?: number;
  /** The user's IANA time zone (the system zone when absent): a seeded date is its local day. */
  tz?: string;
}
