/**
 * The carrier catalog as stored: for a built-in carrier the shipped entry
 * (`builtin_json`) and the user's edits to it as a patch of changed paths
 * (`patch_json`); for a carrier the user added, the whole entry (`user_json`).
 * Keeping the built-in entry and the edits apart is what lets an app update
 * refresh the built-in facts without losing what the user changed.
 */
import type { Carrier } from '@shared/catalog/schema';
import { diffCarrier, type CarrierPatch } from '@shared/catalog/patch';
import { upgradeCarrierPatch, upgradeCatalogJson } from '@shared/catalog/upgrade';
import { inTransaction, prepared, type Db, type ReadDb } from '../db';

/** CATALOG_VERSION of the shipped catalog the built-in entries came from. */
export type CatalogVersion = number;

export interface CatalogRow {
  id: string;
  builtin_json: string | null;
  builtin_version: CatalogVersion | null;
  patch_json: string | null;
  user_json: string | null;
  position: number;
  updated_at: string;
}

export type CatalogRecord =
  | { id: string; source: 'builtin'; builtin: Carrier; patch: CarrierPatch }
  | { id: string; source: 'user'; carrier: Carrier };

export function catalogRecordFromRow(row: CatalogRow): CatalogRecord {
  if (row.builtin_json !== null) {
    return {
      id: row.id,
      source: 'builtin',
      // Files written by an older version hold older shapes: read them in today's (see upgrade.ts).
      builtin: upgradeCatalogJson(JSON.parse(row.builtin_json), false) as Carrier,
      patch: row.patch_json === null ? {} : upgradeCarrierPatch(JSON.parse(row.patch_json) as CarrierPatch),
    };
  }
  return {
    id: row.id,
    source: 'user',
    carrier: upgradeCatalogJson(JSON.parse(row.user_json ?? 'null'), true) as Carrier,
  };
}

/** Built-in carriers in catalog order, then the user's own in the order they were added. */
export function listCatalog(db: ReadDb): CatalogRecord[] {
  return prepared<CatalogRow>(db, 'SELECT * FROM catalog ORDER BY builtin_json IS NULL, position, rowid')
    .all()
    .map(catalogRecordFromRow);
}

export function findCatalogRecord(db: ReadDb, id: string): CatalogRecord | undefined {
  const row = prepared<CatalogRow>(db, 'SELECT * FROM catalog WHERE id = ?').get(id);
  return row ? catalogRecordFromRow(row) : undefined;
}

/** The catalog version the built-in entries came from (null before seeding). */
export function storedCatalogVersion(db: ReadDb): CatalogVersion | null {
  const row = prepared<{ v: CatalogVersion | null }>(db, 'SELECT max(builtin_version) AS v FROM catalog').get();
  return row?.v ?? null;
}

/**
 * Inserts or refreshes the built-in entries. It writes `builtin_json` only:
 * the user's patch stays, so an edited field keeps the user's value and every
 * untouched field shows the new built-in one. A carrier the user had added
 * under an id that is now built in becomes an edit of the built-in entry.
 */
export function upsertBuiltinCatalog(
  db: Db,
  carriers: readonly Carrier[],
  version: CatalogVersion,
  now: Date = new Date(),
): void {
  const at = now.toISOString();
  inTransaction(db, () => {
    carriers.forEach((carrier, position) => {
      const existing = findCatalogRecord(db, carrier.id);
      if (existing?.source === 'user') {
        const patch = diffCarrier(carrier, existing.carrier);
        prepared(
          db,
          `UPDATE catalog SET user_json = NULL, builtin_json = ?, builtin_version = ?, patch_json = ?,
             position = ?, updated_at = ? WHERE id = ?`,
        ).run(JSON.stringify(carrier), version, patchJson(patch), position, at, carrier.id);
        return;
      }
      prepared(
        db,
        `INSERT INTO catalog (id, builtin_json, builtin_version, patch_json, user_json, position, updated_at)
         VALUES (?, ?, ?, NULL, NULL, ?, ?)
         ON CONFLICT (id) DO UPDATE SET builtin_json = excluded.builtin_json,
           builtin_version = excluded.builtin_version, position = excluded.position`,
      ).run(carrier.id, JSON.stringify(carrier), version, position, at);
    });
  });
}

function patchJson(patch: CarrierPatch): string | null {
  return Object.keys(patch).length === 0 ? null : JSON.stringify(patch);
}

/** Stores the user's edits of a built-in carrier (an empty patch clears them). */
export function setCatalogPatch(db: Db, id: string, patch: CarrierPatch, now: Date = new Date()): void {
  prepared(db, 'UPDATE catalog SET patch_json = ?, updated_at = ? WHERE id = ? AND builtin_json IS NOT NULL').run(
    patchJson(patch),
    now.toISOString(),
    id,
  );
}

/** Creates or replaces a carrier the user added. */
export function putUserCarrier(db: Db, carrier: Carrier, now: Date = new Date()): void {
  const at = now.toISOString();
  const next = prepared<{ p: number | null }>(
    db,
    'SELECT max(position) AS p FROM catalog WHERE user_json IS NOT NULL',
  ).get();
  prepared(
    db,
    `INSERT INTO catalog (id, builtin_json, builtin_version, patch_json, user_json, position, updated_at)
     VALUES (?, NULL, NULL, NULL, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET user_json = excluded.user_json, updated_at = excluded.updated_at
     WHERE catalog.builtin_json IS NULL`,
  ).run(carrier.id, JSON.stringify(carrier), (next?.p ?? -1) + 1, at);
}

/** Bytes the user's edits take: patches of built-in carriers plus carriers the user added. */
export function catalogEditBytes(db: ReadDb): number {
  const row = prepared<{ n: number }>(
    db,
    `SELECT coalesce(sum(length(CAST(patch_json AS BLOB))), 0) + coalesce(sum(length(CAST(user_json AS BLOB))), 0) AS n
     FROM catalog`,
  ).get();
  return row?.n ?? 0;
}
