/** The SQLite store: connection, migrations and backups. Repositories are imported from ./repos/*. */
export {
  openDatabase,
  closeDatabase,
  readPragmas,
  integrityProblems,
  headerSchemaVersion,
  prepareDataFolder,
  openError,
  lockFileError,
  oneLine,
  BUSY_TIMEOUT_MS,
  type Pragmas,
  type OpenOptions,
  type CloseReport,
} from './open';
export { migrate, schemaVersion, updateToVersion, type MigrationReport } from './migrate';
export { MIGRATIONS, LATEST_SCHEMA_VERSION, type Migration } from './migrations';
export {
  DatabaseNewerError,
  DatabaseOpenError,
  MigrationError,
  isLockError,
  isDiskFullError,
  lockedError,
  type DatabaseOpenReason,
} from './errors';
export { inTransaction, type Db, type ReadDb } from './db';
export {
  onlineBackupTo,
  verifyDatabaseCopy,
  fileTimestamp,
  freePath,
  listBackupFiles,
  verifyBackupFile,
  replaceDataFile,
  backupsFolderOf,
  type BackupFile,
} from './backup';
export { acquireInstanceLock, lockPathOf, type LockOwner } from './instanceLock';
