/**
 * Readings and past-cycle totals grouped by line, newest first, computed once
 * per change of the household's arrays (not once per line per store update).
 * A line whose items did not change keeps its array, so a change on one line
 * re-renders that line only.
 */
import type { HistoryEntry, Reading } from '@shared/domain/schemas';

const cache = new WeakMap<readonly object[], Map<string, readonly object[]>>();
/** The groups made last, per kind of item, to reuse the arrays of unchanged lines. */
const previous = new Map<string, Map<string, readonly object[]>>();

const sameItems = (a: readonly object[], b: readonly object[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function groupNewestFirst<T extends { lineId: string }>(
  kind: string,
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
  const before = previous.get(kind) as Map<string, readonly T[]> | undefined;
  const result = new Map<string, readonly T[]>();
  for (const [lineId, group] of groups) {
    // Newest first; among equal dates the one entered last first (it is the one that counts).
    group.reverse().sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
    const old = before?.get(lineId);
    result.set(lineId, old && sameItems(old, group) ? old : group);
  }
  cache.set(items, result);
  previous.set(kind, result);
  return result;
}

const NONE: readonly never[] = [];

export function readingsOfLine(readings: readonly Reading[], lineId: string): readonly Reading[] {
  return groupNewestFirst('readings', readings, (r) => r.date).get(lineId) ?? NONE;
}

export function historyOfLine(history: readonly HistoryEntry[], lineId: string): readonly HistoryEntry[] {
  return groupNewestFirst('history', history, (h) => h.cycleStart).get(lineId) ?? NONE;
}
