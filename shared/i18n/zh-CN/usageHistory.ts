/** The usageHistory messages in Simplified Chinese, typed against the English so a missing key fails to compile. */
import type { usageHistory as en } from '../en/usageHistory';

export const usageHistory: typeof en = {
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
