/**
 * The carrier catalog as the user sees it: each built-in carrier with the
 * user's edits applied (and which fields they changed), plus carriers the
 * user added. Transfer advice and plan comparison read the merged entries.
 */
import { ApiError, formatPath } from '@shared/api/errors';
import {
  CATALOG_EDIT_LIMIT_BYTES,
  CATALOG_LIMIT_MESSAGE,
  CarrierSchema,
  type Carrier,
  type CatalogEntry,
} from '@shared/catalog/schema';
import { applyCarrierPatch, builtinCatalogEntry, diffCarrier, userCatalogEntry } from '@shared/catalog/patch';
import { inTransaction } from '../store';
import {
  catalogEditBytes,
  findCatalogRecord,
  listCatalog,
  putUserCarrier,
  setCatalogPatch,
  type CatalogRecord,
} from '../store/repos/catalog';
import { conflict, invalidField, type ServiceContext } from './context';

function entryOf(record: CatalogRecord): CatalogEntry {
  return record.source === 'user'
    ? userCatalogEntry(record.carrier)
    : builtinCatalogEntry(record.builtin, record.patch);
}

export function createCatalogService(ctx: ServiceContext) {
  const { db } = ctx;

  function list(): CatalogEntry[] {
    return listCatalog(db).map(entryOf);
  }

  /** The carrier's record; NOT_FOUND naming the carriers there are. */
  function requireRecord(id: string): CatalogRecord {
    const record = findCatalogRecord(db, id);
    if (record) return record;
    const known = listCatalog(db).map((r) => r.id);
    throw new ApiError('NOT_FOUND', `Unknown carrier "${id}". Known carriers: ${known.join(', ')}.`);
  }

  const entry = (id: string): CatalogEntry => entryOf(requireRecord(id));

  return {
    list,

    /** Merged carriers, for plan comparison. */
    carriers(): Carrier[] {
      return list().map((e) => e.carrier);
    },

    /** One merged carrier, for transfer advice. */
    carrier(id: string): Carrier {
      return entry(id).carrier;
    },

    /**
     * Saves an edited carrier: for a built-in one, only the fields that differ
     * from the built-in entry; a new id becomes a carrier of the user's own.
     */
    update(carrier: Carrier): CatalogEntry {
      return inTransaction(db, () => {
        const bytesBefore = catalogEditBytes(db);
        const record = findCatalogRecord(db, carrier.id);
        if (record?.source === 'builtin') {
          const patch = diffCarrier(record.builtin, carrier);
          const merged = CarrierSchema.safeParse(applyCarrierPatch(record.builtin, patch));
          if (!merged.success) {
            const issue = merged.error.issues[0];
            throw invalidField(`carrier.${formatPath(issue?.path ?? [])}`, issue?.message ?? 'invalid');
          }
          setCatalogPatch(db, carrier.id, patch, ctx.now());
        } else {
          putUserCarrier(db, carrier, ctx.now());
        }
        // Checked after the write, inside the transaction, so the throw undoes it. An edit
        // that shrinks an (older, oversized) catalog is still allowed.
        const bytesAfter = catalogEditBytes(db);
        if (bytesAfter > CATALOG_EDIT_LIMIT_BYTES && bytesAfter > bytesBefore) {
          throw invalidField('carrier', CATALOG_LIMIT_MESSAGE);
        }
        return entry(carrier.id);
      });
    },

    /** Drops the user's edits of a built-in carrier. */
    reset(id: string): CatalogEntry {
      return inTransaction(db, () => {
        const record = requireRecord(id);
        if (record.source === 'user') {
          throw conflict(`"${id}" is a carrier you added, so there is no built-in entry to reset it to.`);
        }
        setCatalogPatch(db, id, {}, ctx.now());
        return entry(id);
      });
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
