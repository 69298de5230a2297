/**
 * Strings of the top of the Plan page: the headline answer, the burn-down
 * chart of the cycle, one bar per line, and the summary to copy.
 */
export const status = {
  heading: 'This cycle at a glance',
  headline: {
    pool: '{{used}} of {{pool}} used · {{days}} left · about {{perDay}} a day for the family to last',
    poolOver: '{{used}} of {{pool}} used · {{days}} left · the pool is used up',
    perLine: '{{used}} used on {{lines}} · {{days}} left · forecast {{forecast}} by {{end}}',
    noReadings: 'No usage entered yet this cycle · {{days}} left',
    lastDay: 'last day of the cycle',
  },
  days_one: '{{count}} day',
  days_other: '{{count}} days',
  lines_one: '{{count}} line',
  lines_other: '{{count}} lines',
  addReading: 'Enter usage',
  burndown: {
    title: 'Data used this cycle',
    description:
      'Used so far by the whole household, {{used}} on {{date}}; forecast {{forecast}} by {{end}}, against {{limit}}.',
    descriptionNoLimit: 'Used so far by the whole household, {{used}} on {{date}}; forecast {{forecast}} by {{end}}.',
    empty: 'The chart starts with the first reading of the cycle.',
    used: 'Used',
    forecast: 'Forecast',
    limit: 'Pool',
    lineLimits: 'Limits of all lines',
    today: 'Today',
    axisGB: 'GB',
  },
  bars: {
    heading: 'Each line',
    used: '{{used}} used',
    share: 'share {{share}}',
    limit: 'limit {{limit}}',
    noLimit: 'no limit',
    noReading: 'no reading yet',
    forecast: 'forecast {{forecast}}',
    barLabel: '{{line}}: {{used}} of {{of}}',
  },
  copy: {
    button: 'Copy summary',
    done: 'Summary copied. Paste it into the family chat.',
    failed: 'Could not copy: this window may not use the clipboard. Select the text below instead.',
    title: '{{plan}}: {{start}} – {{end}}, {{days}} left',
    pool: 'Pool: {{used}} of {{pool}} used, forecast {{forecast}}',
    line: '{{line}}: {{used}} used / {{bound}}, forecast {{forecast}}',
    share: 'share {{share}}',
    limit: 'limit {{limit}}',
    noBound: 'no limit',
    noReading: '{{line}}: no reading yet',
  },
  print: 'Print',
};
