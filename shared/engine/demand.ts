/**
 * Line demand (docs/planning-model.md, section 2).
 *
 *   d_i = Σ monthlyGB of the devices on line i + hotspot load line i hosts
 *
 * A device with a line uses that line's data (its hotspotFrom is ignored); a
 * device without a line that lists hosts tethers (see hotspot.ts); a device
 * with neither uses Wi-Fi only and demands nothing.
 * Example: mom's phone 12 GB on "mom" + an iPad (6 GB) tethered to mom → d_mom = 18, hotspot load 6.
 */
import type { ScenarioDevice } from '../scenario/schema';
import type { TetheringDevice } from './hotspot';

export type LineDemand = {
  /** d_i: own devices plus hosted hotspot load. */
  demandGB: number;
  /** Hotspot load this line hosts. */
  hotspotLoadGB: number;
};

type DeviceFields = Pick<ScenarioDevice, 'id' | 'line' | 'hotspotFrom' | 'monthlyGB'>;

/** Devices that tether: no line of their own and at least one listed host. */
export function tetheringDevices(devices: readonly DeviceFields[]): TetheringDevice[] {
  const out: TetheringDevice[] = [];
  for (const d of devices) {
    if (d.line === null && d.hotspotFrom.length > 0)
      out.push({ id: d.id, monthlyGB: d.monthlyGB, hosts: d.hotspotFrom });
  }
  return out;
}

/** Demand of every line, keyed by line id, given the hotspot load each line hosts. */
export function lineDemands(
  lineIds: readonly string[],
  devices: readonly DeviceFields[],
  hotspotLoadGB: ReadonlyMap<string, number>,
): Map<string, LineDemand> {
  const own = new Map<string, number>(lineIds.map((id) => [id, 0]));
  for (const d of devices) {
    if (d.line !== null && own.has(d.line)) own.set(d.line, own.get(d.line)! + d.monthlyGB);
  }
  const out = new Map<string, LineDemand>();
  for (const id of lineIds) {
    const load = hotspotLoadGB.get(id) ?? 0;
    out.set(id, { demandGB: own.get(id)! + load, hotspotLoadGB: load });
  }
  return out;
}

/**
 * Hotspot load per line when each tethering device counts on its first listed
 * host — the rule `compare` uses, since a candidate plan's hotspot terms are
 * not known per line before a tier is chosen.
 */
export function firstHostLoads(devices: readonly DeviceFields[]): Map<string, number> {
  const load = new Map<string, number>();
  for (const d of tetheringDevices(devices)) {
    const host = d.hosts[0]!;
    load.set(host, (load.get(host) ?? 0) + d.monthlyGB);
  }
  return load;
}
