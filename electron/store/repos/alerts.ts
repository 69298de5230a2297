/** Alerts that were raised per household: what was shown is kept, so it is never shown again. */
import type { Alert, NewAlert } from '@shared/alerts/schema';
import { prepared, type Db, type ReadDb } from '../db';

export interface AlertRow {
  household_id: string;
  key: string;
  rule: string;
  severity: string;
  line_id: string | null;
  values_json: string;
  created_at: string;
  read_at: string | null;
  notified_at: string | null;
}

export function alertFromRow(row: AlertRow): Alert {
  return {
    key: row.key,
    rule: row.rule as Alert['rule'],
    severity: row.severity as Alert['severity'],
    lineId: row.line_id,
    values: JSON.parse(row.values_json) as Alert['values'],
    createdAt: row.created_at,
    readAt: row.read_at,
    notifiedAt: row.notified_at,
  };
}

/** Newest first; of alerts raised at the same moment, the most serious first. */
export function listAlerts(db: ReadDb, householdId: string): Alert[] {
  return prepared<AlertRow>(
    db,
    `SELECT * FROM alerts WHERE household_id = ?
     ORDER BY created_at DESC, CASE severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rowid DESC`,
  )
    .all(householdId)
    .map(alertFromRow);
}

export function alertExists(db: ReadDb, householdId: string, key: string): boolean {
  return prepared(db, 'SELECT 1 FROM alerts WHERE household_id = ? AND key = ?').get(householdId, key) !== undefined;
}

/** Stores the alert unless its key is already stored; true when it was new. */
export function insertAlertIfNew(db: Db, householdId: string, alert: NewAlert, createdAt: string): boolean {
  const result = prepared(
    db,
    `INSERT INTO alerts (household_id, key, rule, severity, line_id, values_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (household_id, key) DO NOTHING`,
  ).run(householdId, alert.key, alert.rule, alert.severity, alert.lineId, JSON.stringify(alert.values), createdAt);
  return result.changes === 1;
}

/**
 * Stamps `column` on the household's alerts with these keys (all of them when
 * `keys` is null) that are not stamped yet; returns how many it stamped.
 */
function stampAlerts(
  db: Db,
  column: 'read_at' | 'notified_at',
  householdId: string,
  keys: readonly string[] | null,
  at: string,
): number {
  const unstamped = `UPDATE alerts SET ${column} = ? WHERE household_id = ? AND ${column} IS NULL`;
  if (keys === null) return prepared(db, unstamped).run(at, householdId).changes;
  const statement = prepared(db, `${unstamped} AND key = ?`);
  let changed = 0;
  for (const key of keys) changed += statement.run(at, householdId, key).changes;
  return changed;
}

export function markAlertsRead(db: Db, householdId: string, keys: readonly string[] | null, readAt: string): number {
  return stampAlerts(db, 'read_at', householdId, keys, readAt);
}

export function markAlertsNotified(db: Db, householdId: string, keys: readonly string[], notifiedAt: string): number {
  return stampAlerts(db, 'notified_at', householdId, keys, notifiedAt);
}
