/** Usage readings: a line's cumulative usage in its current cycle, on a date. */
import type { Reading } from '@shared/domain/schemas';
import { bytesToGB, gbToBytes } from '@shared/domain/units';
import { prepared, type Db, type ReadDb } from '../db';

export interface ReadingRow {
  id: string;
  line_id: string;
  date: string;
  used_bytes: number;
}

export function readingFromRow(row: ReadingRow): Reading {
  return { id: row.id, lineId: row.line_id, date: row.date, usedGB: bytesToGB(row.used_bytes) };
}

// One reading per line per date (a unique index); rowid only settles ties between lines at one position.
const ORDER = 'ORDER BY r.date, l.position, r.rowid';

export function listReadings(db: ReadDb, householdId: string): Reading[] {
  return prepared<ReadingRow>(
    db,
    `SELECT r.* FROM readings r JOIN lines l ON l.id = r.line_id WHERE l.household_id = ? ${ORDER}`,
  )
    .all(householdId)
    .map(readingFromRow);
}

/** The household's readings dated from `from` to `to` (inclusive); the `readings_by_line` index keeps this cheap. */
export function listReadingsBetween(db: ReadDb, householdId: string, from: string, to: string): Reading[] {
  return prepared<ReadingRow>(
    db,
    `SELECT r.* FROM readings r JOIN lines l ON l.id = r.line_id
     WHERE l.household_id = ? AND r.date >= ? AND r.date <= ? ${ORDER}`,
  )
    .all(householdId, from, to)
    .map(readingFromRow);
}

/** The household's readings dated `from` or later (the current cycle's), in the usual order. */
export function listReadingsSince(db: ReadDb, householdId: string, from: string): Reading[] {
  return prepared<ReadingRow>(
    db,
    `SELECT r.* FROM readings r JOIN lines l ON l.id = r.line_id WHERE l.household_id = ? AND r.date >= ? ${ORDER}`,
  )
    .all(householdId, from)
    .map(readingFromRow);
}

/** The household's readings dated before `before`, oldest first (for the ended cycles' totals). */
export function listReadingsBefore(db: ReadDb, householdId: string, before: string): Reading[] {
  return prepared<ReadingRow>(
    db,
    `SELECT r.* FROM readings r JOIN lines l ON l.id = r.line_id WHERE l.household_id = ? AND r.date < ? ${ORDER}`,
  )
    .all(householdId, before)
    .map(readingFromRow);
}

/** The date of the household's newest reading, or null without any. */
export function latestReadingDate(db: ReadDb, householdId: string): string | null {
  return (
    prepared<{ d: string | null }>(
      db,
      'SELECT MAX(r.date) AS d FROM readings r JOIN lines l ON l.id = r.line_id WHERE l.household_id = ?',
    ).get(householdId)?.d ?? null
  );
}

/** Per line id, how many of the household's readings are dated before `before`. */
export function countReadingsBefore(db: ReadDb, householdId: string, before: string): Record<string, number> {
  const rows = prepared<{ line_id: string; n: number }>(
    db,
    `SELECT r.line_id, COUNT(*) AS n FROM readings r JOIN lines l ON l.id = r.line_id
     WHERE l.household_id = ? AND r.date < ? GROUP BY r.line_id`,
  ).all(householdId, before);
  return Object.fromEntries(rows.map((r) => [r.line_id, r.n]));
}

/** Up to `limit` of one line's readings dated before `before`, newest first, and how many older ones remain. */
export function pageReadingsOfLine(
  db: ReadDb,
  lineId: string,
  before: string,
  limit: number,
): { readings: Reading[]; remaining: number } {
  const readings = prepared<ReadingRow>(
    db,
    'SELECT * FROM readings WHERE line_id = ? AND date < ? ORDER BY date DESC LIMIT ?',
  )
    .all(lineId, before, limit)
    .map(readingFromRow);
  const total = prepared<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM readings WHERE line_id = ? AND date < ?').get(
    lineId,
    before,
  )!.n;
  return { readings, remaining: total - readings.length };
}

export function listReadingsOfLine(db: ReadDb, lineId: string): Reading[] {
  return prepared<ReadingRow>(db, 'SELECT * FROM readings WHERE line_id = ? ORDER BY date, rowid')
    .all(lineId)
    .map(readingFromRow);
}

/** The reading if its line belongs to that household. */
export function findReading(db: ReadDb, householdId: string, id: string): Reading | undefined {
  const row = prepared<ReadingRow>(
    db,
    'SELECT r.* FROM readings r JOIN lines l ON l.id = r.line_id WHERE r.id = ? AND l.household_id = ?',
  ).get(id, householdId);
  return row ? readingFromRow(row) : undefined;
}

export function readingIdExists(db: ReadDb, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM readings WHERE id = ?').get(id) !== undefined;
}

export function insertReading(db: Db, reading: Reading): void {
  prepared(db, 'INSERT INTO readings (id, line_id, date, used_bytes) VALUES (?, ?, ?, ?)').run(
    reading.id,
    reading.lineId,
    reading.date,
    gbToBytes(reading.usedGB),
  );
}

export function deleteReading(db: Db, id: string): void {
  prepared(db, 'DELETE FROM readings WHERE id = ?').run(id);
}

/** The line's reading on that date, if any (there is at most one). */
export function findReadingOn(db: ReadDb, lineId: string, date: string): Reading | undefined {
  const row = prepared<ReadingRow>(db, 'SELECT * FROM readings WHERE line_id = ? AND date = ?').get(lineId, date);
  return row ? readingFromRow(row) : undefined;
}

/** Changes a reading's date and amount in place; its id stays, so undo can find it. */
export function updateReading(db: Db, reading: Reading): void {
  prepared(db, 'UPDATE readings SET line_id = ?, date = ?, used_bytes = ? WHERE id = ?').run(
    reading.lineId,
    reading.date,
    gbToBytes(reading.usedGB),
    reading.id,
  );
}

/** Sets the amount of the line's reading on that date; false when there is none. */
export function setReadingBytes(db: Db, lineId: string, date: string, bytes: number): boolean {
  return (
    prepared(db, 'UPDATE readings SET used_bytes = ? WHERE line_id = ? AND date = ?').run(bytes, lineId, date).changes >
    0
  );
}

/** Inserts a reading given in bytes, as an import undo puts one back. */
export function insertReadingBytes(db: Db, id: string, lineId: string, date: string, bytes: number): void {
  prepared(db, 'INSERT INTO readings (id, line_id, date, used_bytes) VALUES (?, ?, ?, ?)').run(id, lineId, date, bytes);
}
