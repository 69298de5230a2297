/**
 * The carrier catalog, seeded with the built-in carriers as they were when
 * this migration shipped (catalog version 1, frozen in the seed file next to
 * it). A migration must write the same rows on every machine in every release,
 * so it never reads the live catalog or the repository code: later catalog
 * versions reach the file through the refresh that runs at every open, which
 * keeps the user's edits.
 *
 * Built-in facts, user edits (as a patch) and user-added carriers live in
 * separate columns, so a refresh can replace the facts without touching edits.
 */
import seed from './002-catalog.seed.json';
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  name: 'catalog',
  up(db) {
    db.exec(`
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
    `);
    const insert = db.prepare(
      `INSERT INTO catalog (id, builtin_json, builtin_version, patch_json, user_json, position, updated_at)
       VALUES (?, ?, ?, NULL, NULL, ?, ?)`,
    );
    const at = new Date().toISOString();
    seed.carriers.forEach((carrier, position) => {
      insert.run(carrier.id, JSON.stringify(carrier), seed.catalogVersion, position, at);
    });
  },
};
