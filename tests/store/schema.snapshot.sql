PRAGMA user_version = 5;

-- table alerts
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

-- index alerts_by_household_created
CREATE INDEX alerts_by_household_created ON alerts(household_id, created_at);

-- table catalog
CREATE TABLE catalog (
        id TEXT NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40),
        builtin_json TEXT CHECK (json_valid(builtin_json)),
        builtin_version INTEGER CHECK (builtin_version >= 0),
        patch_json TEXT CHECK (json_valid(patch_json) AND json_type(patch_json) = 'object'),
        user_json TEXT CHECK (json_valid(user_json)),
        position INTEGER NOT NULL CHECK (position >= 0),
        updated_at TEXT NOT NULL,
        -- a row is either a built-in carrier (maybe with edits) or one the user added
        CHECK ((builtin_json IS NULL) <> (user_json IS NULL)),
        CHECK (builtin_json IS NOT NULL OR (patch_json IS NULL AND builtin_version IS NULL))
      ) STRICT;

-- table deleted_positions
CREATE TABLE deleted_positions (
  kind TEXT NOT NULL CHECK (kind IN ('member', 'device', 'line')),
  id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;

-- table device_hotspot_hosts
CREATE TABLE device_hotspot_hosts (
  device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
  line_id TEXT NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (device_id, line_id)
) STRICT, WITHOUT ROWID;

-- table devices
CREATE TABLE devices (
  id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64) PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  kind TEXT NOT NULL CHECK (kind IN ('phone', 'tablet', 'watch', 'laptop', 'hotspot', 'other')),
  owner_id TEXT REFERENCES members(id) ON DELETE SET NULL,
  sim TEXT NOT NULL CHECK (sim IN ('esim', 'physical', 'dual', 'none')),
  line_id TEXT REFERENCES lines(id) ON DELETE SET NULL,
  monthly_bytes INTEGER NOT NULL CHECK (monthly_bytes BETWEEN 0 AND 1000000000000000),
  position INTEGER NOT NULL CHECK (position >= 0)
) STRICT;

-- index devices_by_household
CREATE INDEX devices_by_household ON devices(household_id, position);

-- index devices_by_line
CREATE INDEX devices_by_line ON devices(line_id);

-- index devices_by_owner
CREATE INDEX devices_by_owner ON devices(owner_id);

-- table history
CREATE TABLE history (
  id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64) PRIMARY KEY,
  line_id TEXT NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
  cycle_start TEXT NOT NULL CHECK (cycle_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  used_bytes INTEGER NOT NULL CHECK (used_bytes BETWEEN 0 AND 1000000000000000)
) STRICT;

-- index history_by_line
CREATE INDEX history_by_line ON history(line_id, cycle_start);

-- index hotspot_hosts_by_line
CREATE INDEX hotspot_hosts_by_line ON device_hotspot_hosts(line_id);

-- table households
CREATE TABLE households (
  id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64) PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  created_at TEXT NOT NULL,
  -- soft delete, so deleting a household can be undone; purged a day later
  deleted_at TEXT
) STRICT;

-- table lines
CREATE TABLE lines (
  id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64) PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  member_id TEXT REFERENCES members(id) ON DELETE SET NULL,
  cap_bytes INTEGER CHECK (cap_bytes BETWEEN 0 AND 1000000000000000),
  floor_bytes INTEGER NOT NULL CHECK (floor_bytes BETWEEN 0 AND 1000000000000000),
  weight REAL NOT NULL CHECK (weight > 0 AND weight <= 1000),
  data_bytes INTEGER CHECK (data_bytes BETWEEN 0 AND 1000000000000000),
  premium_bytes INTEGER CHECK (premium_bytes BETWEEN 0 AND 1000000000000000),
  hotspot_bytes INTEGER CHECK (hotspot_bytes BETWEEN 0 AND 1000000000000000),
  tier TEXT CHECK (length(tier) <= 80),
  needs_premium INTEGER NOT NULL CHECK (needs_premium IN (0, 1)),
  position INTEGER NOT NULL CHECK (position >= 0)
, number TEXT CHECK (number IS NULL OR length(number) BETWEEN 1 AND 32)) STRICT;

-- index lines_by_household
CREATE INDEX lines_by_household ON lines(household_id, position);

-- index lines_by_member
CREATE INDEX lines_by_member ON lines(member_id);

-- table members
CREATE TABLE "members" (
        id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64) PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        role TEXT NOT NULL CHECK (role IN ('adult', 'teen', 'child', 'grandparent', 'other')),
        position INTEGER NOT NULL CHECK (position >= 0)
      ) STRICT;

-- index members_by_household
CREATE INDEX members_by_household ON members(household_id, position);

-- table plans
CREATE TABLE plans (
  household_id TEXT NOT NULL PRIMARY KEY REFERENCES households(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  carrier TEXT NOT NULL CHECK (length(carrier) BETWEEN 1 AND 40 AND carrier NOT GLOB '*[^a-z0-9-]*'),
  kind TEXT NOT NULL CHECK (kind IN ('pool', 'per-line')),
  pool_bytes INTEGER CHECK (pool_bytes BETWEEN 0 AND 1000000000000000),
  cycle_start_day INTEGER CHECK (cycle_start_day BETWEEN 1 AND 31),
  cycle_length_days INTEGER CHECK (cycle_length_days BETWEEN 1 AND 366),
  cycle_anchor TEXT CHECK (cycle_anchor GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  price_per_line TEXT NOT NULL CHECK (json_valid(price_per_line) AND json_type(price_per_line) = 'array'),
  esim INTEGER CHECK (esim IN (0, 1)),
  tiers TEXT NOT NULL CHECK (json_valid(tiers) AND json_type(tiers) = 'array'),
  CHECK (kind <> 'pool' OR pool_bytes IS NOT NULL),
  CHECK ((cycle_length_days IS NULL) = (cycle_anchor IS NULL)),
  CHECK (cycle_start_day IS NOT NULL OR cycle_length_days IS NOT NULL)
) STRICT;

-- table readings
CREATE TABLE readings (
  id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64) PRIMARY KEY,
  line_id TEXT NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  used_bytes INTEGER NOT NULL CHECK (used_bytes BETWEEN 0 AND 1000000000000000)
) STRICT;

-- index readings_one_per_date
CREATE UNIQUE INDEX readings_one_per_date ON readings(line_id, date);

-- table settings
CREATE TABLE settings (
  key TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

-- table usage_import_changes
CREATE TABLE usage_import_changes (
        import_id TEXT NOT NULL REFERENCES usage_imports(id) ON DELETE CASCADE,
        reading_id TEXT NOT NULL CHECK (length(reading_id) BETWEEN 1 AND 64),
        line_id TEXT NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        previous_bytes INTEGER CHECK (previous_bytes BETWEEN 0 AND 1000000000000000),
        PRIMARY KEY (import_id, reading_id)
      ) STRICT;

-- index usage_import_changes_by_line
CREATE INDEX usage_import_changes_by_line ON usage_import_changes(line_id);

-- table usage_imports
CREATE TABLE usage_imports (
        id TEXT NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL CHECK (length(file_name) <= 260),
        created_at TEXT NOT NULL,
        undone_at TEXT
      ) STRICT;

-- index usage_imports_by_household
CREATE INDEX usage_imports_by_household ON usage_imports(household_id);

-- table whatifs
CREATE TABLE whatifs (
        id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64) PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        -- the draft as the API validated it: plan, lines and devices
        draft_json TEXT NOT NULL CHECK (json_valid(draft_json) AND json_type(draft_json) = 'object'),
        updated_at TEXT NOT NULL,
        UNIQUE (household_id, name)
      ) STRICT;
