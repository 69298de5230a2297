import { describe, expect, test } from 'vitest';
import { hotspotHostUse, usageHistory } from '@shared/history/usageHistory';

describe('usage history per line', () => {
  test('past cycles oldest first, a gap where a line has no total, this cycle’s forecast last', () => {
    const view = usageHistory(
      ['mom', 'dad'],
      [
        { lineId: 'mom', cycleStart: '2026-09-05', usedGB: 12 },
        { lineId: 'dad', cycleStart: '2026-10-05', usedGB: 7 },
        { lineId: 'mom', cycleStart: '2026-10-05', usedGB: 14 },
        { lineId: 'mom', cycleStart: '2026-10-05', usedGB: 14.2 },
        // Entered for the current cycle: not a past cycle.
        { lineId: 'dad', cycleStart: '2026-11-05', usedGB: 3 },
      ],
      {
        cycleStart: '2026-11-05',
        lines: [
          { id: 'mom', usedGB: 8.4, forecastGB: 13.5 },
          { id: 'dad', usedGB: null, forecastGB: null },
        ],
      },
    );
    expect(view).toEqual({
      cycles: ['2026-09-05', '2026-10-05'],
      lines: [
        { lineId: 'mom', pastGB: [12, 14.2], usedGB: 8.4, forecastGB: 13.5 },
        { lineId: 'dad', pastGB: [null, 7], usedGB: null, forecastGB: null },
      ],
    });
  });

  test('keeps only the last cycles asked for', () => {
    const history = ['2026-01-05', '2026-02-05', '2026-03-05'].map((cycleStart) => ({
      lineId: 'mom',
      cycleStart,
      usedGB: 1,
    }));
    expect(usageHistory(['mom'], history, null, 2).cycles).toEqual(['2026-02-05', '2026-03-05']);
  });
});

describe('hotspot per host', () => {
  const plan = { tiers: [{ name: 'Plus', dataGB: null, premiumGB: 50, hotspotGB: 30 }] };
  const line = (id: string, hotspotGB: number | null, tier: string | null = null) => ({
    id,
    tier,
    dataGB: null,
    premiumGB: null,
    hotspotGB,
  });

  test('a host’s load against its own allowance, or its tier’s; lines without load are left out', () => {
    const use = hotspotHostUse(plan, [line('mom', 15), line('dad', null, 'Plus'), line('kid', 5), line('gran', null)], {
      lines: [
        { id: 'mom', hotspotLoadGB: 6, hotspotOverGB: 0 },
        { id: 'dad', hotspotLoadGB: 40, hotspotOverGB: 10 },
        { id: 'kid', hotspotLoadGB: 0, hotspotOverGB: 0 },
        { id: 'gran', hotspotLoadGB: 2, hotspotOverGB: 0 },
      ],
    });
    expect(use).toEqual([
      { lineId: 'mom', loadGB: 6, allowanceGB: 15, overGB: 0 },
      { lineId: 'dad', loadGB: 40, allowanceGB: 30, overGB: 10 },
      { lineId: 'gran', loadGB: 2, allowanceGB: null, overGB: 0 },
    ]);
  });
});
