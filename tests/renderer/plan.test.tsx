import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatGB } from '@renderer/i18n/format';
import { formatIsoDate, todayIso } from '@renderer/features/cycle/dates';
import { useStore } from '@renderer/store';
import { renderApp, switchLanguage, table, tableRow } from './render';
import { api } from '../support/backend';
import { FAMILY_POOL, seedSmithFamily } from '../support/families';
import { NEW_LINE } from '@shared/domain/defaults';

/** The text of one cell of a table, found by its row's header and its column's header. */
function cell(tableName: string, rowName: string, columnName: string): string {
  const t = table(tableName);
  const headers = within(t)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const column = headers.indexOf(columnName);
  if (column < 0) throw new Error(`no column "${columnName}" in ${headers.join(' | ')}`);
  const cells = tableRow(tableName, rowName).querySelectorAll('th, td');
  return cells[column]?.textContent ?? '';
}

/**
 * The Smiths with Dad's 20 GB phone: Mom's line needs 12 GB plus the iPad's
 * 6 GB of hotspot (it may only tether to Mom), Dad's 20 GB — 38 GB on a
 * 30 GB pool, so water-filling gives each line 15 GB.
 */
async function seedOversubscribedPool() {
  const family = await seedSmithFamily(api);
  const { householdId, dad, dadLine, momLine, ipad } = family;
  await api('devices.create', {
    householdId,
    device: {
      name: 'Dad phone',
      kind: 'phone',
      ownerId: dad.id,
      sim: 'physical',
      lineId: dadLine.id,
      monthlyGB: 20,
      hotspotFrom: [],
    },
  });
  const { id: _id, ...ipadInput } = ipad;
  await api('devices.update', { householdId, id: ipad.id, device: { ...ipadInput, hotspotFrom: [momLine.id] } });
  return family;
}

const LINES = 'Data per line this billing cycle';

/** The column headers of the lines table. */
function lineColumns(): string[] {
  return within(table(LINES))
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
}

/** The warnings list, one entry per warning in the order shown. */
function shownWarnings(listName = 'Things to know'): HTMLElement[] {
  return within(screen.getByRole('list', { name: listName })).getAllByRole('listitem');
}

/** A cycle that starts today, so today is day 1 and the forecast's dates fall inside the cycle whatever the date. */
const startingToday = () => new Date().getDate();

/** The Smiths on a per-line "Go5G" tier: unlimited data, 50 GB of priority data, 15 GB of hotspot. */
async function seedGo5G() {
  const family = await seedSmithFamily(api);
  const { householdId, momLine, dadLine } = family;
  await api('plan.set', {
    householdId,
    plan: {
      ...FAMILY_POOL,
      name: 'Go5G',
      carrier: 'tmobile',
      kind: 'per-line',
      poolGB: null,
      cycleStartDay: startingToday(),
      tiers: [{ name: 'Go5G', dataGB: null, premiumGB: 50, hotspotGB: 15, pricePerLine: [] }],
    },
  });
  await api('lines.update', { householdId, line: { ...momLine, tier: 'Go5G' } });
  await api('lines.update', { householdId, line: { ...dadLine, tier: 'Go5G' } });
  return family;
}

const rank = (severity: string | null) => ['critical', 'warning', 'info'].indexOf(severity ?? '');

describe('Plan page', () => {
  it('shows what each line needs and the budget it gets from the pool', async () => {
    await seedOversubscribedPool();
    await renderApp('#/plan');

    expect(await screen.findByRole('table', { name: LINES })).toBeInTheDocument();
    // A pool's table speaks of shares, caps, minimums and weights, not of per-line terms.
    expect(lineColumns()).toEqual(expect.arrayContaining(['Share of the pool', 'Cap', 'Guaranteed minimum', 'Weight']));
    expect(lineColumns()).not.toContain('Priority data');
    expect(lineColumns()).not.toContain('Hotspot');
    expect(cell(LINES, 'Mom line', 'Needs')).toBe('18 GBincl. 6 GB hotspot');
    expect(cell(LINES, 'Mom line', 'Share of the pool')).toBe('15 GB');
    expect(cell(LINES, 'Mom line', 'Short by')).toBe('3 GB');
    expect(cell(LINES, 'Mom line', 'Cap')).toBe('No cap');
    expect(cell(LINES, 'Dad line', 'Needs')).toBe('20 GB');
    expect(cell(LINES, 'Dad line', 'Share of the pool')).toBe('15 GB');
    expect(cell(LINES, 'Dad line', 'Short by')).toBe('5 GB');
    expect(cell(LINES, 'Dad line', 'Used so far')).toBe('No reading yet');
  });

  it('explains an oversubscribed pool in plain words, with what the family can do', async () => {
    await seedOversubscribedPool();
    await renderApp('#/plan');

    expect(await screen.findByText('The pool is too small for what your lines need')).toBeInTheDocument();
    expect(
      screen.getByText(/Together your lines need about 38 GB a month, but the pool has 30 GB — 8 GB short\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/Set caps on the heaviest users/)).toBeInTheDocument();
  });

  it('explains the same warning in Chinese', async () => {
    await seedOversubscribedPool();
    const { user } = await renderApp('#/plan');
    await screen.findByRole('table', { name: LINES });
    await switchLanguage(user, '简体中文');

    expect(await screen.findByText('流量池不够全家用')).toBeInTheDocument();
    expect(screen.getByText(/各号码每月一共大约需要 38 GB，但流量池只有 30 GB，差 8 GB。/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '本账单周期各号码的流量' })).toBeInTheDocument();
  });

  it('shows the pool, where the iPad tethers and what the plan costs', async () => {
    await seedOversubscribedPool();
    await renderApp('#/plan');
    await screen.findByRole('table', { name: LINES });

    const pool = screen.getByRole('region', { name: 'Shared pool' });
    expect(pool).toHaveTextContent('Pool size30 GB');
    expect(pool).toHaveTextContent('Lines need38 GB');
    expect(pool).toHaveTextContent('Given out as budgets30 GB');
    expect(cell('Tethering devices and their host line', 'iPad', 'Tethers to')).toBe('Mom line');
    expect(screen.getByText('$100.00 a month for 2 lines')).toBeInTheDocument();
  });

  it('says when a tablet has no line it can tether to', async () => {
    const { householdId, momLine, dadLine } = await seedSmithFamily(api);
    await api('lines.update', { householdId, line: { ...momLine, hotspotGB: 0 } });
    await api('lines.update', { householdId, line: { ...dadLine, hotspotGB: 0 } });
    await renderApp('#/plan');

    expect(await screen.findByText('iPad has no line it can tether to')).toBeInTheDocument();
    expect(screen.getByText(/iPad may only tether to Mom line or Dad line/)).toBeInTheDocument();
    expect(cell('Tethering devices and their host line', 'iPad', 'Tethers to')).toBe('No possible host');
  });

  it('warns that an eSIM-only phone will not work on a plan without eSIM', async () => {
    const { householdId } = await seedSmithFamily(api);
    await api('plan.set', { householdId, plan: { ...FAMILY_POOL, esim: false } });
    await renderApp('#/plan');

    expect(
      await screen.findByText('Mom line has an eSIM-only device, but this plan does not support eSIM'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Mom phone on Mom line only takes an eSIM/)).toBeInTheDocument();
  });

  it('explains guaranteed minimums that do not fit in the pool', async () => {
    const { householdId, momLine, dadLine } = await seedOversubscribedPool();
    await api('lines.update', { householdId, line: { ...momLine, floorGB: 20 } });
    await api('lines.update', { householdId, line: { ...dadLine, floorGB: 20 } });
    await renderApp('#/plan');

    expect(await screen.findByText('The guaranteed minimums add up to more than the pool')).toBeInTheDocument();
    expect(
      screen.getByText(
        'The minimums you set add up to 38 GB, more than the 30 GB pool, so each one was scaled down to 79% of what you set.',
      ),
    ).toBeInTheDocument();
  });

  it('forecasts a line from its reading and warns before it runs out', async () => {
    const { householdId, momLine } = await seedSmithFamily(api);
    await api('lines.update', { householdId, line: { ...momLine, capGB: 1 } });
    await api('readings.add', { householdId, reading: { lineId: momLine.id, date: todayIso(), usedGB: 2 } });
    await renderApp('#/plan');

    await screen.findByRole('table', { name: LINES });
    const evaluation = await api('plan.evaluate', { householdId, asOf: todayIso() });
    const mom = evaluation.lines.find((l) => l.id === momLine.id)!;
    expect(cell(LINES, 'Mom line', 'Used so far')).toBe('2 GB');
    expect(cell(LINES, 'Mom line', 'Forecast at cycle end')).toBe(formatGB(mom.forecastGB!, 'en'));
    // The cap is one the parents set: the line stops there, and the advice is about that cap.
    expect(screen.getByText('Mom line will reach the cap you set')).toBeInTheDocument();
    expect(screen.getByText(/Raise the cap on the Plans page if this line should use more/)).toBeInTheDocument();
  });

  it('speaks of priority data as priority data: passing it only may slow the line', async () => {
    const { householdId, momLine } = await seedGo5G();
    await api('readings.add', { householdId, reading: { lineId: momLine.id, date: todayIso(), usedGB: 51 } });
    await renderApp('#/plan');
    await screen.findByRole('table', { name: LINES });

    const evaluation = await api('plan.evaluate', { householdId, asOf: todayIso() });
    const mom = evaluation.lines.find((l) => l.id === momLine.id)!;
    const date = formatIsoDate(mom.premiumReachedOn!, 'en');
    const text = `Mom line will pass its 50 GB of priority data around ${date}; after that it may be slowed when the network is busy.`;
    const item = screen.getByText(text).closest('li')!;
    expect(item).toHaveTextContent('Good to know');
    expect(item).toHaveAttribute('data-severity', 'info');
    // No warning says the line runs out: it keeps working.
    for (const w of shownWarnings()) expect(w).not.toHaveTextContent(/run(s)? out/);
    // Only information is left, so everything still fits.
    expect(screen.getByText(/^Everything fits/)).toBeInTheDocument();
    // A per-line plan's table shows the terms that apply: the tier's priority data and hotspot.
    expect(lineColumns()).toEqual(expect.arrayContaining(['Budget', 'Priority data', 'Hotspot', 'Limit']));
    expect(lineColumns()).not.toContain('Weight');
    expect(cell(LINES, 'Mom line', 'Priority data')).toBe(`50 GBpassed around ${date}`);
    expect(cell(LINES, 'Mom line', 'Hotspot')).toBe('6 GB of 15 GB');
    expect(cell(LINES, 'Mom line', 'Limit')).toBe('Unlimited');
  });

  it('says the same about priority data in Chinese', async () => {
    const { householdId, momLine } = await seedGo5G();
    await api('readings.add', { householdId, reading: { lineId: momLine.id, date: todayIso(), usedGB: 51 } });
    const { user } = await renderApp('#/plan');
    await screen.findByRole('table', { name: LINES });
    await switchLanguage(user, '简体中文');

    const evaluation = await api('plan.evaluate', { householdId, asOf: todayIso() });
    const mom = evaluation.lines.find((l) => l.id === momLine.id)!;
    const date = formatIsoDate(mom.premiumReachedOn!, 'zh-CN');
    const item = (
      await screen.findByText(`Mom line 预计在 ${date} 前后超出 50 GB 优先流量，之后网络繁忙时可能降速。`)
    ).closest('li')!;
    expect(item).toHaveTextContent('提示');
    for (const w of shownWarnings('需要注意')) expect(w).not.toHaveTextContent(/用完/);
  });

  it('says what the daily budget keeps a line within', async () => {
    const { householdId, momLine } = await seedGo5G();
    await api('readings.add', { householdId, reading: { lineId: momLine.id, date: todayIso(), usedGB: 1 } });
    await renderApp('#/plan');
    await screen.findByRole('table', { name: LINES });

    const evaluation = await api('plan.evaluate', { householdId, asOf: todayIso() });
    const mom = evaluation.lines.find((l) => l.id === momLine.id)!;
    // Today is day 1: (50 − 1) GB over the days left.
    expect(mom.dailyBudgetBasis).toBe('premium');
    expect(mom.dailyBudgetGB).toBeCloseTo(49 / (evaluation.cycle.days - 1), 9);
    expect(cell(LINES, 'Mom line', 'Per day from now')).toBe(
      `${formatGB(mom.dailyBudgetGB!, 'en')} a day to stay within priority data`,
    );
  });

  it('points to the cap the family set when a line needs more than it, and does not say everything fits', async () => {
    const { householdId, momLine } = await seedGo5G();
    await api('lines.update', { householdId, line: { ...momLine, tier: 'Go5G', capGB: 5 } });
    await renderApp('#/plan');
    await screen.findByRole('table', { name: LINES });

    // Mom's phone 12 GB + the iPad's 6 GB of hotspot (her line is its first choice).
    const item = screen.getByText('Mom line’s monthly need (18 GB) is above the 5 GB cap you set.').closest('li')!;
    expect(item).toHaveTextContent('Needs a look');
    expect(item).toHaveTextContent(/Raise the cap on the Plans page/);
    expect(screen.queryByText(/^Everything fits/)).toBeNull();
    expect(cell(LINES, 'Mom line', 'Short by')).toBe('13 GB');
    expect(cell(LINES, 'Mom line', 'Limit')).toBe('5 GB cap');
  });

  it('names who eats the pool only while the pool runs out, most severe first', async () => {
    const { householdId, dadLine } = await seedOversubscribedPool();
    await api('plan.set', { householdId, plan: { ...FAMILY_POOL, cycleStartDay: startingToday() } });
    await api('readings.add', { householdId, reading: { lineId: dadLine.id, date: todayIso(), usedGB: 16 } });
    await renderApp('#/plan');
    await screen.findByRole('table', { name: LINES });

    const evaluation = await api('plan.evaluate', { householdId, asOf: todayIso() });
    const date = formatIsoDate(evaluation.pool!.exhaustsOn!, 'en');
    expect(
      screen.getByText(`Dad line uses more than its share of the pool: at this pace the pool runs out ${date}.`),
    ).toBeInTheDocument();
    const severities = shownWarnings().map((li) => li.getAttribute('data-severity'));
    expect(severities[0]).toBe('critical');
    expect(severities).toEqual([...severities].sort((a, b) => rank(a) - rank(b)));
    expect(shownWarnings()[0]).toHaveTextContent('Urgent');
    expect(shownWarnings()[0]).toHaveTextContent(`At this pace the pool runs out ${date}`);
  });

  it('names who eats the pool in Chinese', async () => {
    const { householdId, dadLine } = await seedOversubscribedPool();
    await api('plan.set', { householdId, plan: { ...FAMILY_POOL, cycleStartDay: startingToday() } });
    await api('readings.add', { householdId, reading: { lineId: dadLine.id, date: todayIso(), usedGB: 16 } });
    const { user } = await renderApp('#/plan');
    await screen.findByRole('table', { name: LINES });
    await switchLanguage(user, '简体中文');

    const evaluation = await api('plan.evaluate', { householdId, asOf: todayIso() });
    const date = formatIsoDate(evaluation.pool!.exhaustsOn!, 'zh-CN');
    expect(
      await screen.findByText(`Dad line 用得比它在流量池里分到的那份多：照这个速度，流量池会在 ${date} 用完。`),
    ).toBeInTheDocument();
    expect(shownWarnings('需要注意')[0]).toHaveTextContent('紧急');
  });

  it('updates at once when a line is added', async () => {
    await seedSmithFamily(api);
    await renderApp('#/plan');
    await screen.findByRole('table', { name: LINES });
    // The same store action the Plans page's line dialog calls.
    await act(() => useStore.getState().createLine({ ...NEW_LINE, name: 'Kid line' }));
    expect(await screen.findByRole('rowheader', { name: 'Kid line' })).toBeInTheDocument();
    expect(cell(LINES, 'Kid line', 'Needs')).toBe('0 GB');
  });

  it('without a plan, points to the Plans page', async () => {
    await renderApp('#/plan');
    expect(await screen.findByText('No plan to check yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up your plan' })).toHaveAttribute('href', '#/plans');
  });
});
