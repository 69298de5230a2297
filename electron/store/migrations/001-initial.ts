/**
 * The household schema. Amounts are INTEGER bytes (decimal GB × 10^9), dates
 * are `YYYY-MM-DD` text; STRICT types and CHECK constraints back up the API
 * validation so that nothing bypassing it (a script, a bug) can store NaN,
 * fractional bytes or an unknown enum value.
 */
import type { Migration } from './types';

const MAX_BYTES = '1000000000000000'; // MAX_GB (10^6 GB) in bytes
const ISO_DATE = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";
const id = (column: string) => `${column} TEXT NOT NULL CHECK (length(${column}) BETWEEN 1 AND 64)`;
const name = 'name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80)';
const bytes = (column: string) => `${column} INTEGER CHECK (${column} BETWEEN 0 AND ${MAX_BYTES})`;
const requiredBytes = (column: string) => `${column} INTEGER NOT NULL CHECK (${column} BETWEEN 0 AND ${MAX_BYTES})`;
const position = 'position INTEGER NOT NULL CHECK (position >= 0)';

export const SCHEMA_V1 = `
CREATE TABLE households (
  ${id('id')} PRIMARY KEY,
  ${name},
  created_at TEXT NOT NULL,
  -- soft delete, so deleting a household can be undone; purged a day later
  deleted_at TEXT
) STRICT;

CREATE TABLE members (
  ${id('id')} PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  ${name},
  role TEXT NOT NULL CHECK (role IN ('adult', 'teen', 'child', 'other')),
  ${position}
) STRICT;
CREATE INDEX members_by_household ON members(household_id, position);

CREATE TABLE lines (
  ${id('id')} PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  ${name},
  member_id TEXT REFERENCES members(id) ON DELETE SET NULL,
  ${bytes('cap_bytes')},
  ${requiredBytes('floor_bytes')},
  weight REAL NOT NULL CHECK (weight > 0 AND weight <= 1000),
  ${bytes('data_bytes')},
  ${bytes('premium_bytes')},
  ${bytes('hotspot_bytes')},
  tier TEXT CHECK (length(tier) <= 80),
  needs_premium INTEGER NOT NULL CHECK (needs_premium IN (0, 1)),
  ${position}
) STRICT;
CREATE INDEX lines_by_household ON lines(household_id, position);
CREATE INDEX lines_by_member ON lines(member_id);

CREATE TABLE devices (
  ${id('id')} PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  ${name},
  kind TEXT NOT NULL CHECK (kind IN ('phone', 'tablet', 'watch', 'laptop', 'hotspot', 'other')),
  owner_id TEXT REFERENCES members(id) ON DELETE SET NULL,
  sim TEXT NOT NULL CHECK (sim IN ('esim', 'physical', 'dual', 'none')),
  line_id TEXT REFERENCES lines(id) ON DELETE SET NULL,
  ${requiredBytes('monthly_bytes')},
  ${position}
) STRICT;
CREATE INDEX devices_by_household ON devices(household_id, position);
CREATE INDEX devices_by_line ON devices(line_id);
CREATE INDEX devices_by_owner ON devices(owner_id);

-- The lines a Wi-Fi-only device may tether to, in order of preference.
CREATE TABLE device_hotspot_hosts (
  device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
  line_id TEXT NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
  ${position},
  PRIMARY KEY (device_id, line_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX hotspot_hosts_by_line ON device_hotspot_hosts(line_id);

-- One plan per household; price lists and tiers are JSON arrays (tier amounts in bytes).
CREATE TABLE plans (
  household_id TEXT NOT NULL PRIMARY KEY REFERENCES households(id) ON DELETE CASCADE,
  ${name},
  carrier TEXT NOT NULL CHECK (length(carrier) BETWEEN 1 AND 40 AND carrier NOT GLOB '*[^a-z0-9-]*'),
  kind TEXT NOT NULL CHECK (kind IN ('pool', 'per-line')),
  ${bytes('pool_bytes')},
  cycle_start_day INTEGER CHECK (cycle_start_day BETWEEN 1 AND 31),
  cycle_length_days INTEGER CHECK (cycle_length_days BETWEEN 1 AND 366),
  cycle_anchor TEXT CHECK (cycle_anchor GLOB ${ISO_DATE}),
  price_per_line TEXT NOT NULL CHECK (json_valid(price_per_line) AND json_type(price_per_line) = 'array'),
  esim INTEGER CHECK (esim IN (0, 1)),
  tiers TEXT NOT NULL CHECK (json_valid(tiers) AND json_type(tiers) = 'array'),
  CHECK (kind <> 'pool' OR pool_bytes IS NOT NULL),
  CHECK ((cycle_length_days IS NULL) = (cycle_anchor IS NULL)),
  CHECK (cycle_start_day IS NOT NULL OR cycle_length_days IS NOT NULL)
) STRICT;

-- Cumulative usage of a line in its current cycle, as the carrier shows it.
CREATE TABLE readings (
  ${id('id')} PRIMARY KEY,
  line_id TEXT NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date GLOB ${ISO_DATE}),
  ${requiredBytes('used_bytes')}
) STRICT;
CREATE INDEX readings_by_line ON readings(line_id, date);

-- Usage of complete past cycles.
CREATE TABLE history (
  ${id('id')} PRIMARY KEY,
  line_id TEXT NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
  cycle_start TEXT NOT NULL CHECK (cycle_start GLOB ${ISO_DATE}),
  ${requiredBytes('used_bytes')}
) STRICT;
CREATE INDEX history_by_line ON history(line_id, cycle_start);

CREATE TABLE settings (
  key TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

-- Where a deleted member, device or line sat in its list, so undo puts it back in place.
CREATE TABLE deleted_positions (
  kind TEXT NOT NULL CHECK (kind IN ('member', 'device', 'line')),
  ${id('id')},
  household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  ${position},
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;
`;

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SCHEMA_V1);
  },
};
