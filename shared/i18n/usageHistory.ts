/**
 * Strings of the history part of the Usage page: past cycles per line next
 * to this cycle's forecast, and how much hotspot each host's devices use.
 */
const en = {
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

const zhCN: typeof en = {
  heading: '哪个号码最费流量？',
  intro: '每个号码往期的总用量，以及本周期预计会用到多少。在下方为号码添加往期用量，就能看到更多。',
  chartTitle: '各周期用量（按号码）',
  chartDescription: '每根柱子是一个账单周期，按号码分段；最后一根是本周期到结束时的预计用量。',
  thisCycle: '本周期（预计）',
  cycleOf: '{{date}} 开始的周期',
  caption: '各周期用量（按号码）',
  columns: { line: '号码', thisCycle: '本周期：已用 / 预计' },
  noTotal: '—',
  usedOfForecast: '{{used}} / {{forecast}}',
  noReading: '还没有记录',
  empty: '还没有往期用量或用量记录。填上往期总用量和本周期的记录后，会显示在这里。',
  noPlan: '先设置套餐，才能看到本周期的预计用量。',
  hotspot: {
    heading: '各号码的热点用量',
    intro: '连到每个号码热点的设备一个月用多少流量，和这个号码的热点额度对比。',
    used: '热点已用 {{load}}，额度 {{allowance}}',
    usedUnlimited: '热点已用 {{load}}（热点不限量）',
    over: '超出额度 {{over}}：超出后热点会降到极低速度。',
  },
};

export const usageHistoryMessages = { en, 'zh-CN': zhCN };
