/** App settings as key → JSON value. Unknown or unreadable values fall back to defaults in the service. */
import { prepared, type Db, type ReadDb } from '../db';

export interface SettingRow {
  key: string;
  value: string;
}

export function readSettings(db: ReadDb): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const row of prepared<SettingRow>(db, 'SELECT key, value FROM settings').all()) {
    values.set(row.key, JSON.parse(row.value));
  }
  return values;
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

/** One setting's stored value, or undefined when it was never written. */
export function readSetting(db: ReadDb, key: string): unknown {
  const row = prepared<SettingRow>(db, 'SELECT key, value FROM settings WHERE key = ?').get(key);
  return row === undefined ? undefined : JSON.parse(row.value);
}
