import { ParentNetworkSchema, type Carrier, type CatalogEntry } from '@shared/catalog/schema';
import type { AppState } from '@renderer/store';

export const selectCatalogEntry =
  (id: string | null) =>
  (s: AppState): CatalogEntry | undefined =>
    id === null ? undefined : s.catalog.find((e) => e.carrier.id === id);

/** The most recent date any of the carrier's facts or notes was checked against its source. */
export function lastVerified(carrier: Carrier): string | null {
  let latest: string | null = null;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      // ISO dates compare correctly as strings.
      if (key === 'verified' && typeof value === 'string') {
        if (latest === null || value > latest) latest = value;
      } else {
        visit(value);
      }
    }
  };
  visit(carrier);
  return latest;
}

export type CarrierNetwork = { type: 'operator' } | { type: 'runsOn'; networks: string[] } | { type: 'unknown' };

/** A network operator itself, or the networks an MVNO runs on (its parent network first). */
export function carrierNetwork(carrier: Carrier): CarrierNetwork {
  if ((ParentNetworkSchema.options as readonly string[]).includes(carrier.id)) return { type: 'operator' };
  const networks = carrier.networks.value ?? [];
  const parent = carrier.parentNetwork;
  const ordered = parent ? [parent, ...networks.filter((n) => n !== parent)] : networks;
  return ordered.length > 0 ? { type: 'runsOn', networks: ordered } : { type: 'unknown' };
}
