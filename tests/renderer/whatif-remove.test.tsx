import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@renderer/features/cycle/dates';
import { renderApp, switchLanguage } from './render';
import { api, snapshotOf } from '../support/backend';
import { seedSmithFamily } from '../support/families';

/** The Smiths with a reading on each line today. */
async function seedWithReadings() {
  const family = await seedSmithFamily(api);
  for (const [line, usedGB] of [
    [family.momLine, 6],
    [family.dadLine, 3],
  ] as const) {
    await api('readings.add', {
      householdId: family.householdId,
      reading: { lineId: line.id, date: todayIso(), usedGB },
    });
  }
  return family;
}

describe('removing existing lines and devices in a what-if', () => {
  it('shows the plan without the line, puts it back, then applies the removal and undoes it as one step', async () => {
    const { householdId, momLine, dadLine, ipad } = await seedWithReadings();
    const { user } = await renderApp('#/whatif');
    const momBudget = await screen.findByTestId(`whatif-line-budget-${momLine.id}`);
    const before = momBudget.textContent;
    const results = screen.getByRole('table', { name: 'Each line now and in the what-if' });
    const poolRow = within(results)
      .getByRole('rowheader', { name: /^Shared pool/ })
      .closest('tr')!;
    const costWhatIf = () => screen.getByText(/^Monthly cost what-if/).textContent;
    const costBefore = costWhatIf();
    expect(poolRow).not.toHaveTextContent('changed');

    await user.click(screen.getByRole('button', { name: 'Remove Dad line from the what-if' }));
    // The pool's forecast loses Dad's use, the cost is one line's, and Dad's line is marked rather than gone.
    expect(poolRow).toHaveTextContent('changed');
    expect(costWhatIf()).not.toBe(costBefore);
    expect(screen.queryByTestId(`whatif-line-budget-${dadLine.id}`)).toBeNull();
    expect(within(results).getByRole('rowheader', { name: 'Dad line' }).closest('tr')).toHaveTextContent('removed');
    // The iPad can no longer tether to the removed line.
    expect(screen.queryByRole('checkbox', { name: 'iPad may tether to Dad line' })).toBeNull();
    expect((await snapshotOf(householdId)).lines).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Put Dad line back into the what-if' }));
    expect(momBudget.textContent).toBe(before);
    expect(poolRow).not.toHaveTextContent('changed');
    expect(screen.getByRole('checkbox', { name: 'iPad may tether to Dad line' })).toBeChecked();
    expect(screen.getByText('No changes yet: the what-if is the household as it is.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Dad line from the what-if' }));
    await user.click(screen.getByRole('button', { name: 'Remove iPad from the what-if' }));
    expect(screen.getByRole('button', { name: 'Put iPad back into the what-if' })).toBeInTheDocument();
    await user.click(screen.getByTestId('whatif-apply'));
    await waitFor(async () => expect((await snapshotOf(householdId)).lines.map((l) => l.id)).toEqual([momLine.id]));
    expect((await snapshotOf(householdId)).devices.map((d) => d.id)).not.toContain(ipad.id);

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await snapshotOf(householdId)).lines.map((l) => l.id)).toEqual([momLine.id, dadLine.id]),
    );
    const after = await snapshotOf(householdId);
    expect(after.devices.find((d) => d.id === ipad.id)?.hotspotFrom).toEqual([momLine.id, dadLine.id]);
    expect(after.readings.some((r) => r.lineId === dadLine.id)).toBe(true);
  });

  it('explains removal and marks the removed line in Chinese', async () => {
    const { dadLine } = await seedWithReadings();
    const { user } = await renderApp('#/whatif');
    await switchLanguage(user, '简体中文');
    expect(await screen.findByText(/它上面的设备会暂时不属于任何号码/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '从假设方案里去掉 Dad line' }));
    expect(screen.getAllByText('已去掉').length).toBeGreaterThan(0);
    expect(screen.queryByTestId(`whatif-line-budget-${dadLine.id}`)).toBeNull();
    await user.click(screen.getByRole('button', { name: '把 Dad line 放回假设方案' }));
    expect(screen.getByText('还没有改动：假设方案和家庭现在一样。')).toBeInTheDocument();
  });
});
