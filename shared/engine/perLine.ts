/**
 * Per-line plans and per-line overages (docs/planning-model.md, sections 3 and 4).
 *
 *   b_i               = min(d_i, c_i, dataGB_i)               (null = no limit)
 *   premiumOverGB_i   = max(0, d_i − premiumGB_i)              (0 when premiumGB is null)
 *   hotspotOverGB_i   = max(0, hotspotLoad_i − hotspotGB_i)    (0 when hotspotGB is null)
 *
 * Example: demand 18 GB, no cap, dataGB 15, premiumGB 10, hotspot load 6 of 5 →
 * budget 15, premium overage 8, hotspot overage 1.
 */
import { excessGB, minLimit } from './amounts';

export function perLineBudgetGB(demandGB: number, capGB: number | null, dataGB: number | null): number {
  return Math.min(demandGB, minLimit(capGB, dataGB));
}

export function premiumOverGB(demandGB: number, premiumGB: number | null): number {
  return excessGB(demandGB, premiumGB);
}

export function hotspotOverGB(hotspotLoadGB: number, hotspotGB: number | null): number {
  return excessGB(hotspotLoadGB, hotspotGB);
}
