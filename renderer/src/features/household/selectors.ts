import type { AppState } from '@renderer/store';

/** Member names by id. Use with `useShallow`: Maps compare by entries. */
export const selectMemberNames = (s: AppState): Map<string, string> => new Map(s.members.map((m) => [m.id, m.name]));

/** Line names by id. Use with `useShallow`. */
export const selectLineNames = (s: AppState): Map<string, string> => new Map(s.lines.map((l) => [l.id, l.name]));

/** How many devices each member owns. Use with `useShallow`. */
export const selectDeviceCountByOwner = (s: AppState): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const d of s.devices) if (d.ownerId) counts.set(d.ownerId, (counts.get(d.ownerId) ?? 0) + 1);
  return counts;
};
