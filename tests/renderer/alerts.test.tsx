import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, formatDate, parseDate } from '@shared/engine/dates';
import { formatIsoDate, todayIso } from '@renderer/features/cycle/dates';
import { useStore } from '@renderer/store';
import { openDialog, renderApp, switchLanguage } from './render';
import { api } from '../support/backend';
import { FAMILY_POOL, seedSmithFamily } from '../support/families';

const daysFromToday = (days: number) => formatDate(addDays(parseDate(todayIso()), days));

/**
 * The Smiths on a 30-day cycle that started 9 days ago, with 24 GB of their
 * 30 GB pool used by today: 2.4 GB a day, so the pool runs out in 3 days.
 */
async function seedPoolRunningOut() {
  const family = await seedSmithFamily(api);
  const { householdId } = family;
  await api('plan.set', {
    householdId,
    plan: { ...FAMILY_POOL, cycleStartDay: null, cycleLengthDays: 30, cycleAnchor: daysFromToday(-9) },
  });
  await api('readings.add', { householdId, reading: { lineId: family.momLine.id, date: todayIso(), usedGB: 14 } });
  await api('readings.add', { householdId, reading: { lineId: family.dadLine.id, date: todayIso(), usedGB: 10 } });
  return family;
}

const bell = () => screen.getByTestId('alerts-bell');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the alerts bell', () => {
  it('shows how many alerts are unread, lists them with what they mean, and marks them read', async () => {
    await seedPoolRunningOut();
    const { user } = await renderApp('#/usage');
    await waitFor(() => expect(bell()).toHaveAccessibleName('Alerts, 2 unread'));
    expect(bell()).toHaveTextContent('2');

    const dialog = await openDialog(user, bell());
    const list = within(dialog).getByRole('list', { name: 'Alerts of Smith family' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('UrgentNewThe shared pool may run out in 3 days');
    expect(items[0]).toHaveTextContent(
      `the 30 GB pool is used up on ${formatIsoDate(daysFromToday(3), 'en')}; after that every line’s data stops or slows to a crawl`,
    );
    expect(items[1]).toHaveTextContent('75% of the shared pool used');
    expect(items[1]).toHaveTextContent('The family has used 24 GB of its 30 GB pool this cycle.');

    await user.click(within(items[1]!).getByRole('button', { name: 'Mark as read' }));
    await waitFor(() => expect(bell()).toHaveAccessibleName('Alerts, 1 unread'));
    await user.click(within(dialog).getByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(bell()).toHaveAccessibleName('Alerts'));
    expect(within(dialog).queryByText('New')).not.toBeInTheDocument();
  });

  it('says the same in Chinese', async () => {
    await seedPoolRunningOut();
    const { user } = await renderApp('#/usage');
    await switchLanguage(user, '简体中文');
    await waitFor(() => expect(bell()).toHaveAccessibleName('提醒，2 条未读'));
    const dialog = await openDialog(user, bell());
    const items = within(within(dialog).getByRole('list')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(`紧急新共享流量池预计 ${formatIsoDate(daysFromToday(3), 'zh-CN')} 用完`);
    expect(items[1]).toHaveTextContent('共享流量池已用 75%');
    expect(items[1]).toHaveTextContent('本周期全家已用 24 GB，共享流量池共 30 GB。');
    expect(within(dialog).getByRole('heading', { name: 'Smith family 的提醒设置' })).toBeInTheDocument();
  });

  it('a household with nothing to worry about has an empty list', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp('#/usage');
    const dialog = await openDialog(user, await screen.findByTestId('alerts-bell'));
    expect(bell()).toHaveAccessibleName('Alerts');
    expect(within(dialog).getByText(/No alerts\./)).toBeInTheDocument();
  });
});

describe('alert settings', () => {
  it('start at 75, 90, 100 %, 3 and 4 days; a lower threshold alerts at once', async () => {
    const { householdId } = await seedPoolRunningOut();
    const { user } = await renderApp('#/usage');
    const dialog = await openDialog(user, bell());
    const thresholds = within(dialog).getByLabelText('Alert at these shares of a limit or the pool (%)');
    await waitFor(() => expect(thresholds).toHaveValue('75, 90, 100'));
    expect(within(dialog).getByLabelText('Alert when data would run out within (days)')).toHaveValue('3');
    expect(within(dialog).getByLabelText('Remind me to enter a reading after (days)')).toHaveValue('4');

    await user.clear(thresholds);
    await user.type(thresholds, '100, 50');
    await user.click(within(dialog).getByRole('button', { name: 'Save alert settings' }));
    expect(await within(dialog).findByText('Alert settings saved.')).toBeInTheDocument();
    expect(await api('alerts.getSettings', { householdId })).toEqual({
      thresholdsPercent: [50, 100],
      runOutDays: 3,
      reminderDays: 4,
    });
    await waitFor(() => expect(bell()).toHaveAccessibleName('Alerts, 3 unread'));
    expect(within(dialog).getByText('50% of the shared pool used')).toBeInTheDocument();

    // The change can be undone; the alert it raised stays, as it was shown.
    await user.click(within(dialog).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(thresholds).toHaveValue('75, 90, 100'));
    expect((await api('alerts.getSettings', { householdId })).thresholdsPercent).toEqual([75, 90, 100]);
  });

  it('refuses thresholds that are not 1–100 and saves nothing', async () => {
    const { householdId } = await seedPoolRunningOut();
    const { user } = await renderApp('#/usage');
    const dialog = await openDialog(user, bell());
    const thresholds = within(dialog).getByLabelText('Alert at these shares of a limit or the pool (%)');
    await waitFor(() => expect(thresholds).toHaveValue('75, 90, 100'));
    await user.clear(thresholds);
    await user.type(thresholds, '75, 150');
    await user.click(within(dialog).getByRole('button', { name: 'Save alert settings' }));
    expect(
      await within(dialog).findByText('Enter up to 5 different whole numbers from 1 to 100, separated by commas.'),
    ).toBeInTheDocument();
    expect((await api('alerts.getSettings', { householdId })).thresholdsPercent).toEqual([75, 90, 100]);
  });
});

describe('browser notifications (browser mode)', () => {
  it('are asked for with a button, then show each new alert once', async () => {
    const shown: { title: string; body: string | undefined; tag: string | undefined }[] = [];
    class FakeNotification {
      static permission: NotificationPermission = 'default';
      static requestPermission = vi.fn(async () => {
        FakeNotification.permission = 'granted';
        return 'granted' as const;
      });
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body, tag: options?.tag });
      }
    }
    vi.stubGlobal('Notification', FakeNotification);
    const { householdId } = await seedPoolRunningOut();
    const { user } = await renderApp('#/usage');
    const dialog = await openDialog(user, bell());
    await user.click(within(dialog).getByRole('button', { name: 'Show desktop notifications' }));
    expect(await within(dialog).findByText('Desktop notifications are on for this browser.')).toBeInTheDocument();
    await waitFor(() => expect(shown).toHaveLength(2));
    expect(shown.map((n) => n.title)).toEqual(['The shared pool may run out in 3 days', '75% of the shared pool used']);
    expect(shown[0]!.tag).toBe(`pool-runs-out:pool:${daysFromToday(-9)}:forecast`);
    const stored = await api('alerts.list', { householdId });
    expect(stored.every((a) => a.notifiedAt !== null)).toBe(true);

    // Another change refreshes the list; nothing already shown is shown again.
    await user.click(within(dialog).getByRole('button', { name: 'Mark all as read' }));
    await api('alerts.setSettings', {
      householdId,
      settings: { thresholdsPercent: [75, 90, 100], runOutDays: 3, reminderDays: 4 },
    });
    await useStore.getState().refreshAlerts();
    expect(shown).toHaveLength(2);
  });
});
