/**
 * Catalog data written by an older version of the app, brought to today's
 * shape when it is read: facts gained `quote`, `sourceTitle` and `byUser`,
 * the reliability word `secondary` became `press`, and plans gained a
 * market, an entry date, a pool size and notes. The shipped built-in entries
 * are simply replaced (the catalog version changed); what the user wrote —
 * their patches and their own carriers — is kept and marked as theirs.
 */
import type { CarrierPatch } from './patch';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFactLike(o: JsonObject): boolean {
  return 'value' in o && 'source' in o && 'verified' in o;
}

function isPlanLike(o: JsonObject): boolean {
  return 'tiers' in o && 'sharing' in o && 'status' in o && 'payPerGB' in o;
}

function isNoteLike(o: JsonObject): boolean {
  return 'text' in o && 'source' in o && 'verified' in o && !('value' in o);
}

const reliabilityOf = (r: unknown): unknown => (r === 'secondary' ? 'press' : r);

/** Every fact, plan and note inside `value`, in today's shape; `byUser` marks facts as the user's own. */
export function upgradeCatalogJson(value: unknown, byUser: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => upgradeCatalogJson(v, byUser));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) out[k] = upgradeCatalogJson(v, byUser);
  if (isFactLike(out)) {
    if (!('quote' in out)) out.quote = null;
    if (!('sourceTitle' in out)) out.sourceTitle = null;
    if (!('byUser' in out)) out.byUser = byUser;
    out.reliability = reliabilityOf(out.reliability);
  } else if (isNoteLike(out)) {
    if (!('quote' in out)) out.quote = null;
    if (!('sourceTitle' in out)) out.sourceTitle = null;
    out.reliability = reliabilityOf(out.reliability ?? null);
  }
  if (isPlanLike(out)) {
    if (!('market' in out)) out.market = null;
    if (!('enteredOn' in out)) out.enteredOn = null;
    if (!('notes' in out)) out.notes = [];
    if (!('poolGB' in out)) {
      out.poolGB = {
        value: null,
        quote: null,
        source: null,
        sourceTitle: null,
        verified: null,
        sourceDate: null,
        reliability: null,
        byUser,
        note: null,
      };
    }
  }
  return out;
}

/**
 * A patch saved by an older version: a fact whose value the user changed is
 * the user's own check (it keeps no quote from the catalog); whole objects the
 * user added are upgraded like a carrier of their own. Patches written today
 * always carry `byUser` next to an edited value, so they pass unchanged.
 */
export function upgradeCarrierPatch(patch: CarrierPatch): CarrierPatch {
  const out: CarrierPatch = {};
  for (const [path, value] of Object.entries(patch)) {
    const last = path.split('.').pop() ?? '';
    out[path] = last === 'reliability' ? reliabilityOf(value) : upgradeCatalogJson(value, true);
  }
  for (const path of Object.keys(patch)) {
    const segments = path.split('.');
    if (segments.pop() !== 'value' || segments.length === 0) continue;
    const parent = segments.join('.');
    const has = (key: string) => `${parent}.${key}` in patch;
    if (has('byUser')) continue;
    out[`${parent}.byUser`] = true;
    if (!has('quote')) out[`${parent}.quote`] = null;
    if (has('source') && !has('sourceTitle')) out[`${parent}.sourceTitle`] = null;
  }
  return out;
}
