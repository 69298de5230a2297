/**
 * Schema upgrades, tracked in `PRAGMA user_version` (= the number of applied
 * migrations). Each migration runs in its own transaction with the version
 * bump inside it, so a failure or a crash leaves the file at the previous
 * version with its data intact. An existing database is copied (and the copy
 * verified) before the first migration touches it.
 */
import { existsSync, statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { inTransaction, type Db, type ReadDb } from './db';
import { fileTimestamp, freePath, snapshotTo } from './backup';
import { DatabaseNewerError, MigrationError } from './errors';
import { MIGRATIONS, type Migration } from './migrations';

export interface MigrationReport {
  fromVersion: number;
  toVersion: number;
  /** The verified copy taken before migrating, or null when none was needed. */
  backupPath: string | null;
}

export interface MigrateOptions {
  /** The database file; needed to place the pre-migration backup next to it. */
  dbPath?: string;
  now?: () => Date;
}

export function schemaVersion(db: ReadDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[]): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migration "${m.name}" has version ${m.version}; expected ${i + 1} (no gaps, in order)`);
    }
  });
  return migrations.length;
}

export function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
  options: MigrateOptions = {},
): MigrationReport {
  const latest = latestVersion(migrations);
  const fromVersion = schemaVersion(db);
  if (fromVersion > latest) throw new DatabaseNewerError(options.dbPath ?? db.name, fromVersion, latest);
  if (fromVersion === latest) return { fromVersion, toVersion: latest, backupPath: null };

  const backupPath =
    fromVersion >= 1 && options.dbPath !== undefined
      ? backupBeforeMigration(db, options.dbPath, fromVersion, (options.now ?? (() => new Date()))())
      : null;

  for (const migration of migrations.slice(fromVersion)) {
    try {
      applyMigration(db, migration);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new MigrationError(
        `Upgrading the data file to version ${migration.version} (${migration.name}) failed: ${reason}. ` +
          `The file is unchanged at version ${schemaVersion(db)}` +
          (backupPath ? `; a copy taken before the upgrade is at ${backupPath}.` : '.'),
        { fromVersion, failedVersion: migration.version, backupPath, cause },
      );
    }
  }
  return { fromVersion, toVersion: latest, backupPath };
}

/**
 * Brings a database up to exactly `version`, applying the migrations between
 * its current version and that one. The app always migrates to the latest;
 * this is for tests that build a file as an older release left it, fill it
 * with rows, and then check what the next migration does to them.
 */
export function updateToVersion(db: Db, version: number, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = latestVersion(migrations);
  const current = schemaVersion(db);
  if (!Number.isInteger(version) || version < current || version > latest) {
    throw new Error(
      `cannot update a version ${current} database to version ${version} (known versions: 0 to ${latest})`,
    );
  }
  for (const migration of migrations.slice(current, version)) applyMigration(db, migration);
}

function applyMigration(db: Db, migration: Migration): void {
  if (!migration.rebuildsTables) {
    inTransaction(db, () => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    });
    return;
  }
  // foreign_keys is a no-op inside a transaction: switch it around the transaction.
  db.pragma('foreign_keys = OFF');
  try {
    inTransaction(db, () => {
      migration.up(db);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`${broken.length} rows would break a foreign key`);
      db.pragma(`user_version = ${migration.version}`);
    });
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

/**
 * Copies the database to `<file>.pre-v<N>-<timestamp>.bak` and verifies the
 * copy; refuses (MigrationError) when there is not room for it or it fails,
 * so no migration ever runs without a good copy.
 */
function backupBeforeMigration(db: Db, dbPath: string, fromVersion: number, now: Date): string {
  const failed = (reason: string, cause?: unknown) =>
    new MigrationError(
      `Datapool could not back up the data file before upgrading it (${reason}); nothing was changed.`,
      { fromVersion, failedVersion: null, backupPath: null, cause },
    );
  const walPath = `${dbPath}-wal`;
  const needed = 2 * (statSync(dbPath).size + (existsSync(walPath) ? statSync(walPath).size : 0));
  const fs = statfsSync(dirname(dbPath));
  if (fs.bavail * fs.bsize < needed) throw failed(`less than ${needed} bytes free`);
  const target = freePath(`${dbPath}.pre-v${fromVersion}-${fileTimestamp(now)}.bak`, '.bak');
  try {
    snapshotTo(db, target);
  } catch (cause) {
    throw failed(cause instanceof Error ? cause.message : String(cause), cause);
  }
  return target;
}
