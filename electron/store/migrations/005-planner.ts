/**
 * The planner: members may be grandparents (the role list is a CHECK
 * constraint, so the members table is rebuilt by SQLite's 12-step recipe),
 * and what-ifs are saved by name per household. A frozen snapshot: it imports
 * nothing live, so later schema code can never change what it does.
 */
import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  name: 'planner',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE members_new (
        id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64) PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        role TEXT NOT NULL CHECK (role IN ('adult', 'teen', 'child', 'grandparent', 'other')),
        position INTEGER NOT NULL CHECK (position >= 0)
      ) STRICT;
      INSERT INTO members_new (id, household_id, name, role, position)
        SELECT id, household_id, name, role, position FROM members;
      DROP TABLE members;
      ALTER TABLE members_new RENAME TO members;
      CREATE INDEX members_by_household ON members(household_id, position);

      CREATE TABLE whatifs (
        id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64) PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        -- the draft as the API validated it: plan, lines and devices
        draft_json TEXT NOT NULL CHECK (json_valid(draft_json) AND json_type(draft_json) = 'object'),
        updated_at TEXT NOT NULL,
        UNIQUE (household_id, name)
      ) STRICT;
    `);
  },
};
