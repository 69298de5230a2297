/**
 * The alert rules: pure functions from an evaluation, the dates of the
 * household's readings and its alert settings to the alerts that hold now.
 * Whether an alert is new is the store's business: each alert carries a key
 * made of rule, line, cycle start and threshold, and a key is shown once.
 *
 * The three kinds of bound are kept apart, as the forecast keeps them:
 * - a hard limit (`limitGB`: a cap or the plan's data, where data stops or
 *   crawls) and the shared pool alert as `warning`, and as `critical` once
 *   usage reaches them or the forecast runs out within days;
 * - priority data (`premiumGB`) only means the line may be slowed when the
 *   network is busy: `info`;
 * - the fair share is a suggestion of the app, never an alert.
 */
import { daysBetween, parseDate } from '../engine/dates';
import type { AlertSettings, AlertSeverity, NewAlert } from './schema';

/**
 * The part of an evaluation the rules read. The engine's evaluation has
 * every one of these fields, so it is passed as it is.
 */
export interface AlertEvaluation {
  cycle: { start: string; end: string };
  lines: ReadonlyArray<{
    id: string;
    usedGB: number | null;
    forecastGB: number | null;
    /** Hard limit (cap or plan data); null when neither is set. */
    limitGB: number | null;
    limitBasis: string | null;
    /** Priority threshold; 0 or null is no threshold. */
    premiumGB: number | null;
    exhaustsOn: string | null;
    premiumReachedOn: string | null;
  }>;
  pool: { sizeGB: number; usedGB: number | null; forecastGB: number | null; exhaustsOn: string | null } | null;
}

export interface AlertInput {
  evaluation: AlertEvaluation;
  /** The day the alerts are for (today). */
  asOf: string;
  /** Dates of every reading the household has, in any order. */
  readingDates: readonly string[];
  settings: AlertSettings;
}

/** Rounded for display values only; comparisons use the exact numbers. */
const gb = (value: number) => Math.round(value * 100) / 100;

function alertKey(rule: string, subject: string, cycleStart: string, threshold: string | number): string {
  return `${rule}:${subject}:${cycleStart}:${threshold}`;
}

/** The highest threshold (percent) that `usedGB` has reached of `boundGB`, or null. */
export function highestThresholdPassed(
  usedGB: number,
  boundGB: number,
  thresholdsPercent: readonly number[],
): number | null {
  if (!(boundGB > 0)) return null;
  let highest: number | null = null;
  for (const percent of thresholdsPercent) {
    // A tiny tolerance so that 22.5 GB of 30 GB counts as 75 % despite floating point.
    if (usedGB >= (boundGB * percent) / 100 - 1e-9 && (highest === null || percent > highest)) highest = percent;
  }
  return highest;
}

const thresholdSeverity = (percent: number): AlertSeverity => (percent >= 100 ? 'critical' : 'warning');

/** Days from `asOf` to `date` when that is 0…`withinDays` days ahead, else null. */
function daysUntilWithin(asOf: string, date: string | null, withinDays: number): number | null {
  if (date === null) return null;
  const days = daysBetween(parseDate(asOf), parseDate(date));
  return days >= 0 && days <= withinDays ? days : null;
}

export function evaluateAlerts(input: AlertInput): NewAlert[] {
  const { evaluation, asOf, settings } = input;
  const cycleStart = evaluation.cycle.start;
  const alerts: NewAlert[] = [];

  const pool = evaluation.pool;
  if (pool) {
    if (pool.usedGB !== null) {
      // Only the highest threshold passed: jumping from 50 % to 95 % is one alert, not two.
      const percent = highestThresholdPassed(pool.usedGB, pool.sizeGB, settings.thresholdsPercent);
      if (percent !== null) {
        alerts.push({
          key: alertKey('pool-threshold', 'pool', cycleStart, percent),
          rule: 'pool-threshold',
          severity: thresholdSeverity(percent),
          lineId: null,
          values: { percent, usedGB: gb(pool.usedGB), poolGB: gb(pool.sizeGB) },
        });
      }
    }
    const days = daysUntilWithin(asOf, pool.exhaustsOn, settings.runOutDays);
    if (days !== null && pool.exhaustsOn !== null && !poolAlreadyFull(pool)) {
      alerts.push({
        key: alertKey('pool-runs-out', 'pool', cycleStart, 'forecast'),
        rule: 'pool-runs-out',
        severity: 'critical',
        lineId: null,
        values: {
          exhaustsOn: pool.exhaustsOn,
          days,
          poolGB: gb(pool.sizeGB),
          forecastGB: pool.forecastGB === null ? null : gb(pool.forecastGB),
        },
      });
    }
  }

  for (const line of evaluation.lines) {
    if (line.usedGB === null) continue;
    if (line.limitGB !== null) {
      const percent = highestThresholdPassed(line.usedGB, line.limitGB, settings.thresholdsPercent);
      if (percent !== null) {
        alerts.push({
          key: alertKey('limit-threshold', line.id, cycleStart, percent),
          rule: 'limit-threshold',
          severity: thresholdSeverity(percent),
          lineId: line.id,
          values: { percent, usedGB: gb(line.usedGB), limitGB: gb(line.limitGB), basis: line.limitBasis },
        });
      }
      const days = daysUntilWithin(asOf, line.exhaustsOn, settings.runOutDays);
      if (days !== null && line.exhaustsOn !== null && line.usedGB < line.limitGB) {
        alerts.push({
          key: alertKey('limit-runs-out', line.id, cycleStart, 'forecast'),
          rule: 'limit-runs-out',
          severity: 'critical',
          lineId: line.id,
          values: {
            exhaustsOn: line.exhaustsOn,
            days,
            limitGB: gb(line.limitGB),
            basis: line.limitBasis,
            forecastGB: line.forecastGB === null ? null : gb(line.forecastGB),
          },
        });
      }
    }
    const premiumGB = line.premiumGB;
    if (premiumGB !== null && premiumGB > 0) {
      const reached = line.usedGB >= premiumGB || (line.premiumReachedOn !== null && line.premiumReachedOn <= asOf);
      if (reached) {
        alerts.push({
          key: alertKey('priority-passed', line.id, cycleStart, 'premium'),
          rule: 'priority-passed',
          severity: 'info',
          lineId: line.id,
          values: { usedGB: gb(line.usedGB), premiumGB: gb(premiumGB), reachedOn: line.premiumReachedOn },
        });
      }
    }
  }

  const reminder = readingReminder(input);
  if (reminder) alerts.push(reminder);
  return alerts;
}

/** Once the pool is used up, the 100 % alert says so; "runs out in 0 days" would repeat it. */
function poolAlreadyFull(pool: { sizeGB: number; usedGB: number | null }): boolean {
  return pool.usedGB !== null && pool.usedGB >= pool.sizeGB;
}

/**
 * A household that keeps readings but has none newer than `reminderDays`:
 * its forecast runs on old numbers. Keyed by the newest reading's date, so
 * one reminder per quiet spell: a new reading and a new quiet spell remind
 * again.
 */
function readingReminder({ evaluation, asOf, readingDates, settings }: AlertInput): NewAlert | null {
  let latest: string | null = null;
  for (const date of readingDates) if (date <= asOf && (latest === null || date > latest)) latest = date;
  if (latest === null) return null;
  const days = daysBetween(parseDate(latest), parseDate(asOf));
  if (days <= settings.reminderDays) return null;
  return {
    key: alertKey('reading-reminder', 'household', evaluation.cycle.start, latest),
    rule: 'reading-reminder',
    severity: 'info',
    lineId: null,
    values: { latestReading: latest, days },
  };
}
