/**
 * Connection handle types and the per-connection statement cache.
 *
 * `ReadDb` and `Db` are the same better-sqlite3 connection seen with two
 * intents: a function that takes a `ReadDb` promises not to write, so a reader
 * of a repository can tell its queries from its writes at the signature.
 */
import type BetterSqlite3 from 'better-sqlite3';

declare const readBrand: unique symbol;
declare const writeBrand: unique symbol;

export type ReadDb = BetterSqlite3.Database & { readonly [readBrand]: true };
export type Db = ReadDb & { readonly [writeBrand]: true };

/** Marks a freshly opened connection as the app's handle. */
export function asDb(connection: BetterSqlite3.Database): Db {
  return connection as Db;
}

const cache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * A prepared statement for `sql` on this connection, compiled once. SQL text is
 * always a constant in a repository module, so the cache stays small.
 */
export function prepared<Row = unknown>(db: ReadDb, sql: string): BetterSqlite3.Statement<unknown[], Row> {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement as BetterSqlite3.Statement<unknown[], Row>;
}

/** Runs `work` in one write transaction (IMMEDIATE, so lock contention shows at BEGIN). */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}
