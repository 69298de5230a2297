/**
 * Desktop notifications for new alerts, shown by the main process with
 * Electron's `Notification` (the page's own Notification permission stays
 * denied). The text is the alert's, in the language the app speaks.
 */
import type { Locale } from '@shared/domain/schemas';
import { resolveLocale } from '@shared/i18n';
import { alertText } from '@shared/alerts/text';
import type { NewAlertsEvent } from '../services/alerts';

/** The part of Electron's Notification class this uses, so tests can pass a recorder. */
export interface NotificationLike {
  show(): void;
  on(event: 'click', listener: () => void): unknown;
}
export interface NotificationClass {
  new (options: { title: string; body: string }): NotificationLike;
  isSupported(): boolean;
}

export interface DesktopNotifier {
  /** True when the alerts were shown (so they are recorded as shown and never repeated). */
  (event: NewAlertsEvent): boolean;
}

export function createDesktopNotifier(
  Notification: NotificationClass,
  locale: () => Locale,
  onClick: () => void,
): DesktopNotifier {
  return (event) => {
    if (!Notification.isSupported()) return false;
    const lang = locale();
    for (const alert of event.alerts) {
      const text = alertText(alert, lang);
      const notification = new Notification({ title: text.title, body: `${event.householdName}: ${text.body}` });
      notification.on('click', onClick);
      notification.show();
    }
    return true;
  };
}

export function appLocale(saved: Locale | null, systemLanguage: string): Locale {
  return resolveLocale(saved, systemLanguage);
}
