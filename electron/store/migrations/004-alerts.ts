/**
 * Alerts that were shown, so a restart never repeats one. The key names the
 * rule, the line, the billing cycle and the threshold, which is what makes an
 * alert fire once per cycle: a second insert of the same key is a no-op.
 * Frozen snapshot: imports nothing live.
 */
import type { Migration } from './types';

export const SCHEMA_V4_ALERTS = `
CREATE TABLE alerts (
  household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 300),
  -- a rule name such as 'pool-runs-out'; new rules need no table rebuild
  rule TEXT NOT NULL CHECK (length(rule) BETWEEN 1 AND 40 AND rule NOT GLOB '*[^a-z-]*'),
  severity TEXT NOT NULL CHECK (severity IN ('critical', 'warning', 'info')),
  -- no foreign key: an alert about a line stays in the list after the line is deleted
  line_id TEXT CHECK (line_id IS NULL OR length(line_id) BETWEEN 1 AND 64),
  values_json TEXT NOT NULL CHECK (json_valid(values_json) AND json_type(values_json) = 'object'),
  created_at TEXT NOT NULL,
  read_at TEXT,
  -- when a desktop or browser notification was shown for it (null: not yet)
  notified_at TEXT,
  PRIMARY KEY (household_id, key)
) STRICT;
CREATE INDEX alerts_by_household_created ON alerts(household_id, created_at);
`;

export const migration004: Migration = {
  version: 4,
  name: 'alerts',
  up(db) {
    db.exec(SCHEMA_V4_ALERTS);
  },
};
