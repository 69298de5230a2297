import type { Db } from '../db';

/**
 * One step of the schema. Shipped migrations are never edited: a change is a
 * new migration appended to the list.
 */
export interface Migration {
  /** The `user_version` the database has after this step (1, 2, 3, … with no gaps). */
  readonly version: number;
  readonly name: string;
  /** Runs inside the migration's own transaction. */
  up(db: Db): void;
  /**
   * Table rebuilds (SQLite's 12-step ALTER recipe) need foreign keys off, and
   * that pragma is a no-op inside a transaction, so the runner switches it
   * outside and checks `foreign_key_check` before committing.
   */
  readonly rebuildsTables?: boolean;
}
