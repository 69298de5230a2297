/**
 * Honest usage readings and carrier file imports.
 *
 * - `lines.number`: the line's phone number as the carrier prints it, so rows
 *   of a usage file can be matched to lines.
 * - One reading per line per date. Files from before this version may hold
 *   several (pressing "Add reading" twice added an exact copy); the one
 *   entered last (highest rowid) is what the app showed and used, so it is
 *   the one kept.
 * - `usage_imports` / `usage_import_changes`: what each CSV import wrote and
 *   what it overwrote, so one undo takes a whole import back, also after a
 *   restart.
 *
 * Frozen: this file imports nothing from the live code.
 */
import type { Migration } from './types';

const MAX_BYTES = '1000000000000000';

export const migration003: Migration = {
  version: 3,
  name: 'usage',
  up(db) {
    db.exec(`
      ALTER TABLE lines ADD COLUMN number TEXT CHECK (number IS NULL OR length(number) BETWEEN 1 AND 32);

      DELETE FROM readings
      WHERE rowid NOT IN (SELECT max(rowid) FROM readings GROUP BY line_id, date);
      DROP INDEX readings_by_line;
      CREATE UNIQUE INDEX readings_one_per_date ON readings(line_id, date);

      CREATE TABLE usage_imports (
        id TEXT NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL CHECK (length(file_name) <= 260),
        created_at TEXT NOT NULL,
        undone_at TEXT
      ) STRICT;
      CREATE INDEX usage_imports_by_household ON usage_imports(household_id);

      -- One row per reading an import wrote; previous_bytes is the value it
      -- overwrote, or NULL when the import added the reading.
      CREATE TABLE usage_import_changes (
        import_id TEXT NOT NULL REFERENCES usage_imports(id) ON DELETE CASCADE,
        reading_id TEXT NOT NULL CHECK (length(reading_id) BETWEEN 1 AND 64),
        line_id TEXT NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        previous_bytes INTEGER CHECK (previous_bytes BETWEEN 0 AND ${MAX_BYTES}),
        PRIMARY KEY (import_id, reading_id)
      ) STRICT;
      CREATE INDEX usage_import_changes_by_line ON usage_import_changes(line_id);
    `);
  },
};
