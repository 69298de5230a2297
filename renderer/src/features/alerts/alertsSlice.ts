import type { Alert, AlertSettings } from '@shared/alerts/schema';
import { alertText } from '@shared/alerts/text';
import { call } from '@renderer/api/client';
import { currentLocale } from '@renderer/i18n';
import type { SliceCreator } from '@renderer/store/types';
import {
  notificationPermission,
  requestNotificationPermission,
  showBrowserNotification,
  type NotificationPermissionState,
} from './browserNotifications';

export interface AlertsSlice {
  /** The loaded household's alerts, newest first, as the backend stored them. */
  alerts: Alert[];
  alertsHouseholdId: string | null;
  alertSettings: AlertSettings | null;
  /** Which shell shows desktop notifications: Electron's main process, or this page (browser mode). */
  notificationsBy: 'desktop' | 'page' | null;
  notificationPermission: NotificationPermissionState;
  /**
   * Reloads the loaded household's alerts; in browser mode, with permission,
   * shows a notification for each alert no notification has shown yet.
   */
  refreshAlerts(): Promise<void>;
  /** Marks the given alerts (all when none are given) read; failures go to the error notice. */
  markAlertsRead(keys?: string[]): Promise<void>;
  loadAlertSettings(): Promise<void>;
  /** Throws ApiError (for the form). */
  saveAlertSettings(settings: AlertSettings): Promise<AlertSettings>;
  /** Learns which shell shows notifications (once); the panel needs it for its button. */
  resolveNotificationShell(): Promise<void>;
  /** Asks the browser for permission (from a click), then shows what is waiting. */
  enableBrowserNotifications(): Promise<void>;
}

export const createAlertsSlice: SliceCreator<AlertsSlice> = (set, get) => {
  // Household data can change faster than the backend answers; only the newest answer is kept.
  let latest = 0;

  /** Shows what no notification has shown yet, then records it so no reload or other window repeats it. */
  const notifyNew = async (householdId: string, alerts: Alert[]): Promise<Alert[]> => {
    if (get().notificationsBy !== 'page' || notificationPermission() !== 'granted') return alerts;
    const fresh = alerts.filter((a) => a.notifiedAt === null && a.readAt === null);
    if (fresh.length === 0) return alerts;
    const updated = await call('alerts.markNotified', { householdId, keys: fresh.map((a) => a.key) });
    const lineNames = new Map(get().lines.map((l) => [l.id, l.name]));
    for (const alert of fresh) {
      const text = alertText(alert, currentLocale(), alert.lineId ? lineNames.get(alert.lineId) : undefined);
      showBrowserNotification(text.title, text.body, alert.key);
    }
    return updated;
  };

  return {
    alerts: [],
    alertsHouseholdId: null,
    alertSettings: null,
    notificationsBy: null,
    notificationPermission: notificationPermission(),

    refreshAlerts: async () => {
      const householdId = get().loadedHouseholdId;
      const request = ++latest;
      if (!householdId) {
        set({ alerts: [], alertsHouseholdId: null });
        return;
      }
      try {
        // Only a page allowed to notify needs to know the shell before the panel is opened.
        if (notificationPermission() === 'granted') await get().resolveNotificationShell();
        let alerts = await call('alerts.list', { householdId });
        if (request !== latest) return;
        alerts = await notifyNew(householdId, alerts);
        if (request !== latest) return;
        set({ alerts, alertsHouseholdId: householdId, notificationPermission: notificationPermission() });
      } catch (err) {
        if (request === latest) get().reportError(err);
      }
    },

    markAlertsRead: async (keys) => {
      const householdId = get().alertsHouseholdId;
      if (!householdId) return;
      try {
        const alerts = await call('alerts.markRead', keys ? { householdId, keys } : { householdId });
        if (get().alertsHouseholdId === householdId) set({ alerts });
      } catch (err) {
        get().reportError(err);
      }
    },

    loadAlertSettings: async () => {
      const householdId = get().loadedHouseholdId;
      if (!householdId) return;
      try {
        set({ alertSettings: await call('alerts.getSettings', { householdId }) });
      } catch (err) {
        get().reportError(err);
      }
    },

    saveAlertSettings: async (settings) => {
      const householdId = get().loadedHouseholdId;
      if (!householdId) throw new Error('no household is loaded');
      const saved = await call('alerts.setSettings', { householdId, settings });
      set({ alertSettings: saved });
      // New thresholds may raise alerts at once.
      await get().refreshAlerts();
      return saved;
    },

    resolveNotificationShell: async () => {
      if (get().notificationsBy !== null) return;
      const info = await call('app.info', {});
      set({ notificationsBy: info.mode === 'electron' ? 'desktop' : 'page' });
    },

    enableBrowserNotifications: async () => {
      const permission = await requestNotificationPermission();
      set({ notificationPermission: permission });
      if (permission === 'granted') await get().refreshAlerts();
    },
  };
};
