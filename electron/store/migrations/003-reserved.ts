/**
 * Version 3 belongs to the usage work (line numbers, reading rules, imports),
 * built on another branch. This stand-in only keeps the version numbers
 * without gaps so that the alerts migration can be version 4; when the real
 * version 3 joins, it replaces this file in the list and this file goes.
 */
import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  name: 'usage (reserved)',
  up() {
    // Intentionally empty: see the comment above.
  },
};
