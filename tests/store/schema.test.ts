/**
 * The whole schema of a freshly created data file, compared with the one
 * committed in schema.snapshot.json (sqlite_schema's rows as data, so the
 * snapshot is not a second copy of the migrations' SQL). A schema change that
 * no migration meant to make (an edited shipped migration, a stray CREATE in
 * a repository) fails here with a line-by-line diff of the SQL.
 *
 * After adding a migration on purpose, regenerate the snapshot and review the
 * diff in the commit:
 *
 *   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run --project node tests/store/schema.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, schemaVersion, type ReadDb } from '@electron/store';
import { useTempStore } from '../support/store';

const SNAPSHOT = join(import.meta.dirname, 'schema.snapshot.json');
const UPDATE = process.env.UPDATE_SCHEMA_SNAPSHOT === '1';

const env = useTempStore();

interface SchemaSnapshot {
  userVersion: number;
  objects: { type: string; name: string; sql: string }[];
}

/**
 * user_version, then every table, index, trigger and view in name order, as
 * SQLite stores their SQL (indexes SQLite makes for keys have none; the key is
 * in the table's SQL).
 */
function schemaOf(db: ReadDb): SchemaSnapshot {
  const objects = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema
       WHERE type IN ('table', 'index', 'trigger', 'view') AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
       ORDER BY name`,
    )
    .all() as SchemaSnapshot['objects'];
  return { userVersion: schemaVersion(db), objects };
}

/** The snapshot as SQL text, so a difference shows line by line. */
function schemaText({ userVersion, objects }: SchemaSnapshot): string {
  const parts = [`PRAGMA user_version = ${userVersion};`];
  for (const { type, name, sql } of objects) {
    parts.push(`-- ${type} ${name}\n${sql.trim()};`);
  }
  return `${parts.join('\n\n')}\n`;
}

describe('the schema of a new data file', () => {
  it('matches the committed snapshot', () => {
    const db = env.store.open();
    const actual = schemaOf(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    if (UPDATE) {
      writeFileSync(SNAPSHOT, `${JSON.stringify(actual, null, 2)}\n`);
      console.info(`schema snapshot written to ${SNAPSHOT}`);
    }
    if (!existsSync(SNAPSHOT)) {
      throw new Error(`${SNAPSHOT} is missing; create it with UPDATE_SCHEMA_SNAPSHOT=1 (see the top of this test).`);
    }
    const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as SchemaSnapshot;
    const message = 'schema differs from schema.snapshot.json; if the change is intended, see the top of this test';
    expect(schemaText(actual), message).toBe(schemaText(committed));
    // The text form trims each statement; the rows themselves must match too.
    expect(actual, message).toEqual(committed);
  });
});
