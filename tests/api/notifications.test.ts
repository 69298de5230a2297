import { describe, expect, it } from 'vitest';
import { createDesktopNotifier, type NotificationClass } from '@electron/main/notifications';
import type { Alert } from '@shared/alerts/schema';

function recorder(supported = true) {
  const shown: { title: string; body: string }[] = [];
  class Recorded {
    static isSupported = () => supported;
    constructor(private readonly options: { title: string; body: string }) {}
    show() {
      shown.push(this.options);
    }
    on() {
      return this;
    }
  }
  return { Notification: Recorded as unknown as NotificationClass, shown };
}

const alert: Alert = {
  key: 'pool-runs-out:pool:2026-11-05:forecast',
  rule: 'pool-runs-out',
  severity: 'critical',
  lineId: null,
  values: { exhaustsOn: '2026-11-27', days: 3, poolGB: 30, forecastGB: 38 },
  createdAt: '2026-11-24T10:00:00.000Z',
  readAt: null,
  notifiedAt: null,
};

describe('desktop notifications of the Electron shell', () => {
  it('shows one notification per new alert, in the app’s language, naming the household', () => {
    const { Notification, shown } = recorder();
    const notify = createDesktopNotifier(
      Notification,
      () => 'zh-CN',
      () => undefined,
    );
    expect(notify({ householdId: 'h', householdName: '王家', alerts: [alert] })).toBe(true);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe('共享流量池预计 2026年11月27日 用完');
    expect(shown[0]!.body.startsWith('王家: ')).toBe(true);
  });

  it('reports nothing shown where the system has no notifications, so they are not recorded as shown', () => {
    const { Notification, shown } = recorder(false);
    const notify = createDesktopNotifier(
      Notification,
      () => 'en',
      () => undefined,
    );
    expect(notify({ householdId: 'h', householdName: 'The Smiths', alerts: [alert] })).toBe(false);
    expect(shown).toEqual([]);
  });
});
