/**
 * Plan warnings: a stable code, a severity, the line or device it is about (or
 * neither for plan-level ones), the numbers behind it in `values` so the UI can
 * say the same thing in the user's language, and an English message for logs
 * and the CLI.
 *
 * Severities: `critical` — data will stop or slow hard, or a device has no
 * host; `warning` — the setup cannot meet the household's needs; `info` —
 * worth knowing (priority data passed, a line eating more than its share).
 *
 * Three kinds of bound are never confused in the wording: a hard limit (a cap
 * someone set, or a per-line plan's high-speed data) is where data stops or
 * slows to a crawl; priority data only means the line may be slowed when the
 * network is busy; a fair share is the app's own suggestion, which nothing
 * enforces — on a pool only the pool runs out.
 */
import { ONE_BYTE_GB, formatGB } from './amounts';
import type { DailyBudgetBasis, Evaluation, LimitBasis, PlanWarning, Severity, WarningCode } from './types';
import { WarningCodeSchema } from './types';

type Named = { id: string; name?: string };

function label(x: Named): string {
  return x.name ? `"${x.name}"` : x.id;
}

export const SEVERITY_OF: Readonly<Record<WarningCode, Severity>> = {
  FORECAST_OVER_POOL: 'critical',
  FORECAST_OVER_LIMIT: 'critical',
  NO_HOTSPOT_HOST: 'critical',
  POOL_OVERSUBSCRIBED: 'warning',
  FLOORS_EXCEED_POOL: 'warning',
  DEMAND_OVER_LIMIT: 'warning',
  HOTSPOT_EXCEEDED: 'warning',
  ESIM_UNSUPPORTED: 'warning',
  PREMIUM_EXCEEDED: 'info',
  FORECAST_OVER_PREMIUM: 'info',
  FORECAST_OVER_SHARE: 'info',
};

function warning(
  code: WarningCode,
  subject: { line?: string; device?: string },
  values: PlanWarning['values'],
  message: string,
): PlanWarning {
  return {
    code,
    severity: SEVERITY_OF[code],
    line: subject.line ?? null,
    device: subject.device ?? null,
    values,
    message,
  };
}

const on = (date: string | null, what: string): string => (date === null ? '' : `; ${what} on ${date}`);

function limitWords(basis: LimitBasis | DailyBudgetBasis): string {
  return basis === 'cap' ? 'cap' : 'high-speed data';
}

export function forecastOverPool(forecastGB: number, poolGB: number, exhaustsOn: string | null): PlanWarning {
  return warning(
    'FORECAST_OVER_POOL',
    {},
    { forecastGB, poolGB, exhaustsOn },
    `At this pace the lines will use ${formatGB(forecastGB)} GB this cycle, more than the ${formatGB(poolGB)} GB pool${on(exhaustsOn, 'the pool runs out')}.`,
  );
}

export function forecastOverLimit(
  line: Named,
  forecastGB: number,
  limitGB: number,
  basis: LimitBasis,
  exhaustsOn: string | null,
): PlanWarning {
  return warning(
    'FORECAST_OVER_LIMIT',
    { line: line.id },
    { forecastGB, limitGB, basis, exhaustsOn },
    `Line ${label(line)} is forecast to use ${formatGB(forecastGB)} GB this cycle, more than its ${formatGB(limitGB)} GB ${limitWords(basis)}${on(exhaustsOn, 'it reaches it')}; after that its data stops or slows to a crawl.`,
  );
}

export function noHotspotHost(device: Named, hosts: readonly string[]): PlanWarning {
  const listed = hosts.join(', ');
  return warning(
    'NO_HOTSPOT_HOST',
    { device: device.id },
    { hosts: listed },
    `Device ${label(device)} cannot tether: none of its hosts (${listed}) allows hotspot on this plan.`,
  );
}

export function poolOversubscribed(demandGB: number, poolGB: number): PlanWarning {
  return warning(
    'POOL_OVERSUBSCRIBED',
    {},
    { demandGB, poolGB, shortGB: demandGB - poolGB },
    `The lines need ${formatGB(demandGB)} GB but the pool has ${formatGB(poolGB)} GB.`,
  );
}

export function floorsExceedPool(floorsGB: number, poolGB: number): PlanWarning {
  return warning(
    'FLOORS_EXCEED_POOL',
    {},
    { floorsGB, poolGB, scale: floorsGB > 0 ? poolGB / floorsGB : 0 },
    `Guaranteed minimums add up to ${formatGB(floorsGB)} GB, more than the ${formatGB(poolGB)} GB pool; they were scaled down proportionally.`,
  );
}

export function demandOverLimit(line: Named, demandGB: number, limitGB: number, basis: LimitBasis): PlanWarning {
  return warning(
    'DEMAND_OVER_LIMIT',
    { line: line.id },
    { demandGB, limitGB, basis },
    `Line ${label(line)} needs ${formatGB(demandGB)} GB a month, more than its ${formatGB(limitGB)} GB ${limitWords(basis)}.`,
  );
}

export function hotspotExceeded(line: Named, loadGB: number, hotspotGB: number, overGB: number): PlanWarning {
  return warning(
    'HOTSPOT_EXCEEDED',
    { line: line.id },
    { loadGB, hotspotGB, overGB },
    `Line ${label(line)} hosts ${formatGB(loadGB)} GB of hotspot data but its high-speed hotspot allowance is ${formatGB(hotspotGB)} GB; ${formatGB(overGB)} GB will run at reduced speed.`,
  );
}

export function esimUnsupported(line: Named, deviceIds: readonly string[]): PlanWarning {
  const listed = deviceIds.join(', ');
  return warning(
    'ESIM_UNSUPPORTED',
    { line: line.id },
    { devices: listed },
    `Line ${label(line)} has an eSIM-only device (${listed}) but the plan does not support eSIM.`,
  );
}

export function premiumExceeded(line: Named, demandGB: number, premiumGB: number, overGB: number): PlanWarning {
  return warning(
    'PREMIUM_EXCEEDED',
    { line: line.id },
    { demandGB, premiumGB, overGB },
    `Line ${label(line)} needs ${formatGB(demandGB)} GB a month but has ${formatGB(premiumGB)} GB of priority data; ${formatGB(overGB)} GB may be slowed when the network is busy.`,
  );
}

export function forecastOverPremium(
  line: Named,
  forecastGB: number,
  premiumGB: number,
  reachedOn: string | null,
): PlanWarning {
  return warning(
    'FORECAST_OVER_PREMIUM',
    { line: line.id },
    { forecastGB, premiumGB, reachedOn },
    `Line ${label(line)} is forecast to use ${formatGB(forecastGB)} GB this cycle and will pass its ${formatGB(premiumGB)} GB of priority data${on(reachedOn, 'it passes it')}; after that it may be slowed when the network is busy.`,
  );
}

export function forecastOverShare(
  line: Named,
  forecastGB: number,
  shareGB: number,
  exceededOn: string | null,
): PlanWarning {
  return warning(
    'FORECAST_OVER_SHARE',
    { line: line.id },
    { forecastGB, shareGB, exceededOn },
    `Line ${label(line)} is forecast to use ${formatGB(forecastGB)} GB this cycle, more than its ${formatGB(shareGB)} GB share of the pool${on(exceededOn, 'it passes its share')}; the pool is forecast to run out.`,
  );
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };
const TABLE_RANK = new Map(WarningCodeSchema.options.map((code, i) => [code, i]));

/** The date a warning carries (when something is reached or runs out), or null. */
export function warningDate(w: Pick<PlanWarning, 'values'>): string | null {
  for (const key of ['exhaustsOn', 'reachedOn', 'exceededOn']) {
    const v = w.values[key];
    if (typeof v === 'string') return v;
  }
  return null;
}

/**
 * The order warnings are shown in: severity (critical first); then the date
 * they carry, soonest first, dateless last; then plan-level before line before
 * device warnings, each in scenario order; one subject's warnings in the
 * table's order.
 */
export function orderWarnings(
  warnings: readonly PlanWarning[],
  lineOrder: readonly string[],
  deviceOrder: readonly string[],
): PlanWarning[] {
  const lineIndex = new Map(lineOrder.map((id, i) => [id, i]));
  const deviceIndex = new Map(deviceOrder.map((id, i) => [id, i]));
  const key = (w: PlanWarning): [number, string, number, number, number] => [
    SEVERITY_RANK[w.severity],
    // ISO dates sort as strings; "~" sorts after every digit, so a dateless warning comes last.
    warningDate(w) ?? '~',
    w.device !== null ? 2 : w.line !== null ? 1 : 0,
    w.device !== null ? (deviceIndex.get(w.device) ?? 0) : w.line !== null ? (lineIndex.get(w.line) ?? 0) : 0,
    TABLE_RANK.get(w.code) ?? 0,
  ];
  return warnings
    .map((w) => ({ w, k: key(w) }))
    .sort((a, b) => {
      for (let i = 0; i < a.k.length; i++) {
        const x = a.k[i]!;
        const y = b.k[i]!;
        if (x < y) return -1;
        if (x > y) return 1;
      }
      return 0;
    })
    .map(({ w }) => w);
}

/**
 * Whether "Everything fits" may be said: no warning of severity critical or
 * warning, and no line short of what it needs. Info warnings (priority data
 * passed, a line over its share) do not stop it.
 */
export function everythingFits(evaluation: Pick<Evaluation, 'warnings' | 'lines'>): boolean {
  return (
    evaluation.warnings.every((w) => w.severity === 'info') && evaluation.lines.every((l) => !(l.unmetGB > ONE_BYTE_GB))
  );
}
