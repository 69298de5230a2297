/**
 * The Web Notifications API of the browser (browser mode). The Electron
 * shell shows desktop notifications from its main process instead, and its
 * page keeps the permission denied.
 */

export type NotificationPermissionState = 'default' | 'granted' | 'denied' | 'unsupported';

export function notificationPermission(): NotificationPermissionState {
  if (typeof window === 'undefined' || !('Notification' in window)) return 'unsupported';
  return window.Notification.permission;
}

/** Asks the browser; only ever called from the user's click on "Show desktop notifications". */
export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  if (notificationPermission() === 'unsupported') return 'unsupported';
  return window.Notification.requestPermission();
}

/** Shows one notification; the alert's key as tag, so the system never stacks the same alert twice. */
export function showBrowserNotification(title: string, body: string, tag: string): void {
  if (notificationPermission() !== 'granted') return;
  new window.Notification(title, { body, tag });
}
