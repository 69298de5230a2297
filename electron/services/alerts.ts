/**
 * Alerts: the rules (pure, in shared/alerts) run on the household's
 * evaluation for today, and every alert whose key is not stored yet is stored
 * and handed to the shell that shows notifications. Storing before showing is
 * what makes "once per cycle" hold across restarts.
 *
 * Checks run at start, after every call that changed a household, and hourly
 * (the shells own the timer). A check never fails the call that triggered it:
 * a household without a plan simply has nothing to alert about.
 */
import { AlertSettingsSchema, DEFAULT_ALERT_SETTINGS, type Alert, type AlertSettings } from '@shared/alerts/schema';
import { evaluateAlerts } from '@shared/alerts/rules';
import { inTransaction } from '../store';
import { insertAlertIfNew, listAlerts, markAlertsNotified, markAlertsRead } from '../store/repos/alerts';
import { listLines } from '../store/repos/lines';
import { findPlan } from '../store/repos/plans';
import { latestReadingDate } from '../store/repos/readings';
import { readSetting, writeSetting } from '../store/repos/settings';
import { localToday, type ServiceContext } from './context';
import type { HouseholdService } from './households';
import type { PlanService } from './plan';
import { requireHousehold } from './references';

/** Settings key of one household's alert settings. */
export const alertSettingsKey = (householdId: string) => `alerts.${householdId}`;

/** Alerts just created for a household, with the names the text needs. */
export interface NewAlertsEvent {
  householdId: string;
  householdName: string;
  alerts: Alert[];
}

export function createAlertService(
  ctx: ServiceContext,
  households: HouseholdService,
  plan: PlanService,
  /** Shows a desktop notification; true when it did (browser mode leaves that to the page). */
  onNewAlerts: (event: NewAlertsEvent) => boolean,
) {
  const { db } = ctx;

  function settings(householdId: string): AlertSettings {
    const parsed = AlertSettingsSchema.safeParse(readSetting(db, alertSettingsKey(householdId)));
    // A value written by an older or newer version that no longer parses falls back to the defaults.
    return parsed.success ? parsed.data : DEFAULT_ALERT_SETTINGS;
  }

  /** Runs the rules for today and stores what is new; returns the new alerts. */
  function check(householdId: string): Alert[] {
    // Runs after every write: it reads only what the rules need, not the whole household.
    const household = requireHousehold(db, householdId);
    if (!findPlan(db, householdId)) return [];
    const asOf = localToday(ctx.now());
    const evaluation = plan.evaluate(householdId, asOf);
    const lineNames = new Map(listLines(db, householdId).map((line) => [line.id, line.name]));
    const found = evaluateAlerts({
      evaluation,
      asOf,
      // The newest reading is the only one the reminder reads.
      readingDates: [latestReadingDate(db, householdId)].filter((date) => date !== null),
      settings: settings(householdId),
    });
    const createdAt = ctx.now().toISOString();
    const created = inTransaction(db, () => {
      const keys = new Set<string>();
      for (const alert of found) {
        // The line's name goes with the alert: it is still readable after the line is renamed or deleted.
        const values =
          alert.lineId === null ? alert.values : { ...alert.values, line: lineNames.get(alert.lineId) ?? null };
        if (insertAlertIfNew(db, householdId, { ...alert, values }, createdAt)) keys.add(alert.key);
      }
      return keys;
    });
    if (created.size === 0) return [];
    const alerts = listAlerts(db, householdId).filter((alert) => created.has(alert.key));
    let shown = false;
    try {
      shown = onNewAlerts({ householdId, householdName: household.name, alerts });
    } catch (err) {
      console.error('[datapool] showing a notification failed:', err);
    }
    if (!shown) return alerts;
    const notifiedAt = ctx.now().toISOString();
    inTransaction(db, () => markAlertsNotified(db, householdId, [...created], notifiedAt));
    return alerts.map((alert) => ({ ...alert, notifiedAt }));
  }

  /** `check`, but a failure is logged and never reaches the caller. */
  function checkQuietly(householdId: string): Alert[] {
    try {
      return check(householdId);
    } catch (err) {
      console.error('[datapool] checking alerts failed:', err);
      return [];
    }
  }

  return {
    getSettings(householdId: string): AlertSettings {
      requireHousehold(db, householdId);
      return settings(householdId);
    },

    setSettings(householdId: string, next: AlertSettings): AlertSettings {
      inTransaction(db, () => {
        requireHousehold(db, householdId);
        writeSetting(db, alertSettingsKey(householdId), {
          ...next,
          thresholdsPercent: [...next.thresholdsPercent].sort((a, b) => a - b),
        });
      });
      return settings(householdId);
    },

    list(householdId: string): Alert[] {
      requireHousehold(db, householdId);
      return listAlerts(db, householdId);
    },

    /** Marks the given alerts (or all when `keys` is absent) as read; returns the list. */
    markRead(householdId: string, keys?: readonly string[]): Alert[] {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        markAlertsRead(db, householdId, keys ?? null, ctx.now().toISOString());
        return listAlerts(db, householdId);
      });
    },

    /** Records that a notification showed these alerts, so no window or restart shows them again. */
    markNotified(householdId: string, keys: readonly string[]): Alert[] {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        markAlertsNotified(db, householdId, keys, ctx.now().toISOString());
        return listAlerts(db, householdId);
      });
    },

    check,
    checkQuietly,

    /** Checks every household (at start and hourly); returns how many alerts were new. */
    checkAll(): number {
      let count = 0;
      for (const household of households.list()) count += checkQuietly(household.id).length;
      return count;
    },
  };
}

export type AlertService = ReturnType<typeof createAlertService>;

/** How often alerts are checked while the app runs: a forecast moves with the calendar, not only with changes. */
export const ALERT_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Checks every household now and then every `everyMs`; returns the function
 * that stops the timer. The timer does not keep the process alive.
 */
export function scheduleAlertChecks(
  alerts: () => AlertService | null,
  everyMs: number = ALERT_CHECK_INTERVAL_MS,
): () => void {
  // Asked for each time: a restored backup brings new services.
  const checkAll = () => alerts()?.checkAll();
  checkAll();
  const timer = setInterval(checkAll, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
