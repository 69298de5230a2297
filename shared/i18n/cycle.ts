/**
 * Strings of the This cycle page (#/plan): how the plan's data splits between the lines this
 * billing cycle, the forecast to the cycle's end, hotspot, cost, and every
 * warning explained from its code and numbers (never from the engine's
 * English message). Chinese is written for a Chinese-speaking family in the
 * US, with the carriers' English terms where people meet them on bills.
 */
const en = {
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

const zhCN: typeof en = {
  nav: '本期用量',
  title: '本账单周期',
  intro: '看看套餐的流量在各个号码之间怎么分、能不能撑到下次出账，不够的话可以怎么办。',
  noValue: '—',
  refreshing: '正在更新…',
  failed: 'Datapool 没能计算你的套餐。',
  retry: '重试',
  empty: {
    noPlanTitle: '还没有可以计算的套餐',
    noPlanBody: '先在“套餐”页填写你的运营商套餐和号码，这里就会显示流量在各个号码之间怎么分，以及能不能用到下次出账。',
    goToPlans: '去填写套餐',
    noLinesTitle: '这个套餐还没有号码',
    noLinesBody: '先添加套餐里的号码（手机号），再到“家庭”页说明每台设备用哪个号码。',
    addLines: '添加号码',
  },
  cycle: {
    heading: '账单周期',
    range: '{{start}} – {{end}}',
    dayOf: '第 {{day}} 天，共 {{days}} 天',
    daysLeft_one: '今天之后还剩 {{count}} 天',
    daysLeft_other: '今天之后还剩 {{count}} 天',
    lastDay: '今天是本周期最后一天，明天流量重置。',
    progressLabel: '账单周期：第 {{day}} 天，共 {{days}} 天',
  },
  lines: {
    heading: '各号码',
    caption: '本账单周期各号码的流量',
    columns: {
      line: '号码',
      demand: '需求',
      budget: '分到的额度',
      unmet: '缺口',
      share: '流量池里分到的',
      cap: '上限',
      floor: '保底流量',
      weight: '权重',
      premium: '优先流量',
      hotspot: '热点',
      limit: '限额',
      used: '本周期已用',
      forecast: '预计周期末用量',
      exhaustsOn: '预计用完日期',
      shareExceededOn: '预计超出那份的日期',
      dailyBudget: '今后每天可用',
    },
    unlimited: '不限',
    noCap: '不设上限',
    noPremium: '没有门槛',
    capLimit: '上限 {{gb}}',
    dataLimit: '流量 {{gb}}',
    premiumPassed: '约 {{date}} 超出',
    limitReached: '约 {{date}} 用到',
    withinShare: '不会超出',
    premiumOver: '每月超出 {{gb}}',
    hotspotUse: '{{load}}（额度 {{allowance}}）',
    hotspotUseUnlimited: '{{load}}，不限额',
    daily: {
      cap: '不超过上限',
      data: '不超过高速流量',
      share: '不超过分到的那份',
      premium: '不超出优先流量',
    },
    dailyBudgetText: '每天 {{gb}}，{{basis}}',
    hotspotPart: '含热点 {{gb}}',
    noReading: '还没有记录',
    lasts: '够用到周期结束',
    noLimit: '不限',
    help: {
      demand: '需求：这个号码自己的设备每月用的流量，加上连它热点的设备用的流量。',
      budget: '分到的额度：本周期这个号码能用的那一份。共享流量池不够时，会在各号码之间公平分配。',
      forecast:
        '预计：按目前的速度，到周期结束会用掉多少；根据你在“用量记录”页填的最新用量（以及往期用量，如果填了）推算。',
      daily:
        '今后每天可用：为了不超过最紧的那道线（上限、高速流量、流量池里分到的那份或优先流量），剩下的每一天平均还能用多少。',
    },
    addReading: '填写用量',
  },
  pool: {
    heading: '共享流量池',
    size: '流量池大小',
    demand: '各号码共需',
    allocated: '已分配额度',
    used: '本周期已用',
    forecast: '预计周期末用量',
    exhaustsOn: '预计用完日期',
    lasts: '够用到周期结束',
    noReadings: '还没有记录',
    usedBar: '流量池已用比例：{{percent}}',
  },
  charts: {
    linesTitle: '各号码的额度、需求和预计用量',
    linesDescription: '柱状图：比较每个号码的需求、分到的额度和周期末的预计用量。上面的表格里有相同的数字。',
    poolTitle: '本周期的流量池',
    poolDescription: '柱状图：各号码共需、已用和周期末预计用量，与流量池大小对比。具体数字见上方。',
    demand: '需求',
    budget: '额度',
    forecast: '预计',
    used: '已用',
    poolSize: '流量池 {{gb}}',
  },
  hotspot: {
    heading: '热点：谁连谁的热点',
    intro:
      '没有自己号码的设备（平板、笔记本电脑）要连手机热点，用手机的流量。Datapool 会选一个能让最多流量保持高速的号码。',
    caption: '连热点的设备和它连接的号码',
    columns: { device: '设备', host: '连接的号码', monthly: '每月用量' },
    noHost: '没有可连接的号码',
    overflow: '超出各号码高速热点额度的流量：每月 {{gb}}。',
    bestFound: '这是 Datapool 在限定时间内找到的最好分配；设备和号码这么多时，不一定是最优的那一种。',
  },
  cost: {
    heading: '每月费用',
    total_one: '{{count}} 个号码，每月 {{price}}',
    total_other: '{{count}} 个号码，每月 {{price}}',
    note: '按“套餐”页填写的价格计算，不含税费和杂费。',
    noPrices: '这个套餐还没有填写价格。在“套餐”页补上价格，就能看到每月费用。',
  },
  warnings: {
    heading: '需要注意',
    allClear: '一切正常：每个号码都能分到所需的流量，本周期预计也不会用完。',
    severity: { critical: '紧急', warning: '需要处理', info: '提示' },
    whatToDo: '可以这样做：',
    unknownLine: '某个号码',
    unknownDevice: '某台设备',
    POOL_OVERSUBSCRIBED: {
      title: '流量池不够全家用',
      body: '各号码每月一共大约需要 {{demand}}，但流量池只有 {{pool}}，差 {{short}}。Datapool 已经把流量池公平地分给各号码（见下方的额度）；分到的比需要的少的号码，会在下次出账前用完。',
      action: '给用得最多的号码设上限，让平板和电脑在家连 Wi-Fi，或者到“比较套餐”页找流量更大的套餐。',
    },
    FLOORS_EXCEED_POOL: {
      title: '保底流量加起来比流量池还多',
      body: '你设置的保底流量加起来是 {{floors}}，超过了 {{pool}} 的流量池，所以每个保底都按比例缩减到原来的 {{percent}}。',
      action: '到“套餐”页调低各号码的保底流量，让它们加起来不超过流量池。',
    },
    PREMIUM_EXCEEDED: {
      title: '{{line}} 会用超优先流量',
      body: '{{line}} 每月大约需要 {{demand}}，但只有 {{premium}} 的优先流量 (premium data)。超出的 {{over}} 还能用，但网络繁忙时可能会被降低优先级，网速变慢。',
      action: '给这个号码换一个优先流量更多的档位，或者把看视频、系统更新这类大流量的事放到 Wi-Fi 下做。',
    },
    HOTSPOT_EXCEEDED: {
      title: '{{line}} 的热点流量超出高速额度',
      body: '连 {{line}} 热点的设备每月大约用 {{load}}，但它的高速热点额度只有 {{hotspot}}。超出的 {{over}} 会被大幅降速。',
      action: '到“家庭”页让这台设备也可以连别的号码的热点，或者换一个热点额度更多的档位，能用 Wi-Fi 时尽量用 Wi-Fi。',
    },
    NO_HOTSPOT_HOST: {
      title: '{{device}} 没有可以连的热点',
      body: '{{device}} 只能连 {{hosts}} 的热点，但这个套餐下它们都不能开热点，所以它的流量没有算到任何号码上。',
      bodyNoHosts: '这个套餐下 {{device}} 没有可以连的热点，所以它的流量没有算到任何号码上。',
      action: '到“家庭”页让它连一个套餐包含热点的号码，或者给它单独办一个号码。',
    },
    FORECAST_OVER_POOL: {
      title: '流量池照现在的速度会用完',
      body: '按目前的速度，各号码本周期一共大约会用 {{forecast}}，超过了 {{pool}} 的流量池。',
      runsOut: '照这个速度，流量池会在 {{date}} 用完，之后每个号码都会受影响。',
      action: '请用得最多的家人多连 Wi-Fi，到“套餐”页设上限，或者在运营商 App 里看看能不能加购流量。',
    },
    FORECAST_OVER_LIMIT_cap: {
      title: '{{line}} 会用到你设的上限',
      body: '按目前的速度，{{line}} 本周期大约会用 {{forecast}}，超过了你设的 {{limit}} 上限。',
      runsOut: '预计 {{date}} 前后用到上限，之后到下次出账前都不能再用流量。',
      action: '如果这个号码需要多用一些，到“套餐”页调高上限；在家尽量连 Wi-Fi。',
    },
    FORECAST_OVER_LIMIT_data: {
      title: '{{line}} 的高速流量会用完',
      body: '按目前的速度，{{line}} 本周期大约会用 {{forecast}}，超过了它 {{limit}} 的高速流量。',
      runsOut: '预计 {{date}} 前后用完，之后到下次出账前流量会停用或降到极慢。',
      action:
        '这个套餐每个号码的流量各用各的，不能在号码之间转移。可以在家尽量连 Wi-Fi，给这个号码换一个流量更多的档位，或者让还有剩余流量的号码开热点给它用（见“流量共享”页）。',
    },
    DEMAND_OVER_LIMIT_cap: {
      title: '{{line}} 需要的流量超过了你设的上限',
      body: '{{line}} 每月需要 {{demand}}，超过了你设的 {{limit}} 上限。',
      action: '到“套餐”页调高上限，或者让这个号码多用 Wi-Fi。',
    },
    DEMAND_OVER_LIMIT_data: {
      title: '{{line}} 需要的流量超过了它的高速流量',
      body: '{{line}} 每月需要 {{demand}}，超过了它 {{limit}} 的高速流量；超出后流量会停用或降到极慢。',
      action: '到“套餐”页给这个号码换一个流量更多的档位，或者多用 Wi-Fi。',
    },
    FORECAST_OVER_PREMIUM: {
      title: '{{line}} 会超出优先流量',
      body: '{{line}} 预计在 {{date}} 前后超出 {{premium}} 优先流量，之后网络繁忙时可能降速。',
      bodyNoDate:
        '按目前的速度，{{line}} 本周期大约会用 {{forecast}}，超出 {{premium}} 优先流量，之后网络繁忙时可能降速。',
      action: '流量不会停。如果在意网速，把看视频、系统更新放到 Wi-Fi 下做。',
    },
    FORECAST_OVER_SHARE: {
      title: '{{line}} 用得比它分到的那份多',
      body: '{{line}} 用得比它在流量池里分到的那份多：照这个速度，流量池会在 {{date}} 用完。',
      bodyNoDate:
        '{{line}} 用得比它在流量池里分到的那份（{{share}}）多，照这个速度大约会用 {{forecast}}，流量池会提前用完。',
      action: '分到的那份不会限制这个号码，但流量池用完后全家都受影响。请它多连 Wi-Fi，或者到“套餐”页设上限。',
    },
    ESIM_UNSUPPORTED: {
      title: '{{line}} 上有只支持 eSIM 的设备，但这个套餐不支持 eSIM',
      body: '{{line}} 上的 {{devices}} 只能用 eSIM，而这个套餐注明不支持 eSIM，这台设备在这个号码上用不了。',
      bodyNoDevices: '{{line}} 上有一台设备只能用 eSIM，而这个套餐注明不支持 eSIM，这台设备在这个号码上用不了。',
      action: '向运营商确认一下，换一台有实体 SIM 卡槽的设备，或者到“比较套餐”页找支持 eSIM 的套餐。',
    },
  },
};

export const cycleMessages = { en, 'zh-CN': zhCN };
