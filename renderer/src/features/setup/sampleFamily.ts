/**
 * The sample family behind "Try it with a sample family": five people, four
 * lines on a 30 GB pool, a tablet that tethers, and readings for the cycle so
 * far, so every page has something true-to-life to show. Dates are relative
 * to today, so the sample always sits in the middle of a cycle.
 */
import { cycleContaining } from '@shared/engine/cycle';
import { addDays, daysBetween, formatDate, parseDate } from '@shared/engine/dates';
import type { Plan } from '@shared/domain/schemas';
import type { SetupSpec } from './setupSlice';

/** Names in the UI language, as that family would use them; the household's name says it is a sample. */
export interface SampleNames {
  household: string;
  plan: string;
  people: [string, string, string, string, string];
  lines: [string, string, string, string];
  devices: [string, string, string, string, string, string];
}

/** Monthly use of each line's phone, GB; the tablet tethers 4 GB. */
const LINE_PACE_GB_PER_DAY = [0.45, 0.3, 0.2, 0.08];

export function sampleFamily(names: SampleNames, today: string): SetupSpec {
  // A cycle that started about two thirds of a month ago, whatever today is.
  const startDay = Number(formatDate(addDays(parseDate(today), -17)).slice(8, 10));
  const plan: Plan = {
    name: names.plan,
    carrier: 'verizon',
    kind: 'pool',
    poolGB: 30,
    cycleStartDay: Math.min(startDay, 28),
    cycleLengthDays: null,
    cycleAnchor: null,
    pricePerLine: [60, 50, 40, 35],
    esim: true,
    tiers: [],
  };
  const cycle = cycleContaining(plan, today);
  const elapsed = daysBetween(parseDate(cycle.start), parseDate(today)) + 1;
  const earlierReadings: NonNullable<SetupSpec['earlierReadings']> = [];
  for (let day = 3; day < elapsed; day += 3) {
    const date = formatDate(addDays(parseDate(cycle.start), day - 1));
    LINE_PACE_GB_PER_DAY.forEach((pace, line) =>
      earlierReadings.push({ line, date, usedGB: Math.round(pace * day * 10) / 10 }),
    );
  }
  const history: NonNullable<SetupSpec['history']> = [];
  let start = parseDate(cycle.start);
  for (let back = 0; back < 3; back++) {
    start = parseDate(cycleContaining(plan, formatDate(start - 1)).start);
    LINE_PACE_GB_PER_DAY.forEach((pace, line) =>
      history.push({
        line,
        cycleStart: formatDate(start),
        usedGB: Math.round(pace * 30 * (0.9 + back * 0.05) * 10) / 10,
      }),
    );
  }
  const [mom, dad, lily, max, grandma] = names.people;
  return {
    householdName: names.household,
    plan,
    people: [
      { name: mom, role: 'adult' },
      { name: dad, role: 'adult' },
      { name: lily, role: 'teen' },
      { name: max, role: 'child' },
      { name: grandma, role: 'grandparent' },
    ],
    lines: [
      { name: names.lines[0], owner: 0 },
      { name: names.lines[1], owner: 1 },
      { name: names.lines[2], owner: 2 },
      { name: names.lines[3], owner: 4 },
    ],
    devices: [
      { name: names.devices[0], kind: 'phone', owner: 0, line: 0, monthlyGB: 12 },
      { name: names.devices[1], kind: 'phone', owner: 1, line: 1, monthlyGB: 8 },
      { name: names.devices[2], kind: 'phone', owner: 2, line: 2, monthlyGB: 6 },
      { name: names.devices[3], kind: 'phone', owner: 4, line: 3, monthlyGB: 2 },
      { name: names.devices[4], kind: 'tablet', owner: 3, line: null, monthlyGB: 4, hotspotFrom: [0, 1] },
      { name: names.devices[5], kind: 'laptop', owner: 1, line: null, monthlyGB: 0 },
    ],
    earlierReadings,
    readings: LINE_PACE_GB_PER_DAY.map((pace) => Math.round(pace * elapsed * 10) / 10),
    readingsAsOf: today,
    history,
  };
}
