/**
 * Strings of the history part of the Usage page: past cycles per line next
 * to this cycle's forecast, and how much hotspot each host's devices use.
 */
export const usageHistory = {
  heading: 'Which line eats our data?',
  intro:
    'Totals of past cycles per line, next to where this cycle is heading. Add past cycles to a line below to see more.',
  chartTitle: 'Data used per cycle, by line',
  chartDescription:
    'Each bar is one bill cycle; its parts are the lines. The last bar is this cycle’s forecast to its end.',
  thisCycle: 'This cycle (forecast)',
  cycleOf: 'Cycle from {{date}}',
  caption: 'Data used per cycle, by line',
  columns: { line: 'Line', thisCycle: 'This cycle: used / forecast' },
  noTotal: '—',
  usedOfForecast: '{{used}} / {{forecast}}',
  noReading: 'No reading yet',
  empty: 'No past cycles or readings yet. Totals of past cycles and this cycle’s readings appear here.',
  noPlan: 'Set up the plan first to see this cycle’s forecast.',
  hotspot: {
    heading: 'Hotspot per host',
    intro: 'What the devices that tether to each line use in a month, against that line’s hotspot allowance.',
    used: '{{load}} of {{allowance}} of hotspot used',
    usedUnlimited: '{{load}} of hotspot used (no hotspot limit)',
    over: '{{over}} over the allowance: past it, hotspot data slows to a crawl.',
  },
};
