import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, todayIso } from '@renderer/features/cycle/dates';
import { addDays, formatDate, parseDate } from '@shared/engine/dates';
import { renderApp, switchLanguage, tableRow } from './render';
import { api } from '../support/backend';
import { FAMILY_POOL, seedSmithFamily } from '../support/families';
import { NEW_LINE } from '@shared/domain/defaults';

const daysFromToday = (days: number) => formatDate(addDays(parseDate(todayIso()), days));

/**
 * The Smiths on a 30-day cycle that started 9 days ago; two past cycles;
 * Mom's line has 15 GB of hotspot and Dad's none, so the iPad tethers to Mom.
 */
async function seedWithHistory() {
  const family = await seedSmithFamily(api);
  const { householdId, momLine, dadLine } = family;
  const cycleStart = daysFromToday(-9);
  await api('plan.set', {
    householdId,
    plan: { ...FAMILY_POOL, cycleStartDay: null, cycleLengthDays: 30, cycleAnchor: cycleStart },
  });
  await api('lines.update', { householdId, line: { ...NEW_LINE, ...momLine, hotspotGB: 15 } });
  await api('lines.update', { householdId, line: { ...NEW_LINE, ...dadLine, hotspotGB: 0 } });
  const earlier = daysFromToday(-39);
  const earliest = daysFromToday(-69);
  await api('history.add', { householdId, entry: { lineId: momLine.id, cycleStart: earliest, usedGB: 11 } });
  await api('history.add', { householdId, entry: { lineId: momLine.id, cycleStart: earlier, usedGB: 13.5 } });
  await api('history.add', { householdId, entry: { lineId: dadLine.id, cycleStart: earlier, usedGB: 6 } });
  await api('readings.add', { householdId, reading: { lineId: momLine.id, date: todayIso(), usedGB: 5 } });
  return { ...family, earlier, earliest };
}

const CAPTION = 'Data used per cycle, by line';

describe('usage history on the Usage page', () => {
  it('shows per line the totals of past cycles and this cycle’s forecast', async () => {
    const { householdId, momLine, earlier, earliest } = await seedWithHistory();
    await renderApp('#/usage');
    const section = await screen.findByRole('region', { name: 'Which line eats our data?' });
    await within(section).findByRole('table', { name: CAPTION });
    expect(within(section).getByRole('figure', { name: CAPTION })).toBeInTheDocument();
    const headers = within(within(section).getByRole('table')).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Line',
      `Cycle from ${formatIsoDate(earliest, 'en')}`,
      `Cycle from ${formatIsoDate(earlier, 'en')}`,
      'This cycle: used / forecast',
    ]);
    const evaluation = await api('plan.evaluate', { householdId, asOf: todayIso() });
    const forecast = evaluation.lines.find((l) => l.id === momLine.id)!.forecastGB!;
    const mom = tableRow(CAPTION, 'Mom line');
    await waitFor(() =>
      expect([...mom.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
        '11 GB',
        '13.5 GB',
        `5 GB / ${Math.round(forecast * 100) / 100} GB`,
      ]),
    );
    expect([...tableRow(CAPTION, 'Dad line').querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      '—',
      '6 GB',
      'No reading yet',
    ]);
  });

  it('says how much of each host’s hotspot the tethering devices use, in English and Chinese', async () => {
    await seedWithHistory();
    const { user } = await renderApp('#/usage');
    const section = await screen.findByRole('region', { name: 'Hotspot per host' });
    await waitFor(() => expect(section).toHaveTextContent('Mom line: 6 GB of 15 GB of hotspot used'));
    await switchLanguage(user, '简体中文');
    const zh = await screen.findByRole('region', { name: '各号码的热点用量' });
    expect(zh).toHaveTextContent('Mom line：热点已用 6 GB，额度 15 GB');
    expect(screen.getByRole('region', { name: '哪个号码最费流量？' })).toHaveTextContent('本周期：已用 / 预计');
  });
});
