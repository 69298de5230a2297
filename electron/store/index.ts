/** The SQLite store: connection, migrations and backups. Repositories are imported from ./repos/*. */
export { openDatabase, closeDatabase, readPragmas, BUSY_TIMEOUT_MS, type Pragmas, type OpenOptions } from './open';
export { migrate, schemaVersion, type MigrationReport } from './migrate';
export { MIGRATIONS, LATEST_SCHEMA_VERSION, type Migration } from './migrations';
export { DatabaseNewerError, DatabaseOpenError, MigrationError, type DatabaseOpenReason } from './errors';
export { inTransaction, type Db, type ReadDb } from './db';
export { onlineBackupTo, verifyDatabaseCopy, fileTimestamp, freePath } from './backup';
