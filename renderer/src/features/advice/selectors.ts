import type { CatalogEntry } from '@shared/catalog/schema';
import type { AppState } from '@renderer/store';

/** Lower-case letters and digits only: "t-mobile", "T-Mobile" and "tmobile" name the same carrier. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The catalog carrier a plan's free-text carrier names: the same id, the id
 * without dashes ("t-mobile"), or the carrier's name ("Google Fi").
 */
export function catalogCarrierFor(planCarrier: string, catalog: readonly CatalogEntry[]): string | null {
  const exact = catalog.find((e) => e.carrier.id === planCarrier);
  if (exact) return exact.carrier.id;
  const key = squash(planCarrier);
  if (key === '') return null;
  const similar = catalog.find((e) => e.carrier.id === key || squash(e.carrier.name) === key);
  return similar?.carrier.id ?? null;
}

/** The household plan's carrier in the catalog, if the household has a plan and the catalog knows it. */
export const selectPlanCatalogCarrier = (s: AppState): string | null =>
  s.plan ? catalogCarrierFor(s.plan.carrier, s.catalog) : null;

/** The chosen line, if it still exists in the active household. */
export const selectAdviceLineId = (s: AppState): string | null => {
  const from = s.adviceFrom;
  return from?.kind === 'line' && s.lines.some((l) => l.id === from.lineId) ? from.lineId : null;
};

/**
 * The carrier the advice is about: the carrier chosen by hand, or else the
 * household plan's carrier (which a chosen line implies, and which is the
 * default before anything is chosen).
 */
export const selectAdviceCarrier = (s: AppState): string | null => {
  const from = s.adviceFrom;
  if (from?.kind === 'carrier' && s.catalog.some((e) => e.carrier.id === from.carrierId)) return from.carrierId;
  return selectPlanCatalogCarrier(s);
};

/** The chosen plan, if the chosen carrier has it. */
export const selectAdvicePlan = (s: AppState): string | null => {
  const carrierId = selectAdviceCarrier(s);
  const entry = s.catalog.find((e) => e.carrier.id === carrierId);
  return entry && s.advicePlan !== null && s.advicePlan in entry.carrier.plans ? s.advicePlan : null;
};
