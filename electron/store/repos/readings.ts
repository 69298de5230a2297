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
