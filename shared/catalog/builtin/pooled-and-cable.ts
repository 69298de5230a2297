/**
 * Carriers where true data pools exist today (research §2, key answer 2):
 * pay-per-GB or by-the-gig plans (Google Fi Flexible, US Mobile Pools,
 * Spectrum and Xfinity By the Gig) next to per-line unlimited plans; plus
 * Consumer Cellular, which the research does not cover at all.
 */
import { carrierEntry, carrierNote, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

/** Flexible's calls-and-texts price is given as a total for 1–6 people; the catalog stores it per line. */
const FI_FLEXIBLE_TOTAL_USD = [20, 35, 50, 65, 80, 95];

export const googlefi: Carrier = carrierEntry({
  id: 'googlefi',
  name: 'Google Fi',
  parentNetwork: 'tmobile',
  networks: known(['tmobile', 'uscellular'], S.S3),
  account: {
    sharing: known(
      'mixed',
      S.S2,
      text(
        'Flexible: the group pays per GB with one Bill Protection level for the whole group. Unlimited plans: data per person.',
        'Flexible：全组按 GB 计费，整组共用一个 Bill Protection（封顶）档位。Unlimited 套餐：每人各自的流量。',
      ),
    ),
    maxLines: known(6, S.S2, text('Prices are listed for groups of 1 to 6 people.', '价格表列出 1 到 6 人的群组。')),
  },
  lineControls: {
    dataCap: known(
      true,
      S.S1,
      text(
        'The group manager sets a "slow data at" limit per member: at the limit speed drops to 256 kbps, and data is still charged.',
        '群组管理员可以给每个成员设“slow data at”（到量降速）：到了限额降到 256 kbps，用掉的流量照样计费。',
      ),
    ),
  },
  hotspot: {
    allowed: known(
      true,
      S.S4,
      text(
        'Flexible: hotspot data is billed like any other data ($10/GB).',
        'Flexible：热点用的流量和普通流量一样按 $10/GB 计费。',
      ),
    ),
  },
  gifting: {
    sameAccount: known(
      false,
      S.S1,
      text(
        'No gifting; on Flexible the group already pays for data together.',
        '没有转赠功能；Flexible 本来就是全组一起付流量费。',
      ),
    ),
    otherAccount: known(false, S.S1),
    giftLine: known(false, S.S1),
  },
  addLine: {
    phone: known(true, S.S2),
    phonePriceUSD: known(
      15,
      S.S2,
      text(
        'Flexible: $20 for the first person + $15 per member, plus $10/GB.',
        'Flexible：第一人 $20，之后每位成员 $15，流量另按 $10/GB 计。',
      ),
    ),
    dataOnly: known(
      true,
      S.S1,
      text('Up to 4 data-only SIMs (tablets, etc.).', '最多 4 张纯流量 SIM 卡（平板等设备用）。'),
    ),
  },
  plans: {
    flexible: plan({
      name: 'Flexible',
      status: known('current', S.S2),
      sharing: known('pooled', S.S2),
      payPerGB: {
        priceUSD: known(10, S.S2),
        billedGBCap: known(
          [6, 10, 12, 14, 16, 18],
          S.S2,
          text(
            'Bill Protection: data is billed up to 6 / 10 / 12 / 14 / 16 / 18 GB for 1–6 people.',
            'Bill Protection：1–6 人分别最多按 6 / 10 / 12 / 14 / 16 / 18 GB 收费。',
          ),
        ),
      },
      tiers: {
        flexible: tier('Flexible', {
          pricePerLine: known(
            FI_FLEXIBLE_TOTAL_USD.map((total, i) => total / (i + 1)),
            S.S2,
            text(
              'Calls & texts: $20 / $35 / $50 / $65 / $80 / $95 in total for 1–6 people, before data.',
              '通话+短信：1–6 人合计 $20 / $35 / $50 / $65 / $80 / $95，不含流量费。',
            ),
          ),
          dataGB: known(
            15,
            S.S1,
            text(
              '15 GB of full-speed data per person, then 256 kbps; $10/GB buys full speed back.',
              '每人 15 GB 全速流量，之后降到 256 kbps；每 GB 付 $10 可恢复全速。',
            ),
          ),
          speedAfterDataKbps: known(256, S.S1),
          hotspotGB: known(
            'unlimited',
            S.S4,
            text(
              'No separate hotspot cap: hotspot data is ordinary data.',
              '热点没有单独的上限：热点流量就是普通流量。',
            ),
          ),
        }),
      },
    }),
    unlimited: plan({
      name: 'Unlimited (older price table)',
      status: unknown(
        text(
          'From an older table on the support page; current prices may differ.',
          '来自客服页面上一张较旧的价格表；现行价格可能不同。',
        ),
      ),
      sharing: known(
        'per-line',
        S.S5,
        text('Data per person (zh-TW write-up, 2019).', '每人各自的流量（繁体中文整理，2019）。'),
      ),
      tiers: {
        unlimited: tier('Unlimited', {
          pricePerLine: known([70, 60, 50, 45, 45, 45], S.S2),
          dataGB: known('unlimited', S.S2),
        }),
      },
    }),
  },
});

export const usmobile: Carrier = carrierEntry({
  id: 'usmobile',
  name: 'US Mobile',
  parentNetwork: null,
  networks: known(
    ['verizon', 'tmobile', 'att'],
    S.S40,
    text(
      'Runs on Verizon ("Warp"), T-Mobile and AT&T ("Dark Star").',
      '使用 Verizon（“Warp”）、T-Mobile 和 AT&T（“Dark Star”）的网络。',
    ),
  ),
  account: {
    sharing: known(
      'mixed',
      S.S42,
      text(
        'By-the-gig Pools share one amount of data between lines; plan changes take effect at renewal. Unlimited plans are sold too.',
        '按 GB 的 Pools（流量池）是多个号码共用一份流量；改套餐在续费时生效。另外也有 Unlimited 套餐。',
      ),
    ),
  },
  lineControls: {
    dataCap: unknown(
      text(
        'Pools send emails at 90% and 100% and the app shows when the pool is "on track to go over"; a per-line GB limit was not found.',
        'Pools 在用到 90% 和 100% 时发邮件提醒，App 会显示流量池是否“有望超额”；没有找到按号码设 GB 上限的功能。',
      ),
      S.S41,
    ),
  },
  hotspot: {
    allowed: known(
      true,
      S.S40,
      text(
        'By-the-gig: hotspot is included and comes out of the pool.',
        '按 GB 的套餐：包含热点，热点流量从流量池里扣。',
      ),
    ),
  },
  gifting: {
    giftLine: known(
      true,
      S.S43,
      text(
        '"Gift a line": a purchased plan is sent by email, for a new or ported number only, not onto an existing line. Unclaimed gifts come back after 30 days.',
        '“Gift a line”（送一个号码的套餐）：买好的套餐通过邮件送出，只能用于新号码或携号转入 (port-in) 的号码，不能加到对方现有的号码上。30 天没人领取就退回。',
      ),
    ),
  },
  addLine: {
    phone: known(true, S.S42),
    phonePriceUSD: known(
      8,
      S.S42,
      text(
        'Pools: $8 per extra line, prorated; the pool price includes the first line.',
        'Pools：每多一个号码 $8，按天折算；流量池价格已含第一个号码。',
      ),
    ),
  },
  esim: known(true, S.S65),
  plans: {
    pools: plan({
      name: 'By the Gig Pools',
      status: known('current', S.S40),
      sharing: known('pooled', S.S42),
    }),
    'unlimited-premium': plan({
      name: 'Unlimited Premium',
      status: known('current', S.S67),
      sharing: unknown(),
      tiers: {
        premium: tier('Unlimited Premium', {
          dataGB: known('unlimited', S.S67),
          hotspotGB: known(
            100,
            S.S67,
            text(
              'On Dark Star (AT&T), hotspot is cut off above 100 GB.',
              '在 Dark Star（AT&T 网络）上，热点超过 100 GB 会被切断。',
            ),
          ),
          hotspotSpeedAfterKbps: known(0, S.S67),
        }),
      },
    }),
  },
});

export const spectrum: Carrier = carrierEntry({
  id: 'spectrum',
  name: 'Spectrum Mobile',
  parentNetwork: 'verizon',
  networks: known(
    ['verizon'],
    S.SPECTRUM_LAUNCH,
    text(
      "An MVNO on Verizon's network, for Spectrum Internet customers.",
      '使用 Verizon 网络的虚拟运营商 (MVNO)，只卖给 Spectrum 宽带用户。',
    ),
  ),
  account: {
    sharing: known(
      'mixed',
      S.S44,
      text(
        "By the Gig lines share data with each other (up to 10 lines); an Unlimited line can't share. Requires Spectrum Internet.",
        'By the Gig 的号码之间共享流量（最多 10 个）；Unlimited 号码不能共享。必须有 Spectrum 宽带。',
      ),
    ),
    maxLines: known(10, S.S44),
  },
  hotspot: {
    allowed: known(
      true,
      S.S45,
      text('Hotspot use counts as normal data (older forum post).', '热点用量按普通流量计算（较早的论坛帖子）。'),
    ),
  },
  gifting: {
    sameAccount: known(
      false,
      S.S44,
      text(
        'No gifting; lines can switch between Unlimited and By the Gig.',
        '没有转赠；号码可以在 Unlimited 和 By the Gig 之间切换。',
      ),
    ),
    otherAccount: known(false, S.S44),
    giftLine: known(false, S.S44),
  },
  addLine: {
    phone: known(true, S.S44),
    phonePriceUSD: known(
      20,
      S.S44,
      text(
        'By the Gig: $20 per line including 1 GB; each extra GB $5, shared.',
        'By the Gig：每个号码 $20 含 1 GB；超出部分每 GB $5，全家共用。',
      ),
    ),
  },
  plans: {
    'by-the-gig': plan({
      name: 'By the Gig',
      status: known('current', S.S44),
      sharing: known('pooled', S.S44),
      payPerGB: {
        priceUSD: known(5, S.S44),
        includedGBPerLine: known(1, S.S44),
      },
      tiers: {
        'by-the-gig': tier('By the Gig', { pricePerLine: known([20], S.S44) }),
      },
    }),
    unlimited: plan({
      name: 'Unlimited / Unlimited Plus',
      status: unknown(),
      sharing: known('per-line', S.S44),
      tiers: {
        unlimited: tier('Unlimited', {
          premiumGB: unknown(
            text(
              'Older forum post: 20 GB, then reduced; a quiz page says 30 GB (low quality).',
              '较早的论坛帖子：20 GB 后降低优先级；一个问答页面说 30 GB（低可信度）。',
            ),
            S.S45,
          ),
        }),
        plus: tier('Unlimited Plus', {
          premiumGB: unknown(
            text('A quiz page says 50 GB (low quality).', '一个问答页面说 50 GB（低可信度）。'),
            S.S112,
          ),
        }),
      },
    }),
  },
});

export const xfinity: Carrier = carrierEntry({
  id: 'xfinity',
  name: 'Xfinity Mobile',
  parentNetwork: 'verizon',
  networks: known(
    ['verizon'],
    S.XFINITY_NETWORK,
    text(
      "An MVNO on Verizon's network, plus Xfinity Wi-Fi hotspots.",
      '使用 Verizon 网络的虚拟运营商，外加 Xfinity Wi-Fi 热点。',
    ),
  ),
  account: {
    sharing: known(
      'mixed',
      S.S47,
      text(
        'By the Gig data is shared by the By the Gig lines; Unlimited lines can be mixed in on the same account, each with its own data.',
        'By the Gig 的流量由 By the Gig 号码共用；同一账户里也可以混搭 Unlimited 号码，各用各的流量。',
      ),
    ),
  },
  hotspot: {
    allowed: known(
      true,
      S.S47,
      text('By the Gig: hotspot counts against the shared data.', 'By the Gig：热点计入共享流量。'),
    ),
  },
  gifting: {
    sameAccount: known(false, S.S47),
    otherAccount: known(false, S.S47),
    giftLine: known(false, S.S47),
  },
  addLine: {
    phone: known(true, S.S47),
    dataOnly: known(
      true,
      S.S46,
      text(
        'Tablet Unlimited: a plan for tablets (15 GB of priority data).',
        'Tablet Unlimited：平板专用套餐（15 GB 优先流量）。',
      ),
    ),
  },
  plans: {
    unlimited: plan({
      name: 'Premium Unlimited / Unlimited',
      status: known('current', S.S46),
      sharing: known('per-line', S.S47),
      tiers: {
        premium: tier('Premium Unlimited', {
          dataGB: known('unlimited', S.S46),
          premiumGB: known(
            100,
            S.S46,
            text('100 GB of priority data; not slowed after it.', '100 GB 优先流量；用完后网速也不会变慢。'),
          ),
        }),
        unlimited: tier('Unlimited', {
          pricePerLine: known([45], S.S49, text('Older price (2019).', '旧价格（2019 年）。')),
          dataGB: known(30, S.S46),
          speedAfterDataKbps: known(
            1500,
            S.S46,
            text('After 30 GB: 1.5 Mbps down / 750 kbps up.', '30 GB 之后：下行 1.5 Mbps / 上行 750 kbps。'),
          ),
          premiumGB: known(30, S.S46),
        }),
      },
    }),
    'by-the-gig': plan({
      name: 'By the Gig',
      status: known('current', S.S46),
      sharing: known('pooled', S.S47),
      tiers: {
        'by-the-gig': tier('By the Gig', {
          premiumGB: known(20, S.S46),
          speedAfterDataKbps: known(1500, S.S46),
        }),
      },
    }),
    tablet: plan({
      name: 'Tablet Unlimited',
      status: known('current', S.S46),
      sharing: unknown(),
      tiers: { tablet: tier('Tablet Unlimited', { premiumGB: known(15, S.S46) }) },
    }),
  },
  notes: [
    carrierNote(
      S.S49,
      'Older By the Gig prices (2019): shared 1 GB $15, 3 GB $30, 10 GB $60 a month.',
      '旧的 By the Gig 价格（2019 年）：共享 1 GB $15、3 GB $30、10 GB $60 每月。',
    ),
  ],
});

/** Not covered by the research notes: every fact stays unknown until a source is found. */
export const consumercellular: Carrier = carrierEntry({
  id: 'consumercellular',
  name: 'Consumer Cellular',
  parentNetwork: null,
  networks: unknown(),
});
