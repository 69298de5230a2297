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

export function markAlertsRead(db: Db, householdId: string, keys: readonly string[] | null, readAt: string): number {
  if (keys === null) {
    return prepared(db, 'UPDATE alerts SET read_at = ? WHERE household_id = ? AND read_at IS NULL').run(
      readAt,
      householdId,
    ).changes;
  }
  const statement = prepared(
    db,
    'UPDATE alerts SET read_at = ? WHERE household_id = ? AND key = ? AND read_at IS NULL',
  );
  let changed = 0;
  for (const key of keys) changed += statement.run(readAt, householdId, key).changes;
  return changed;
}

export function markAlertsNotified(db: Db, householdId: string, keys: readonly string[], notifiedAt: string): number {
  const statement = prepared(
    db,
    'UPDATE alerts SET notified_at = ? WHERE household_id = ? AND key = ? AND notified_at IS NULL',
  );
  let changed = 0;
  for (const key of keys) changed += statement.run(notifiedAt, householdId, key).changes;
  return changed;
}
