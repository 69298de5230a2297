/**
 * Strings of the Usage page: what each line has used so far this billing
 * cycle (as the carrier's app shows it) and the totals of past cycles.
 */
const en = {
  nav: 'Usage',
  title: 'Usage',
  intro:
    'Enter what each line has used so far, the number your carrier’s app or website shows (for example “12.3 GB used”). It is a running total for the current bill cycle, not one day’s use: enter a new number whenever you check, and the forecast on the Plan page updates.',
  noLinesTitle: 'No lines yet',
  noLinesBody: 'Add the lines (phone numbers) of your plan on the Plans page first.',
  addLines: 'Add lines',
  lineHeading: '{{line}}',
  reading: {
    heading: 'This cycle',
    usedGB: 'Used so far (GB)',
    usedGBHint: 'The total your carrier shows for the current bill cycle.',
    date: 'As of',
    dateHint: 'The day you read the number; today unless it is an older number.',
    add: 'Add reading',
    saved: 'Saved. The forecast is updated.',
    caption: 'Readings of {{line}}',
    empty: 'No readings yet.',
    columns: { date: 'As of', usedGB: 'Used so far' },
    deleteNamed: 'Delete the reading of {{used}} on {{date}}',
  },
  history: {
    heading: 'Past cycles',
    intro: 'Totals of earlier bills make the forecast steadier early in a cycle.',
    cycleStart: 'Cycle started on',
    cycleStartHint: 'The first day of that bill cycle.',
    usedGB: 'Used that cycle (GB)',
    add: 'Add past cycle',
    saved: 'Saved.',
    caption: 'Past cycles of {{line}}',
    empty: 'No past cycles yet.',
    columns: { cycleStart: 'Cycle started on', usedGB: 'Used' },
    deleteNamed: 'Delete the cycle that started on {{date}}',
  },
  deleted: {
    reading: 'Deleted the reading of {{used}} on {{date}} ({{line}}).',
    history: 'Deleted the cycle that started on {{date}} ({{line}}).',
  },
};

const zhCN: typeof en = {
  nav: '用量记录',
  title: '用量记录',
  intro:
    '填写每个号码到目前为止用了多少流量，也就是运营商 App 或网站上显示的数字（比如“已用 12.3 GB”）。这是本账单周期的累计用量，不是某一天的用量：每次查看后填一个新数字，“用量规划”页的预计就会更新。',
  noLinesTitle: '还没有号码',
  noLinesBody: '请先在“套餐”页添加套餐里的号码（手机号）。',
  addLines: '添加号码',
  lineHeading: '{{line}}',
  reading: {
    heading: '本周期',
    usedGB: '本周期已用（GB）',
    usedGBHint: '运营商显示的本账单周期累计用量。',
    date: '查看日期',
    dateHint: '看到这个数字的日期；除非是之前记下的数字，一般就是今天。',
    add: '添加记录',
    saved: '已保存，预计已更新。',
    caption: '{{line}} 的用量记录',
    empty: '还没有记录。',
    columns: { date: '查看日期', usedGB: '本周期已用' },
    deleteNamed: '删除 {{date}} 的记录（{{used}}）',
  },
  history: {
    heading: '往期用量',
    intro: '填上以前几期账单的总用量，周期刚开始时的预计会更准。',
    cycleStart: '周期开始日期',
    cycleStartHint: '那一期账单的第一天。',
    usedGB: '那一期共用（GB）',
    add: '添加往期',
    saved: '已保存。',
    caption: '{{line}} 的往期用量',
    empty: '还没有往期用量。',
    columns: { cycleStart: '周期开始日期', usedGB: '用量' },
    deleteNamed: '删除 {{date}} 开始的那一期',
  },
  deleted: {
    reading: '已删除 {{date}} 的用量记录（{{used}}，{{line}}）。',
    history: '已删除 {{date}} 开始的那一期（{{line}}）。',
  },
};

export const usageMessages = { en, 'zh-CN': zhCN };
