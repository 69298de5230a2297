import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatGB } from '@renderer/i18n/format';
import { formatIsoDate, todayIso } from '@renderer/features/cycle/dates';
import { renderApp, switchLanguage, tableRow } from './render';
import { api, snapshotOf } from '../support/backend';
import { seedSmithFamily } from '../support/families';

const LINES = 'Data per line this billing cycle';

function lineRow(name: string): HTMLElement {
  return tableRow(LINES, name);
}

/** Column texts of a row, in order (row header first). */
function cellsOf(row: HTMLElement): string[] {
  return [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
}

// On a pool: line, needs, share, short by, cap, guaranteed minimum, weight, used so far, forecast, …
const USED = 7;
const FORECAST = 8;

describe('Usage page', () => {
  it('explains that a reading is the running total of the current bill cycle', async () => {
    await seedSmithFamily(api);
    await renderApp('#/usage');
    expect(screen.getByText(/It is a running total for the current bill cycle/)).toBeInTheDocument();
    const mom = screen.getByRole('region', { name: 'Mom line' });
    expect(within(mom).getByLabelText('As of')).toHaveValue(todayIso());
  });

  it('a reading entered here shows as used so far, with a forecast, on the Plan page', async () => {
    const { householdId, momLine } = await seedSmithFamily(api);
    const { user } = await renderApp('#/plan');
    await screen.findByRole('table', { name: LINES });
    expect(cellsOf(lineRow('Mom line'))[USED]).toBe('No reading yet');
    expect(cellsOf(lineRow('Mom line'))[FORECAST]).toBe('—');

    await user.click(screen.getByRole('link', { name: 'Usage' }));
    const mom = await screen.findByRole('region', { name: 'Mom line' });
    await user.type(within(mom).getByLabelText('Used so far (GB)'), '4.5');
    await user.click(within(mom).getByRole('button', { name: 'Add reading' }));
    expect(await within(mom).findByText('Saved. The forecast is updated.')).toBeInTheDocument();
    expect(within(mom).getByRole('table', { name: 'Readings of Mom line' })).toHaveTextContent('4.5 GB');

    await user.click(screen.getByRole('link', { name: 'This cycle' }));
    await screen.findByRole('table', { name: LINES });
    const evaluation = await api('plan.evaluate', { householdId, asOf: todayIso() });
    const forecastGB = evaluation.lines.find((l) => l.id === momLine.id)?.forecastGB;
    expect(forecastGB).toBeGreaterThanOrEqual(4.5);
    expect(cellsOf(lineRow('Mom line'))[USED]).toBe('4.5 GB');
    expect(cellsOf(lineRow('Mom line'))[FORECAST]).toBe(formatGB(forecastGB!, 'en'));
  });

  it('refuses a negative amount and an empty date, and saves nothing', async () => {
    const { householdId } = await seedSmithFamily(api);
    const { user } = await renderApp('#/usage');
    const mom = screen.getByRole('region', { name: 'Mom line' });
    await user.type(within(mom).getByLabelText('Used so far (GB)'), '-2');
    await user.clear(within(mom).getByLabelText('As of'));
    await user.click(within(mom).getByRole('button', { name: 'Add reading' }));

    expect(await within(mom).findByText('Must be at least 0.')).toBeInTheDocument();
    expect(within(mom).getByLabelText('Used so far (GB)')).toHaveAttribute('aria-invalid', 'true');
    expect(within(mom).getByLabelText('As of')).toHaveAttribute('aria-invalid', 'true');
    expect((await snapshotOf(householdId)).readings).toEqual([]);
  });

  it('records a past cycle and lists it', async () => {
    const { householdId, dadLine } = await seedSmithFamily(api);
    const { user } = await renderApp('#/usage');
    const dad = screen.getByRole('region', { name: 'Dad line' });
    await user.type(within(dad).getByLabelText('Used that cycle (GB)'), '14.2');
    await user.type(within(dad).getByLabelText('Cycle started on'), '2026-01-05');
    await user.click(within(dad).getByRole('button', { name: 'Add past cycle' }));

    const past = await within(dad).findByRole('table', { name: 'Past cycles of Dad line' });
    expect(past).toHaveTextContent(formatIsoDate('2026-01-05', 'en'));
    expect(past).toHaveTextContent('14.2 GB');
    expect((await snapshotOf(householdId)).history).toMatchObject([
      { lineId: dadLine.id, cycleStart: '2026-01-05', usedGB: 14.2 },
    ]);
  });

  it('deleting a reading of an earlier cycle, shown on request, can be undone', async () => {
    const { householdId, momLine } = await seedSmithFamily(api);
    await api('readings.add', { householdId, reading: { lineId: momLine.id, date: '2026-03-02', usedGB: 3 } });
    const olderOfMom = async () =>
      (await api('readings.list', { householdId, lineId: momLine.id, before: '2026-11-01', limit: 20 })).readings;
    const { user } = await renderApp('#/usage');
    const mom = screen.getByRole('region', { name: 'Mom line' });
    const when = formatIsoDate('2026-03-02', 'en');
    // Readings of earlier cycles wait behind a button, so the page does not grow with the years.
    expect(within(mom).queryByRole('button', { name: `Delete the reading of 3 GB on ${when}` })).toBeNull();
    await user.click(within(mom).getByRole('button', { name: 'Show 1 older reading (1 in all)' }));
    await user.click(await within(mom).findByRole('button', { name: `Delete the reading of 3 GB on ${when}` }));

    expect(
      await screen.findByText(new RegExp(`^Deleted the reading of 3 GB on ${when} \\(Mom line\\)\\.`)),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(within(mom).queryByRole('button', { name: `Delete the reading of 3 GB on ${when}` })).toBeNull(),
    );
    expect(await olderOfMom()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await within(mom).findByRole('button', { name: `Delete the reading of 3 GB on ${when}` }),
    ).toBeInTheDocument();
    expect(await olderOfMom()).toMatchObject([{ lineId: momLine.id, date: '2026-03-02', usedGB: 3 }]);
  });

  it('speaks Chinese', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp('#/usage');
    await switchLanguage(user, '简体中文');
    const mom = screen.getByRole('region', { name: 'Mom line' });
    expect(within(mom).getByLabelText('本周期已用（GB）')).toBeInTheDocument();
    expect(within(mom).getByRole('button', { name: '添加记录' })).toBeInTheDocument();
    expect(screen.getByText(/这是本账单周期的累计用量/)).toBeInTheDocument();
  });
});
