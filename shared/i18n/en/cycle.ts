/**
 * Strings of the This cycle page (#/plan): how the plan's data splits between the lines this
 * billing cycle, the forecast to the cycle's end, hotspot, cost, and every
 * warning explained from its code and numbers (never from the engine's
 * English message). Chinese is written for a Chinese-speaking family in the
 * US, with the carriers' English terms where people meet them on bills.
 */
export const cycle = {
  nav: 'This cycle',
  title: 'This billing cycle',
  intro:
    'How your plan’s data is split between your lines, whether it will last until the bill resets, and what to do if not.',
  noValue: '—',
  refreshing: 'Updating…',
  failed: 'Datapool could not check your plan.',
  retry: 'Try again',
  empty: {
    noPlanTitle: 'No plan to check yet',
    noPlanBody:
      'Enter your carrier plan and its lines on the Plans page. This page then shows how the data splits between your lines and whether it lasts until the bill resets.',
    goToPlans: 'Set up your plan',
    noLinesTitle: 'No lines on this plan yet',
    noLinesBody:
      'Add the lines (phone numbers) on your plan, then say on the Household page which devices use each line.',
    addLines: 'Add lines',
  },
  cycle: {
    heading: 'Billing cycle',
    range: '{{start}} – {{end}}',
    dayOf: 'Day {{day}} of {{days}}',
    daysLeft_one: '{{count}} day left after today',
    daysLeft_other: '{{count}} days left after today',
    lastDay: 'Today is the last day; the data resets tomorrow.',
    progressLabel: 'Billing cycle: day {{day}} of {{days}}',
  },
  lines: {
    heading: 'Lines',
    caption: 'Data per line this billing cycle',
    columns: {
      line: 'Line',
      demand: 'Needs',
      budget: 'Budget',
      unmet: 'Short by',
      share: 'Share of the pool',
      cap: 'Cap',
      floor: 'Guaranteed minimum',
      weight: 'Weight',
      premium: 'Priority data',
      hotspot: 'Hotspot',
      limit: 'Limit',
      used: 'Used so far',
      forecast: 'Forecast at cycle end',
      exhaustsOn: 'Runs out on',
      shareExceededOn: 'Passes its share on',
      dailyBudget: 'Per day from now',
    },
    unlimited: 'Unlimited',
    noCap: 'No cap',
    noPremium: 'No threshold',
    capLimit: '{{gb}} cap',
    dataLimit: '{{gb}} data',
    premiumPassed: 'passed around {{date}}',
    limitReached: 'reached around {{date}}',
    withinShare: 'Stays within it',
    premiumOver: '{{gb}} past it a month',
    hotspotUse: '{{load}} of {{allowance}}',
    hotspotUseUnlimited: '{{load}}, no limit',
    daily: {
      cap: 'to stay under the cap',
      data: 'to stay within its data',
      share: 'to stay within its share',
      premium: 'to stay within priority data',
    },
    dailyBudgetText: '{{gb}} a day {{basis}}',
    hotspotPart: 'incl. {{gb}} hotspot',
    noReading: 'No reading yet',
    lasts: 'Lasts the cycle',
    noLimit: 'No limit',
    help: {
      demand: 'Needs: what the line’s own devices use in a month, plus the hotspot data of devices that tether to it.',
      budget:
        'Budget: the share of the data this line gets this cycle. On a shared pool that is too small, the pool is split fairly between the lines.',
      forecast:
        'Forecast: where the line ends up at its current pace, from the latest usage you entered on the Usage page (and past cycles, if entered).',
      daily:
        'Per day from now: what the line can still use each remaining day to stay within its tightest bound — the cap, its high-speed data, its share of the pool or its priority data.',
    },
    addReading: 'Enter usage',
  },
  pool: {
    heading: 'Shared pool',
    size: 'Pool size',
    demand: 'Lines need',
    allocated: 'Given out as budgets',
    used: 'Used so far',
    forecast: 'Forecast at cycle end',
    exhaustsOn: 'Runs out on',
    lasts: 'Lasts the cycle',
    noReadings: 'No readings yet',
    usedBar: 'Share of the pool used so far: {{percent}}',
  },
  charts: {
    linesTitle: 'Budget, need and forecast per line',
    linesDescription:
      'Bar chart comparing each line’s need, budget and forecast at cycle end. The table above has the same numbers.',
    poolTitle: 'The pool this cycle',
    poolDescription:
      'Bar chart of what the lines need, what is used so far and the forecast at cycle end, against the pool size. The numbers are listed above.',
    demand: 'Needs',
    budget: 'Budget',
    forecast: 'Forecast',
    used: 'Used so far',
    poolSize: 'Pool size {{gb}}',
  },
  hotspot: {
    heading: 'Hotspot: who tethers to whom',
    intro:
      'Devices without a line of their own (a tablet, a laptop) share a phone’s data. Datapool picks the host that keeps the most data at full speed.',
    caption: 'Tethering devices and their host line',
    columns: { device: 'Device', host: 'Tethers to', monthly: 'Uses a month' },
    noHost: 'No possible host',
    overflow: 'Hotspot data over the lines’ high-speed allowances: {{gb}} a month.',
    bestFound:
      'This is the best assignment Datapool found in the time it allows itself; with this many devices and lines it may not be the very best one.',
  },
  cost: {
    heading: 'Monthly cost',
    total_one: '{{price}} a month for {{count}} line',
    total_other: '{{price}} a month for {{count}} lines',
    note: 'From the prices entered on the Plans page, before taxes and fees.',
    noPrices: 'No prices are entered for this plan. Add them on the Plans page to see what it costs.',
  },
  warnings: {
    heading: 'Things to know',
    allClear: 'Everything fits: every line gets what it needs, and nothing is forecast to run out this cycle.',
    severity: { critical: 'Urgent', warning: 'Needs a look', info: 'Good to know' },
    whatToDo: 'What you can do:',
    unknownLine: 'a line',
    unknownDevice: 'a device',
    POOL_OVERSUBSCRIBED: {
      title: 'The pool is too small for what your lines need',
      body: 'Together your lines need about {{demand}} a month, but the pool has {{pool}} — {{short}} short. Datapool split the pool fairly (see the budgets below); a line that gets less than it needs will run out before the bill resets.',
      action:
        'Set caps on the heaviest users, move tablets and laptops to Wi-Fi at home, or look for a bigger pool on the Compare page.',
    },
    FLOORS_EXCEED_POOL: {
      title: 'The guaranteed minimums add up to more than the pool',
      body: 'The minimums you set add up to {{floors}}, more than the {{pool}} pool, so each one was scaled down to {{percent}} of what you set.',
      action: 'Lower the guaranteed minimums of your lines on the Plans page so they fit in the pool.',
    },
    PREMIUM_EXCEEDED: {
      title: '{{line}} will go past its priority data',
      body: '{{line}} needs about {{demand}} a month but has {{premium}} of priority (“premium”) data. The remaining {{over}} still works but may be slowed when the network is busy.',
      action:
        'Pick a tier with more priority data for this line, or move heavy use such as video and updates to Wi-Fi.',
    },
    HOTSPOT_EXCEEDED: {
      title: '{{line}} shares more hotspot data than it can at full speed',
      body: 'Devices tethering to {{line}} use about {{load}} a month, but its high-speed hotspot allowance is {{hotspot}}. The last {{over}} will run at a much lower speed.',
      action:
        'On the Household page, let the device tether to another line too, pick a tier with more hotspot data, or use Wi-Fi where you can.',
    },
    NO_HOTSPOT_HOST: {
      title: '{{device}} has no line it can tether to',
      body: '{{device}} may only tether to {{hosts}}, and none of them allows hotspot on this plan. Its data is not counted on any line.',
      bodyNoHosts: '{{device}} has no line to tether to on this plan. Its data is not counted on any line.',
      action:
        'On the Household page, let it tether to a line whose plan includes hotspot, or give it a line of its own.',
    },
    FORECAST_OVER_POOL: {
      title: 'The pool is on track to run out',
      body: 'At the current pace your lines will use about {{forecast}} together this cycle, more than the {{pool}} pool.',
      runsOut: 'At this pace the pool runs out {{date}}; after that every line is affected.',
      action:
        'Ask the heaviest users to use Wi-Fi, set caps on the Plans page, or check the carrier’s app for add-on data.',
    },
    FORECAST_OVER_LIMIT_cap: {
      title: '{{line}} will reach the cap you set',
      body: 'At its current pace {{line}} will use about {{forecast}} this cycle, more than the {{limit}} cap you set.',
      runsOut: 'It will reach the cap around {{date}}; after that its data stops until the bill resets.',
      action: 'Raise the cap on the Plans page if this line should use more, or use Wi-Fi at home.',
    },
    FORECAST_OVER_LIMIT_data: {
      title: '{{line}} will run out of high-speed data',
      body: 'At its current pace {{line}} will use about {{forecast}} this cycle, more than its {{limit}} of high-speed data.',
      runsOut: 'It will run out around {{date}}; after that its data stops or slows to a crawl until the bill resets.',
      action:
        'On this plan each line has its own data, and data can’t be moved between lines. Use Wi-Fi at home, move this line to a tier with more data, or share a hotspot from a line that has data left (see the Share data page).',
    },
    DEMAND_OVER_LIMIT_cap: {
      title: '{{line}} needs more than the cap you set',
      body: '{{line}}’s monthly need ({{demand}}) is above the {{limit}} cap you set.',
      action: 'Raise the cap on the Plans page, or move some of this line’s use to Wi-Fi.',
    },
    DEMAND_OVER_LIMIT_data: {
      title: '{{line}} needs more than its high-speed data',
      body: '{{line}}’s monthly need ({{demand}}) is above its {{limit}} of high-speed data; past it, its data stops or slows to a crawl.',
      action: 'Move this line to a tier with more data on the Plans page, or move some of its use to Wi-Fi.',
    },
    FORECAST_OVER_PREMIUM: {
      title: '{{line}} will pass its priority data',
      body: '{{line}} will pass its {{premium}} of priority data around {{date}}; after that it may be slowed when the network is busy.',
      bodyNoDate:
        'At its current pace {{line}} will use about {{forecast}} this cycle, past its {{premium}} of priority data; after that it may be slowed when the network is busy.',
      action: 'Nothing stops working. If speed matters, move video and updates to Wi-Fi.',
    },
    FORECAST_OVER_SHARE: {
      title: '{{line}} uses more than its share of the pool',
      body: '{{line}} uses more than its share of the pool: at this pace the pool runs out {{date}}.',
      bodyNoDate:
        '{{line}} uses more than its share of the pool ({{share}}; about {{forecast}} at this pace), and the pool is on track to run out.',
      action:
        'Nothing stops this line at its share; the whole pool runs out for everyone. Ask it to use Wi-Fi, or set a cap on the Plans page.',
    },
    ESIM_UNSUPPORTED: {
      title: '{{line}} has an eSIM-only device, but this plan does not support eSIM',
      body: '{{devices}} on {{line}} only takes an eSIM, and this plan says it does not offer eSIM. The device will not work on this line.',
      bodyNoDevices:
        'A device on {{line}} only takes an eSIM, and this plan says it does not offer eSIM. The device will not work on this line.',
      action:
        'Check with the carrier, use a device with a physical SIM slot, or look for a plan with eSIM on the Compare page.',
    },
  },
};
