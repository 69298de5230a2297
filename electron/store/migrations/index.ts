/**
 * Every schema migration, in order. Append only: a shipped migration is never
 * edited or removed, because users' files record how far they got in
 * `user_version`. They are imported modules (not files read at run time) so
 * that they survive bundling.
 */
import { migration001 } from './001-initial';
import { migration002 } from './002-catalog';
import { migration003Reserved, migration004Reserved } from './reserved';
import { migration005 } from './005-planner';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003Reserved,
  migration004Reserved,
  migration005,
];

export const LATEST_SCHEMA_VERSION: number = MIGRATIONS.length;
