/** The one plan of each household. Tier amounts are stored in bytes inside the tiers JSON. */
import type { Plan, Tier } from '@shared/domain/schemas';
import { bytesToGB, gbToBytes } from '@shared/domain/units';
import { prepared, type Db, type ReadDb } from '../db';

export interface PlanRow {
  household_id: string;
  name: string;
  carrier: string;
  kind: Plan['kind'];
  pool_bytes: number | null;
  cycle_start_day: number | null;
  cycle_length_days: number | null;
  cycle_anchor: string | null;
  /** JSON array of prices (currency units per line, by line count). */
  price_per_line: string;
  esim: 0 | 1 | null;
  /** JSON array of {@link StoredTier}. */
  tiers: string;
}

/** A tier as stored: amounts in integer bytes. */
interface StoredTier {
  name: string;
  dataBytes: number | null;
  premiumBytes: number | null;
  hotspotBytes: number | null;
  pricePerLine: number[];
}

const nullableGB = (bytes: number | null) => (bytes === null ? null : bytesToGB(bytes));
const nullableBytes = (gb: number | null) => (gb === null ? null : gbToBytes(gb));

function tierFromStored(t: StoredTier): Tier {
  return {
    name: t.name,
    dataGB: nullableGB(t.dataBytes),
    premiumGB: nullableGB(t.premiumBytes),
    hotspotGB: nullableGB(t.hotspotBytes),
    pricePerLine: t.pricePerLine,
  };
}

function tierToStored(t: Tier): StoredTier {
  return {
    name: t.name,
    dataBytes: nullableBytes(t.dataGB),
    premiumBytes: nullableBytes(t.premiumGB),
    hotspotBytes: nullableBytes(t.hotspotGB),
    pricePerLine: t.pricePerLine,
  };
}

export function planFromRow(row: PlanRow): Plan {
  return {
    name: row.name,
    carrier: row.carrier,
    kind: row.kind,
    poolGB: nullableGB(row.pool_bytes),
    cycleStartDay: row.cycle_start_day,
    cycleLengthDays: row.cycle_length_days,
    cycleAnchor: row.cycle_anchor,
    pricePerLine: JSON.parse(row.price_per_line) as number[],
    esim: row.esim === null ? null : row.esim === 1,
    tiers: (JSON.parse(row.tiers) as StoredTier[]).map(tierFromStored),
  };
}

export function planToRow(householdId: string, plan: Plan): PlanRow {
  return {
    household_id: householdId,
    name: plan.name,
    carrier: plan.carrier,
    kind: plan.kind,
    pool_bytes: nullableBytes(plan.poolGB),
    cycle_start_day: plan.cycleStartDay,
    cycle_length_days: plan.cycleLengthDays,
    cycle_anchor: plan.cycleAnchor,
    price_per_line: JSON.stringify(plan.pricePerLine),
    esim: plan.esim === null ? null : plan.esim ? 1 : 0,
    tiers: JSON.stringify(plan.tiers.map(tierToStored)),
  };
}

export function findPlan(db: ReadDb, householdId: string): Plan | null {
  const row = prepared<PlanRow>(db, 'SELECT * FROM plans WHERE household_id = ?').get(householdId);
  return row ? planFromRow(row) : null;
}

/** Creates or replaces the household's plan. */
export function upsertPlan(db: Db, householdId: string, plan: Plan): void {
  prepared(
    db,
    `INSERT INTO plans (household_id, name, carrier, kind, pool_bytes, cycle_start_day, cycle_length_days,
       cycle_anchor, price_per_line, esim, tiers)
     VALUES (@household_id, @name, @carrier, @kind, @pool_bytes, @cycle_start_day, @cycle_length_days,
       @cycle_anchor, @price_per_line, @esim, @tiers)
     ON CONFLICT (household_id) DO UPDATE SET name = excluded.name, carrier = excluded.carrier,
       kind = excluded.kind, pool_bytes = excluded.pool_bytes, cycle_start_day = excluded.cycle_start_day,
       cycle_length_days = excluded.cycle_length_days, cycle_anchor = excluded.cycle_anchor,
       price_per_line = excluded.price_per_line, esim = excluded.esim, tiers = excluded.tiers`,
  ).run(planToRow(householdId, plan));
}

/** Removes the household's plan (undoing the first plan a what-if gave it). */
export function deletePlan(db: Db, householdId: string): void {
  prepared(db, 'DELETE FROM plans WHERE household_id = ?').run(householdId);
}
