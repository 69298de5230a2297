/** What each usage-file import wrote, so one undo takes the whole import back. */
import { prepared, type Db, type ReadDb } from '../db';

export interface UsageImportRow {
  id: string;
  household_id: string;
  file_name: string;
  created_at: string;
  undone_at: string | null;
}

export interface UsageImportChangeRow {
  import_id: string;
  reading_id: string;
  line_id: string;
  date: string;
  /** The overwritten amount; null when the import added the reading. */
  previous_bytes: number | null;
}

export function insertUsageImport(db: Db, row: UsageImportRow): void {
  prepared(
    db,
    'INSERT INTO usage_imports (id, household_id, file_name, created_at, undone_at) VALUES (@id, @household_id, @file_name, @created_at, @undone_at)',
  ).run(row);
}

export function findUsageImport(db: ReadDb, householdId: string, id: string): UsageImportRow | undefined {
  return prepared<UsageImportRow>(db, 'SELECT * FROM usage_imports WHERE id = ? AND household_id = ?').get(
    id,
    householdId,
  );
}

export function markUsageImportUndone(db: Db, id: string, at: string): void {
  prepared(db, 'UPDATE usage_imports SET undone_at = ? WHERE id = ?').run(at, id);
}

export function insertUsageImportChange(db: Db, row: UsageImportChangeRow): void {
  prepared(
    db,
    `INSERT INTO usage_import_changes (import_id, reading_id, line_id, date, previous_bytes)
     VALUES (@import_id, @reading_id, @line_id, @date, @previous_bytes)`,
  ).run(row);
}

export function listUsageImportChanges(db: ReadDb, importId: string): UsageImportChangeRow[] {
  return prepared<UsageImportChangeRow>(db, 'SELECT * FROM usage_import_changes WHERE import_id = ?').all(importId);
}
