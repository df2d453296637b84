import { AppError } from '../../shared/contract/result';
import type { Db, Migration, MigrationContext } from './types';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Versions that would run, in order, on this database. */
export function pendingMigrations(db: Db, migrations: readonly Migration[]): Migration[] {
  const current = schemaVersion(db);
  return migrations.filter((m) => m.version > current);
}

export function assertNotFromTheFuture(db: Db, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new AppError('db_newer', `This database was written by a newer version of Coulisses (schema ${current}, this version knows ${latest}).`, {
      found: current,
      known: latest,
    });
  }
}

/** Runs each pending migration in its own transaction, bumping user_version inside it. */
export function migrate(db: Db, migrations: readonly Migration[], ctx: MigrationContext, until = Infinity): number[] {
  assertNotFromTheFuture(db, migrations);
  const ran: number[] = [];
  for (const m of pendingMigrations(db, migrations)) {
    if (m.version > until) break;
    db.transaction(() => {
      m.up(db, ctx);
      db.pragma(`user_version = ${m.version}`);
    })();
    ran.push(m.version);
  }
  return ran;
}
