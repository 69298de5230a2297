/**
 * Prepaid brands and MVNOs. Their "family plans" are mostly billing-only
 * (research §2, key answer 3): lines share a bill or a discount, not data.
 */
import { carrierEntry, carrierNote, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

export const visible: Carrier = carrierEntry({
  id: 'visible',
  name: 'Visible',
  parentNetwork: 'verizon',
  networks: known(
    ['verizon'],
    S.S108,
    text("Owned by Verizon and runs on Verizon's network.", 'Verizon 旗下品牌，使用 Verizon 的网络。'),
  ),
  account: {
    sharing: known(
      'separate-accounts',
      S.S108,
      text(
        "Party Pay: up to 4 people, each with their own account and bill; the bigger the party, the less each pays. Nobody manages the others' lines.",
        'Party Pay：最多 4 人，每人有自己的账户、自己付账；人越多每人越便宜。没有人管理别人的号码。',
      ),
    ),
  },
  lineControls: {
    // Party Pay is built so that no single person manages the plan (S108).
    dataCap: known(
      false,
      S.S108,
      text(
        'Party members have separate accounts; no one can limit another member.',
        '成员各自独立账户，谁也不能限制别人的流量。',
      ),
    ),
    pauseData: known(false, S.S108),
  },
  hotspot: {
    allowed: known(
      true,
      S.S62,
      text(
        'Base plan: hotspot limited to 5 Mbps. Visible+ Pro: "unlimited hotspot", one device at a time.',
        '基础套餐：热点速度最高 5 Mbps。Visible+ Pro：“无限热点”，一次只能连一台设备。',
      ),
    ),
  },
  addLine: {
    phone: known(
      false,
      S.S108,
      text(
        "You can't pay for someone else's line: they open their own Visible account and join your Party.",
        '不能替别人付号码的钱：对方自己开 Visible 账户，再加入你的 Party。',
      ),
    ),
  },
  esim: known(true, S.S109, text('Android eSIM set-up was clunky in 2022.', '2022 年时安卓手机开通 eSIM 比较麻烦。')),
  plans: {
    'party-pay': plan({
      name: 'Visible Party Pay',
      status: unknown(text('Launched in 2019; current prices were not found.', '2019 年推出；现行价格没有找到。')),
      sharing: known('separate-accounts', S.S108),
      tiers: {
        visible: tier('Visible', {
          pricePerLine: known(
            [40, 35, 30, 25],
            S.S108,
            text('Per person by party size, 1 to 4 people (2019).', '按 Party 人数每人价格，1 到 4 人（2019 年）。'),
          ),
          dataGB: known('unlimited', S.S108),
          premiumGB: known(
            0,
            S.S108,
            text('Can be slowed whenever the network is congested.', '网络繁忙时随时可能被降低优先级。'),
          ),
          hotspotGB: unknown(text('Hotspot speed limited to 5 Mbps.', '热点速度最高 5 Mbps。'), S.S62),
        }),
      },
    }),
    'visible-plus-pro': plan({
      name: 'Visible+ Pro',
      status: unknown(),
      sharing: known('separate-accounts', S.S108),
      tiers: {
        pro: tier('Visible+ Pro', {
          hotspotGB: known(
            'unlimited',
            S.S64,
            text(
              '"Unlimited hotspot", one device at a time; what counts as excessive is unclear.',
              '“无限热点”，一次只能连一台设备；什么算“过量使用”并不清楚。',
            ),
          ),
        }),
      },
    }),
  },
});

export const cricket: Carrier = carrierEntry({
  id: 'cricket',
  name: 'Cricket Wireless',
  parentNetwork: 'att',
  networks: known(['att'], S.CRICKET_WIKI, text('A wholly owned subsidiary of AT&T.', 'AT&T 的全资子公司。')),
  account: {
    sharing: known(
      'billing-only',
      S.S50,
      text(
        '"Cricket lines do not share data." Group Save discounts more lines on one account.',
        '“Cricket 的号码之间不共享流量。”Group Save 只是同一账户多个号码打折。',
      ),
    ),
  },
  addLine: {
    phone: known(true, S.S50),
    phonePriceUSD: unknown(
      text(
        'Group Save: up to $70/month off in total; the discount on lines 4–5 was cut to $20 from Nov 2017.',
        'Group Save：合计每月最多减 $70；自 2017 年 11 月起第 4–5 个号码的折扣降为 $20。',
      ),
      S.S50,
    ),
  },
  plans: {
    unlimited: plan({
      name: 'Cricket Unlimited',
      status: unknown(),
      sharing: known('billing-only', S.S50),
      tiers: {
        unlimited: tier('Unlimited', {
          dataGB: known('unlimited', S.S110),
          premiumGB: known(
            22,
            S.S110,
            text(
              'May be slowed after 22 GB when congested; top speed 3 Mbps (copied terms, low quality).',
              '用满 22 GB 后，网络繁忙时可能被降低优先级；最高 3 Mbps（转载条款，低可信度）。',
            ),
          ),
        }),
      },
    }),
  },
});

export const metro: Carrier = carrierEntry({
  id: 'metro',
  name: 'Metro by T-Mobile',
  parentNetwork: 'tmobile',
  networks: known(
    ['tmobile'],
    S.METRO_WIKI,
    text(
      "A prepaid brand owned by T-Mobile US, on T-Mobile's network.",
      'T-Mobile 旗下的预付费品牌，使用 T-Mobile 网络。',
    ),
  ),
  lineControls: {
    pauseData: unknown(
      text(
        "T-Mobile's family-control page names Metro accounts, but which controls Metro lines get is not stated.",
        'T-Mobile 的家庭管控页面提到了 Metro 账户，但 Metro 号码具体能用哪些管控没有说明。',
      ),
      S.S17,
    ),
  },
});

export const boost: Carrier = carrierEntry({
  id: 'boost',
  name: 'Boost Mobile',
  parentNetwork: null,
  networks: known(
    ['dish', 'att', 'tmobile'],
    S.BOOST_WIKI,
    text(
      'Owned by EchoStar; its own 5G network plus the AT&T and T-Mobile networks.',
      'EchoStar 旗下；自有 5G 网络，另外也用 AT&T 和 T-Mobile 的网络。',
    ),
  ),
  esim: unknown(
    text(
      'Described as pro-eSIM in 2022, without saying which lines support it.',
      '2022 年的报道说它支持推广 eSIM，但没说哪些号码能用。',
    ),
    S.S65,
  ),
  notes: [
    carrierNote(
      S.BOOST_2025,
      'In 2025 EchoStar sold spectrum to AT&T; Boost is moving its traffic to AT&T and T-Mobile as a hybrid MVNO. Expect plan changes.',
      '2025 年 EchoStar 把频谱卖给了 AT&T，Boost 正在把用户转到 AT&T 和 T-Mobile 网络上（混合型虚拟运营商 MVNO），套餐可能会变。',
    ),
  ],
});

export const mint: Carrier = carrierEntry({
  id: 'mint',
  name: 'Mint Mobile',
  parentNetwork: 'tmobile',
  networks: known(
    ['tmobile'],
    S.MINT_NETWORK,
    text(
      'Mint customers are on the T-Mobile network; T-Mobile agreed to buy Mint in 2023.',
      'Mint 用户都在 T-Mobile 网络上；T-Mobile 于 2023 年同意收购 Mint。',
    ),
  ),
  account: {
    sharing: known(
      'billing-only',
      S.S37,
      text(
        'Mint Family: "You share savings, not data." The primary pays for up to 5 accounts and sees each member\'s usage in real time.',
        'Mint Family：“共享的是优惠，不是流量。”主账户替最多 5 个账户付费，可以实时看到每个成员的用量。',
      ),
    ),
    maxLines: known(5, S.S37, text('Up to 5 accounts in a Mint Family.', '一个 Mint Family 最多 5 个账户。')),
  },
  lineControls: {
    dataCap: unknown(
      text(
        "The primary approves members' data add-ons; a GB limit per member was not found.",
        '主账户要批准成员加购流量；没有找到按成员设 GB 上限的功能。',
      ),
      S.S38,
    ),
  },
  gifting: {
    sameAccount: known(false, S.S37, text('No member-to-member data transfer.', '成员之间不能互转流量。')),
    buyDataForMember: known(
      true,
      S.S38,
      text('The primary can buy add-on data for a member.', '主账户可以替成员加购流量。'),
    ),
  },
  addLine: {
    phone: known(
      true,
      S.S37,
      text(
        'A member line costs the same as a single line: "no need for discounts".',
        '成员号码和单独一个号码同价：“不需要折扣”。',
      ),
    ),
  },
  esim: known(true, S.S65, text('Since about 2020.', '大约 2020 年起支持。')),
  plans: {
    family: plan({
      name: 'Mint Family',
      status: known('current', S.S37),
      sharing: known('billing-only', S.S37),
    }),
  },
  notes: [
    carrierNote(
      S.S39,
      'Mint Family: 12-month plans can be paid in 3-month chunks.',
      'Mint Family：12 个月的套餐可以按 3 个月分期付。',
    ),
  ],
});

export const straighttalk: Carrier = carrierEntry({
  id: 'straighttalk',
  name: 'Straight Talk',
  parentNetwork: 'verizon',
  networks: known(
    ['verizon', 'att', 'tmobile'],
    S.TRACFONE_WIKI,
    text(
      'A TracFone brand; Verizon has owned TracFone since November 2021. TracFone has agreements with AT&T, T-Mobile and Verizon; which one a given line uses was not found.',
      'TracFone 旗下品牌；Verizon 自 2021 年 11 月起拥有 TracFone。TracFone 和 AT&T、T-Mobile、Verizon 都有合作，某个号码具体用哪家网络没有找到说明。',
    ),
  ),
});

export const total: Carrier = carrierEntry({
  id: 'total',
  name: 'Total Wireless',
  parentNetwork: 'verizon',
  networks: known(
    ['verizon'],
    S.TOTAL_NAD,
    text(
      '"Total by Verizon": a TracFone brand, TracFone being a Verizon subsidiary.',
      '“Total by Verizon”：TracFone 旗下品牌，TracFone 是 Verizon 的子公司。',
    ),
  ),
  notes: [
    carrierNote(
      S.S71,
      'Data add-ons are said to carry over from month to month (low-quality page).',
      '据说加购的流量可以逐月结转（低可信度网页）。',
    ),
  ],
});
