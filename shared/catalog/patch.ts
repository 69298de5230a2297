/**
 * Local edits of built-in catalog entries, stored as a patch: dotted leaf
 * path → the user's value. Storing the patch rather than the edited carrier
 * is what lets a later app version ship new built-in facts: the new built-in
 * entry shows through everywhere the user did not edit, and every field the
 * user did edit keeps the user's value.
 *
 * Leaves are primitives, null and arrays (an array is replaced whole).
 * Objects are descended; a key the user removed from an object (a plan they
 * deleted) is recorded as REMOVED. Paths are dotted because no catalog key
 * contains a dot (CatalogKeySchema).
 *
 * Law: applyCarrierPatch(b, diffCarrier(b, e)) deep-equals e.
 */
import { z } from 'zod';
import { CarrierSchema, type Carrier, type CatalogEntry } from './schema';

/** Marks a key the user removed (JSON-safe, so the patch can be stored as text). */
export const REMOVED = Object.freeze({ $removed: true as const });

export const CarrierPatchSchema = z.record(z.string().min(1).max(400), z.unknown());
export type CarrierPatch = z.infer<typeof CarrierPatchSchema>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRemoved(value: unknown): boolean {
  return isObject(value) && value.$removed === true && Object.keys(value).length === 1;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Structural equality of JSON values (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function diffInto(before: unknown, after: unknown, path: string, out: CarrierPatch): void {
  if (jsonEqual(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) {
      // Own keys only: `in` would also see inherited names such as `constructor`.
      if (Object.hasOwn(after, key)) diffInto(before[key], after[key], join(path, key), out);
      else out[join(path, key)] = { ...REMOVED };
    }
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key)) out[join(path, key)] = clone(after[key]);
    }
    return;
  }
  out[path] = clone(after);
}

/** The leaves where `edited` differs from `builtin`. */
export function diffCarrier(builtin: Carrier, edited: Carrier): CarrierPatch {
  const out: CarrierPatch = {};
  diffInto(builtin, edited, '', out);
  return out;
}

function setPath(root: JsonObject, segments: readonly string[], value: unknown): void {
  let node = root;
  for (const key of segments.slice(0, -1)) {
    const child = node[key];
    // The built-in entry may have changed shape under an edited leaf (e.g. a
    // note that became null): rebuild the parent so the user's value lands.
    if (!isObject(child)) node[key] = {};
    node = node[key] as JsonObject;
  }
  const last = segments[segments.length - 1];
  if (last === undefined) return;
  if (isRemoved(value)) delete node[last];
  else node[last] = clone(value) as Json;
}

/** `builtin` with the user's values at every patched path. The result is not validated: see builtinCatalogEntry. */
export function applyCarrierPatch(builtin: Carrier, patch: CarrierPatch): Carrier {
  const result = clone(builtin) as unknown as JsonObject;
  // Shallow paths first, so a deeper edit is never overwritten by its parent.
  const entries = Object.entries(patch).sort(([a], [b]) => a.split('.').length - b.split('.').length);
  for (const [path, value] of entries) setPath(result, path.split('.'), value);
  return result as unknown as Carrier;
}

/** Dotted leaf paths where `carrier` differs from `builtin`, for "changed by you" marks. */
export function changedPaths(builtin: Carrier, carrier: Carrier): string[] {
  return Object.keys(diffCarrier(builtin, carrier));
}

/**
 * The catalog entry of a built-in carrier with the user's patch. If a new
 * built-in version makes part of an old patch invalid (a field that changed
 * type, say), those edits are dropped rather than making the carrier
 * unusable; every edit that still fits is kept.
 */
export function builtinCatalogEntry(builtin: Carrier, patch: CarrierPatch): CatalogEntry {
  // Most carriers are never edited: skip the merge, validation and diff for them.
  if (Object.keys(patch).length === 0) return { carrier: builtin, builtin, changedPaths: [] };
  let carrier = applyCarrierPatch(builtin, patch);
  if (!CarrierSchema.safeParse(carrier).success) {
    carrier = keepValidEdits(builtin, patch);
  }
  return { carrier, builtin, changedPaths: changedPaths(builtin, carrier) };
}

/**
 * Applies the edits of one fact (value, source, date… share a parent) together,
 * since they are only valid together, and keeps every group that validates;
 * repeats while that helps (one group can make another valid).
 */
function keepValidEdits(builtin: Carrier, patch: CarrierPatch): Carrier {
  const groups = new Map<string, CarrierPatch>();
  for (const [path, value] of Object.entries(patch)) {
    const parent = path.split('.').slice(0, -1).join('.');
    groups.set(parent, { ...groups.get(parent), [path]: value });
  }
  let carrier = builtin;
  let pending = [...groups.values()];
  for (let progress = true; progress && pending.length > 0;) {
    progress = false;
    const rejected: CarrierPatch[] = [];
    for (const group of pending) {
      const next = applyCarrierPatch(carrier, group);
      if (CarrierSchema.safeParse(next).success) {
        carrier = next;
        progress = true;
      } else {
        rejected.push(group);
      }
    }
    pending = rejected;
  }
  return carrier;
}

/** The catalog entry of a carrier the user added: nothing to compare it with. */
export function userCatalogEntry(carrier: Carrier): CatalogEntry {
  return { carrier, builtin: null, changedPaths: [] };
}
