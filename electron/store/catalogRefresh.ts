/**
 * Keeps the stored built-in catalog in step with the app's. When an app
 * update ships a higher CATALOG_VERSION, the built-in entries are refreshed
 * at open; the user's edits (patches) and own carriers are left alone.
 */
import type { Carrier } from '@shared/catalog/schema';
import { BUILTIN_CATALOG, CATALOG_VERSION } from '@shared/catalog/carriers';
import type { Db } from './db';
import { storedCatalogVersion, upsertBuiltinCatalog, type CatalogVersion } from './repos/catalog';

/** Refreshes the built-in entries if the stored ones are older; returns whether it did. */
export function refreshBuiltinCatalog(
  db: Db,
  carriers: readonly Carrier[] = BUILTIN_CATALOG,
  version: CatalogVersion = CATALOG_VERSION,
): boolean {
  const stored = storedCatalogVersion(db);
  // An older app opening a file a newer one refreshed must not roll the facts back.
  if (stored !== null && stored >= version) return false;
  upsertBuiltinCatalog(db, carriers, version);
  return true;
}
