/**
 * The whole schema of a freshly created data file, compared with the one
 * committed in schema.snapshot.sql. A schema change that no migration meant
 * to make (an edited shipped migration, a stray CREATE in a repository) fails
 * here with a line-by-line diff.
 *
 * After adding a migration on purpose, regenerate the snapshot and review the
 * diff in the commit:
 *
 *   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run --project node tests/store/schema.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, schemaVersion, type ReadDb } from '@electron/store';
import { tempStore, type TempStore } from './fixtures';

const SNAPSHOT = join(import.meta.dirname, 'schema.snapshot.sql');
const UPDATE = process.env.UPDATE_SCHEMA_SNAPSHOT === '1';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

/**
 * user_version, then every table, index, trigger and view in name order, as
 * SQLite stores their SQL (indexes SQLite makes for keys have none; the key is
 * in the table's SQL).
 */
function schemaText(db: ReadDb): string {
  const objects = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema
       WHERE type IN ('table', 'index', 'trigger', 'view') AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
       ORDER BY name`,
    )
    .all() as { type: string; name: string; sql: string }[];
  const parts = [`PRAGMA user_version = ${schemaVersion(db)};`];
  for (const { type, name, sql } of objects) {
    parts.push(`-- ${type} ${name}\n${sql.trim()};`);
  }
  return `${parts.join('\n\n')}\n`;
}

describe('the schema of a new data file', () => {
  it('matches the committed snapshot', () => {
    const db = store.open();
    const actual = schemaText(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    if (UPDATE) {
      writeFileSync(SNAPSHOT, actual);
      console.info(`schema snapshot written to ${SNAPSHOT}`);
    }
    if (!existsSync(SNAPSHOT)) {
      throw new Error(`${SNAPSHOT} is missing; create it with UPDATE_SCHEMA_SNAPSHOT=1 (see the top of this test).`);
    }
    expect(actual, 'schema differs from schema.snapshot.sql; if the change is intended, see the top of this test').toBe(
      readFileSync(SNAPSHOT, 'utf8'),
    );
  });
});
