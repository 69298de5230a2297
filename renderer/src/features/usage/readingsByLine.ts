/**
 * Readings and past-cycle totals grouped by line, newest first, computed once
 * per change of the household's arrays (not once per line per store update:
 * with years of daily readings that filter was the one cost that grew with
 * lines × readings).
 */
import type { HistoryEntry, Reading } from '@shared/domain/schemas';

const cache = new WeakMap<readonly object[], Map<string, readonly object[]>>();

function groupNewestFirst<T extends { lineId: string }>(
  items: readonly T[],
  dateOf: (item: T) => string,
): Map<string, readonly T[]> {
  const hit = cache.get(items) as Map<string, readonly T[]> | undefined;
  if (hit) return hit;
  const groups = new Map<string, T[]>();
  for (const item of items) {
    let group = groups.get(item.lineId);
    if (!group) groups.set(item.lineId, (group = []));
    group.push(item);
  }
  // Newest first; among equal dates the one entered last first (it is the one that counts).
  for (const group of groups.values()) group.reverse().sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
  cache.set(items, groups);
  return groups;
}

const NONE: readonly never[] = [];

export function readingsOfLine(readings: readonly Reading[], lineId: string): readonly Reading[] {
  return groupNewestFirst(readings, (r) => r.date).get(lineId) ?? NONE;
}

export function historyOfLine(history: readonly HistoryEntry[], lineId: string): readonly HistoryEntry[] {
  return groupNewestFirst(history, (h) => h.cycleStart).get(lineId) ?? NONE;
}
