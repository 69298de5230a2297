import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@renderer/features/cycle/dates';
import { useStore } from '@renderer/store';
import { renderApp, switchLanguage } from './render';
import { api, snapshotOf } from '../support/backend';
import { seedSmithFamily } from '../support/families';

/** The Smiths with a reading today: Mom has used 6 GB of the 30 GB pool. */
async function seedWithReading() {
  const family = await seedSmithFamily(api);
  await api('readings.add', {
    householdId: family.householdId,
    reading: { lineId: family.momLine.id, date: todayIso(), usedGB: 6 },
  });
  return family;
}

describe('the Plan page leads with the answer', () => {
  it('says how much of the pool is used and what the family may use a day, in English', async () => {
    const { momLine } = await seedWithReading();
    await renderApp('#/plan');
    const headline = await screen.findByTestId('status-headline');
    expect(headline.textContent).toMatch(/^6 GB of 30 GB used · (\d+ days? left|last day of the cycle)/);
    expect(screen.getByTestId(`plan-line-used-${momLine.id}`)).toHaveTextContent(/^6 GB$/);
    expect(screen.getByTestId('burndown-chart')).toBeInTheDocument();
  });

  it('says it in Chinese', async () => {
    await seedWithReading();
    const { user } = await renderApp('#/plan');
    await switchLanguage(user, '简体中文');
    await waitFor(() =>
      expect(screen.getByTestId('status-headline').textContent).toMatch(/^已用 6 GB，共 30 GB · 还剩/),
    );
    expect(screen.getByRole('button', { name: '复制摘要' })).toBeInTheDocument();
  });
});

describe('what-if', () => {
  it('recomputes a lower cap at once without writing it, then applies it and undoes it as one step', async () => {
    const { householdId, momLine } = await seedWithReading();
    const { user } = await renderApp('#/plan');
    await user.click(await screen.findByTestId('whatif-open'));
    const budget = await screen.findByTestId(`whatif-line-budget-${momLine.id}`);
    const before = budget.textContent;
    fireEvent.change(screen.getByTestId(`whatif-line-cap-${momLine.id}`), { target: { value: '2' } });
    expect(budget).toHaveTextContent('2 GB');
    expect(budget.textContent).not.toBe(before);
    expect((await snapshotOf(householdId)).lines[0]!.capGB).toBeNull();

    await user.click(screen.getByTestId('whatif-apply'));
    await waitFor(async () => expect((await snapshotOf(householdId)).lines[0]!.capGB).toBe(2));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await snapshotOf(householdId)).lines[0]!.capGB).toBeNull());
    expect(useStore.getState().lines[0]!.capGB).toBeNull();
  });

  it('discards without touching the household, in Chinese', async () => {
    const { householdId, momLine } = await seedWithReading();
    const { user } = await renderApp('#/whatif');
    await switchLanguage(user, '简体中文');
    fireEvent.change(await screen.findByTestId(`whatif-line-cap-${momLine.id}`), { target: { value: '1' } });
    expect(screen.getByText('和现在相比有 1 处改动')).toBeInTheDocument();
    await user.click(screen.getByTestId('whatif-discard'));
    expect((await snapshotOf(householdId)).lines[0]!.capGB).toBeNull();
  });
});
