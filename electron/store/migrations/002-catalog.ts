/**
 * The carrier catalog, seeded with the built-in carriers. Built-in facts,
 * user edits (as a patch) and user-added carriers live in separate columns;
 * see repos/catalog.ts.
 */
import { BUILTIN_CATALOG, CATALOG_VERSION } from '../../../shared/catalog/carriers';
import { upsertBuiltinCatalog } from '../repos/catalog';
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
    upsertBuiltinCatalog(db, BUILTIN_CATALOG, CATALOG_VERSION);
  },
};
