/**
 * Plan warnings: a stable code, the line or device it is about (or neither for
 * plan-level ones), an English message for logs and the CLI, and the numbers
 * behind it in `values` so the UI can say the same thing in the user's language.
 */
import { formatGB } from './amounts';
import type { PlanWarning } from './types';

type Named = { id: string; name?: string };

function label(x: Named): string {
  return x.name ? `"${x.name}"` : x.id;
}

export function poolOversubscribed(demandGB: number, poolGB: number): PlanWarning {
  return {
    code: 'POOL_OVERSUBSCRIBED',
    line: null,
    device: null,
    message: `The lines need ${formatGB(demandGB)} GB but the pool has ${formatGB(poolGB)} GB.`,
    values: { demandGB, poolGB, shortGB: demandGB - poolGB },
  };
}

export function floorsExceedPool(floorsGB: number, poolGB: number): PlanWarning {
  return {
    code: 'FLOORS_EXCEED_POOL',
    line: null,
    device: null,
    message: `Guaranteed minimums add up to ${formatGB(floorsGB)} GB, more than the ${formatGB(poolGB)} GB pool; they were scaled down proportionally.`,
    values: { floorsGB, poolGB, scale: floorsGB > 0 ? poolGB / floorsGB : 0 },
  };
}

export function premiumExceeded(line: Named, demandGB: number, premiumGB: number, overGB: number): PlanWarning {
  return {
    code: 'PREMIUM_EXCEEDED',
    line: line.id,
    device: null,
    message: `Line ${label(line)} needs ${formatGB(demandGB)} GB but has ${formatGB(premiumGB)} GB of premium data; ${formatGB(overGB)} GB may be deprioritised.`,
    values: { demandGB, premiumGB, overGB },
  };
}

export function hotspotExceeded(line: Named, loadGB: number, hotspotGB: number, overGB: number): PlanWarning {
  return {
    code: 'HOTSPOT_EXCEEDED',
    line: line.id,
    device: null,
    message: `Line ${label(line)} hosts ${formatGB(loadGB)} GB of hotspot data but its high-speed hotspot allowance is ${formatGB(hotspotGB)} GB; ${formatGB(overGB)} GB will run at reduced speed.`,
    values: { loadGB, hotspotGB, overGB },
  };
}

export function noHotspotHost(device: Named, hosts: readonly string[]): PlanWarning {
  const listed = hosts.join(', ');
  return {
    code: 'NO_HOTSPOT_HOST',
    line: null,
    device: device.id,
    message: `Device ${label(device)} cannot tether: none of its hosts (${listed}) allows hotspot on this plan.`,
    values: { hosts: listed },
  };
}

export function lineForecastOverBudget(
  line: Named,
  forecastGB: number,
  limitGB: number,
  exhaustsOn: string | null,
): PlanWarning {
  const when = exhaustsOn === null ? '' : `; it runs out on ${exhaustsOn}`;
  return {
    code: 'FORECAST_OVER_BUDGET',
    line: line.id,
    device: null,
    message: `Line ${label(line)} is forecast to use ${formatGB(forecastGB)} GB this cycle, over its ${formatGB(limitGB)} GB limit${when}.`,
    values: { forecastGB, limitGB, exhaustsOn },
  };
}

export function poolForecastOverBudget(forecastGB: number, poolGB: number, exhaustsOn: string | null): PlanWarning {
  const when = exhaustsOn === null ? '' : `; it runs out on ${exhaustsOn}`;
  return {
    code: 'FORECAST_OVER_BUDGET',
    line: null,
    device: null,
    message: `The pool is forecast to reach ${formatGB(forecastGB)} GB this cycle, over its ${formatGB(poolGB)} GB${when}.`,
    values: { forecastGB, poolGB, exhaustsOn },
  };
}

export function esimUnsupported(line: Named, deviceIds: readonly string[]): PlanWarning {
  const listed = deviceIds.join(', ');
  return {
    code: 'ESIM_UNSUPPORTED',
    line: line.id,
    device: null,
    message: `Line ${label(line)} has an eSIM-only device (${listed}) but the plan does not support eSIM.`,
    values: { devices: listed },
  };
}
