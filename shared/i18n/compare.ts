/**
 * Strings of the Compare page: the carrier catalog's plans and the household's
 * own, ranked for its lines. The engine's reasons are English sentences with
 * numbers; the common ones are said again here in the user's language.
 */
const en = {
  nav: 'Compare',
  title: 'Compare plans',
  intro:
    'How well each plan Datapool knows fits your lines, cheapest fitting plan first. Your own plan is in the list too.',
  sources:
    'Prices and terms of the carriers’ plans come from public sources, each with the date it was last checked; the Carriers and Share data pages show them. A plan’s name says when its prices come from an older page. Plans change often: confirm the price and terms with the carrier before you switch.',
  noValue: '—',
  refreshing: 'Updating…',
  failed: 'Datapool could not compare plans.',
  retry: 'Try again',
  noLinesTitle: 'No lines to compare for',
  noLinesBody:
    'Plans are compared for your lines and the devices on them. Add your lines on the Plans page and your devices on the Household page.',
  addLines: 'Add lines',
  caption: 'Plans ranked for your household',
  columns: {
    plan: 'Plan',
    carrier: 'Carrier',
    fits: 'Fits?',
    monthly: 'Per month',
    tiers: 'Tier per line',
    reasons: 'Why not',
  },
  fits: 'Fits',
  doesNotFit: 'Doesn’t fit',
  priceUnknown: 'Price unknown',
  yourPlan: 'Your plan',
  noTiers: 'Same for every line',
  tierOf: '{{line}}: {{tier}}',
  summary_one: '{{count}} plan fits your lines.',
  summary_other: '{{count}} plans fit your lines.',
  summaryNone: 'No plan in the list fits all your lines.',
  reasons: {
    pool: 'The pool ({{pool}}) is smaller than what your lines need ({{demand}}).',
    data: '{{line}} needs {{demand}} but gets {{data}} of data.',
    hotspot: '{{line}} tethers {{load}} but gets {{hotspot}} of hotspot.',
    premium: '{{line}} needs {{demand}} of priority data but gets {{premium}}.',
    noTier: 'No tier fits {{line}} ({{needs}}).',
    needsDemand: 'needs {{gb}}',
    needsHotspot: 'tethers {{gb}}',
    needsPremium: 'needs priority data',
    noEsim: 'No eSIM support, but {{lines}} has an eSIM-only device.',
    esimUnknown: 'eSIM support is unknown, and {{lines}} has an eSIM-only device.',
  },
};

const zhCN: typeof en = {
  nav: '比较套餐',
  title: '比较套餐',
  intro: '看看 Datapool 知道的各个套餐是否适合你家的号码，适合的套餐里最便宜的排在前面。你现在的套餐也在列表里。',
  sources:
    '各运营商套餐的价格和条款来自公开资料，每一项都注明了最近核实的日期，可以在“运营商资料”和“流量共享”页查看。如果价格来自较早的网页，套餐名称里会注明。套餐经常变化，换套餐前请先向运营商确认价格和条款。',
  noValue: '—',
  refreshing: '正在更新…',
  failed: 'Datapool 没能比较套餐。',
  retry: '重试',
  noLinesTitle: '还没有可以比较的号码',
  noLinesBody: '比较套餐是按你家的号码和设备来算的。请先在“套餐”页添加号码，在“家庭”页添加设备。',
  addLines: '添加号码',
  caption: '按你家情况排好的套餐',
  columns: {
    plan: '套餐',
    carrier: '运营商',
    fits: '是否够用',
    monthly: '每月费用',
    tiers: '各号码的档位',
    reasons: '不够用的原因',
  },
  fits: '够用',
  doesNotFit: '不够用',
  priceUnknown: '价格不详',
  yourPlan: '你现在的套餐',
  noTiers: '各号码相同',
  tierOf: '{{line}}：{{tier}}',
  summary_one: '有 {{count}} 个套餐够你家用。',
  summary_other: '有 {{count}} 个套餐够你家用。',
  summaryNone: '列表里没有一个套餐能满足所有号码。',
  reasons: {
    pool: '流量池（{{pool}}）比各号码共需的流量（{{demand}}）少。',
    data: '{{line}} 需要 {{demand}}，但只有 {{data}} 高速流量。',
    hotspot: '{{line}} 的热点要用 {{load}}，但热点额度只有 {{hotspot}}。',
    premium: '{{line}} 需要 {{demand}} 优先流量，但只有 {{premium}}。',
    noTier: '没有适合 {{line}} 的档位（{{needs}}）。',
    needsDemand: '需要 {{gb}}',
    needsHotspot: '热点 {{gb}}',
    needsPremium: '需要优先流量',
    noEsim: '不支持 eSIM，但 {{lines}} 上有只支持 eSIM 的设备。',
    esimUnknown: '不清楚是否支持 eSIM，而 {{lines}} 上有只支持 eSIM 的设备。',
  },
};

export const compareMessages = { en, 'zh-CN': zhCN };
