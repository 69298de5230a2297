/**
 * Every schema migration, in order. Append only: a shipped migration is never
 * edited or removed, because users' files record how far they got in
 * `user_version`. They are imported modules (not files read at run time) so
 * that they survive bundling.
 *
 * A migration imports only `./types` and frozen data files beside it
 * (`NNN-name.seed.json`), never live code such as repositories or the shipped
 * catalog: what a migration writes must not change when that code does. Lint
 * enforces this (eslint.config.js).
 */
import { migration001 } from './001-initial';
import { migration002 } from './002-catalog';
import { migration003 } from './003-usage';
import { migration004 } from './004-alerts';
import { migration005 } from './005-planner';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];

export const LATEST_SCHEMA_VERSION: number = MIGRATIONS.length;
