import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { choose, openDialog, renderApp, rowNames, switchLanguage, table } from './render';
import { api, snapshotOf } from '../support/backend';
import { seedSmithFamily } from '../support/families';

async function activeHouseholdId(): Promise<string> {
  const settings = await api('settings.get', {});
  if (!settings.activeHouseholdId) throw new Error('no active household');
  return settings.activeHouseholdId;
}

describe('Plans page', () => {
  it('explains what a shared pool and a per-line plan are', async () => {
    await renderApp('#/plans');
    expect(screen.getByRole('radio', { name: 'Shared pool' })).toHaveAccessibleDescription(/every line draws from it/);
    expect(screen.getByRole('radio', { name: 'Per line' })).toHaveAccessibleDescription(/its own allowance/);
  });

  it('explains them in Chinese too', async () => {
    const { user } = await renderApp('#/plans');
    await switchLanguage(user, '简体中文');
    expect(screen.getByRole('radio', { name: '共享流量池' })).toHaveAccessibleDescription(/所有号码都从里面用/);
    expect(screen.getByRole('radio', { name: '按号码计' })).toHaveAccessibleDescription(/自己的额度/);
  });

  it('saves a pool plan with its cycle and prices', async () => {
    const { user } = await renderApp('#/plans');
    await user.type(screen.getByLabelText('Carrier'), 'Verizon');
    await user.type(screen.getByLabelText('Plan name'), 'Family Pool 30');
    await user.type(screen.getByLabelText('Pool size (GB)'), '30');
    const day = screen.getByLabelText('Day of the month');
    await user.clear(day);
    await user.type(day, '5');
    await user.click(screen.getByRole('button', { name: 'Add price for 1 line' }));
    await user.type(screen.getByLabelText('Price per line with 1 line'), '60');
    await user.click(screen.getByRole('button', { name: 'Add price for 2 lines' }));
    await user.type(screen.getByLabelText('Price per line with 2 lines'), '50');
    await choose(user, screen.getByLabelText('eSIM support'), 'Yes');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));

    expect(await screen.findByText('Plan saved.')).toBeInTheDocument();
    const { plan } = await snapshotOf(await activeHouseholdId());
    expect(plan).toEqual({
      name: 'Family Pool 30',
      carrier: 'verizon',
      kind: 'pool',
      poolGB: 30,
      cycleStartDay: 5,
      cycleLengthDays: null,
      cycleAnchor: null,
      pricePerLine: [60, 50],
      esim: true,
      tiers: [],
    });
  });

  it('the plan form rejects a pool plan without a pool size and keeps what was typed', async () => {
    const { user } = await renderApp('#/plans');
    await user.type(screen.getByLabelText('Carrier'), 'mint');
    await user.type(screen.getByLabelText('Plan name'), 'Family');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));

    const pool = screen.getByLabelText('Pool size (GB)');
    expect(await screen.findByText('A pool plan needs its pool size.')).toBeInTheDocument();
    expect(pool).toHaveAttribute('aria-invalid', 'true');
    expect(pool).toHaveAccessibleDescription(/A pool plan needs its pool size/);
    expect(screen.getByLabelText('Carrier')).toHaveValue('mint');
    expect(screen.getByLabelText('Plan name')).toHaveValue('Family');
    expect((await snapshotOf(await activeHouseholdId())).plan).toBeNull();
  });

  it('asks for the start date of a fixed-length cycle, in Chinese when the user reads Chinese', async () => {
    const { user } = await renderApp('#/plans');
    await switchLanguage(user, '简体中文');
    await user.type(screen.getByLabelText('运营商'), 'mint');
    await user.type(screen.getByLabelText('套餐名称'), 'Unlimited');
    await user.click(screen.getByRole('radio', { name: '按号码计' }));
    await user.click(screen.getByRole('radio', { name: '每 N 天续期一次（预付费常见）' }));
    await user.click(screen.getByRole('button', { name: '保存套餐' }));

    expect(await screen.findByText('固定天数的周期需要同时填写天数和开始日期。')).toBeInTheDocument();
    expect(screen.getByLabelText('周期天数')).toHaveValue('30');
  });

  it('saves a per-line plan with tiers, and a line picks its tier', async () => {
    const { user } = await renderApp('#/plans');
    await user.type(screen.getByLabelText('Carrier'), 'tmobile');
    await user.type(screen.getByLabelText('Plan name'), 'Go5G');
    await user.click(screen.getByRole('radio', { name: 'Per line' }));
    expect(screen.queryByLabelText('Pool size (GB)')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add tier' }));
    const tier = screen.getByRole('group', { name: 'Tier 1' });
    await user.type(within(tier).getByLabelText('Tier name'), 'Basic');
    await user.type(within(tier).getByLabelText('Priority data (GB)'), '0');
    await user.type(within(tier).getByLabelText('Hotspot (GB)'), '5');
    await user.click(within(tier).getByRole('button', { name: 'Add price for 1 line' }));
    await user.type(within(tier).getByLabelText('Price per line with 1 line'), '65');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText('Plan saved.');

    const { plan } = await snapshotOf(await activeHouseholdId());
    expect(plan?.tiers).toEqual([{ name: 'Basic', dataGB: null, premiumGB: 0, hotspotGB: 5, pricePerLine: [65] }]);

    const dialog = await openDialog(user, screen.getByRole('button', { name: 'Add line' }));
    await user.type(within(dialog).getByLabelText('Name'), 'Kid');
    await choose(user, within(dialog).getByLabelText('Tier'), 'Basic');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const row = (await screen.findByRole('rowheader', { name: 'Kid' })).closest('tr');
    expect(row).toHaveTextContent('Basic');
  });

  it('adds a line whose empty limits mean no limit', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp('#/plans');
    const dialog = await openDialog(user, screen.getByRole('button', { name: 'Add line' }));
    expect(within(dialog).getByLabelText('Cap (GB)')).toHaveAccessibleDescription(/Leave empty for no cap/);
    await user.type(within(dialog).getByLabelText('Name'), 'Teen line');
    await user.type(within(dialog).getByLabelText('Hotspot (GB)'), '15');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const row = (await screen.findByRole('rowheader', { name: 'Teen line' })).closest('tr');
    expect(row).toHaveTextContent('No cap');
    expect(row).toHaveTextContent('Unlimited');
    expect(row).toHaveTextContent('15 GB');
  });

  it('shows the saved plan ready to edit', async () => {
    await seedSmithFamily(api);
    await renderApp('#/plans');
    expect(screen.getByLabelText('Carrier')).toHaveValue('verizon');
    expect(screen.getByLabelText('Pool size (GB)')).toHaveValue('30');
    expect(screen.getByLabelText('Price per line with 3 lines')).toHaveValue('40');
    expect(rowNames('Lines')).toEqual(['Mom line', 'Dad line']);
  });

  it('deleting a line can be undone, and its devices use it again', async () => {
    const { householdId, momLine, phone } = await seedSmithFamily(api);
    const { user } = await renderApp('#/plans');
    await user.click(screen.getByRole('button', { name: 'Delete Mom line' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/Deleted line “Mom line”/)).toBeInTheDocument();
    expect(rowNames('Lines')).toEqual(['Dad line']);
    expect((await snapshotOf(householdId)).devices.find((d) => d.id === phone.id)?.lineId).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: /Mom line/ })).toBeInTheDocument();
    expect((await snapshotOf(householdId)).devices.find((d) => d.id === phone.id)?.lineId).toBe(momLine.id);
    expect(within(table('Lines')).getAllByRole('rowheader')).toHaveLength(2);
  });
});
