/**
 * The three US network operators. Their current unlimited family plans are
 * per line (research §2, key answer 1): nothing moves between lines. Their
 * current price grids (myPlan, SL/EL/PL, Experience) were not found, so those
 * prices stay unknown.
 */
import { carrierEntry, carrierNote, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

export const verizon: Carrier = carrierEntry({
  id: 'verizon',
  name: 'Verizon',
  parentNetwork: null,
  networks: known(['verizon'], S.S11),
  account: {
    sharing: known(
      'per-line',
      S.S10,
      text(
        'Current unlimited plans are chosen per line (mix and match): each line has its own data. Older Shared Data plans pooled one allowance; they can no longer be added.',
        '现行的无限流量套餐每个号码各选各的（mix and match），每个号码的流量各用各的。旧的 Shared Data 套餐是全家共用一个流量池，但现在已经不能再新加。',
      ),
    ),
    maxLines: known(10, S.S10),
  },
  lineControls: {
    dataCap: unknown(
      text(
        'The retired Usage Controls let the account owner set a data allowance per line; what the current Smart Family app can do with data was not found.',
        '已停用的 Usage Controls 曾经可以给每个号码设流量上限；现在的 Smart Family 能否限制流量，没有找到说明。',
      ),
      S.S7,
    ),
    pauseData: unknown(),
  },
  hotspot: {
    // The allowance itself is on the Unlimited Ultimate tier below.
    allowed: known(true, S.S11),
  },
  gifting: {
    // The data-gift terms describe gifts bought for another Verizon customer
    // (shared by the receiving account, not transferable, gone at the end of
    // the next bill cycle); whether they can still be bought was not found.
    sameAccount: unknown(
      text(
        'Verizon\'s "data gifts" terms describe gifts bought for Verizon customers: shared by all lines of the receiving account, not transferable, expiring at the end of the next bill cycle. Whether they are still sold was not found.',
        'Verizon 的“data gifts”（流量礼包）条款写的是：买给 Verizon 用户的流量礼包，由收礼账户的所有号码共用，不能转让，下一个账单周期结束就失效。现在还能不能买，没有找到说明。',
      ),
      S.S13,
    ),
    otherAccount: unknown(
      text(
        'Data gifts could only be bought by and sent to Verizon customers; whether they are still sold was not found.',
        '流量礼包只能由 Verizon 用户购买、送给 Verizon 用户；现在还能不能买，没有找到说明。',
      ),
      S.S13,
    ),
  },
  addLine: {
    phone: known(true, S.S10, text('Each line picks its own plan.', '每个号码自己选套餐。')),
  },
  esim: known(
    true,
    S.S66,
    text(
      'Postpaid since Sep 2019; prepaid since Dec 31 2022 (new customers).',
      '后付费 (postpaid) 自 2019 年 9 月起支持；预付费 (prepaid) 自 2022 年 12 月 31 日起支持（限新用户）。',
    ),
  ),
  plans: {
    myplan: plan({
      name: 'myPlan Unlimited',
      status: known('current', S.S11),
      sharing: known('per-line', S.S10),
      tiers: {
        welcome: tier('Unlimited Welcome', { dataGB: known('unlimited', S.S11) }),
        plus: tier('Unlimited Plus', { dataGB: known('unlimited', S.S11) }),
        ultimate: tier('Unlimited Ultimate', {
          dataGB: known('unlimited', S.S11),
          hotspotGB: known(200, S.S11),
          hotspotSpeedAfterKbps: known(6000, S.S11),
        }),
      },
    }),
    'shared-data': plan({
      name: 'Shared Data (legacy)',
      status: known(
        'legacy',
        S.VZ_DATA_FAQ,
        text(
          'The 5 GB and 10 GB Shared Data plans can no longer be added.',
          '5 GB 和 10 GB 的 Shared Data 套餐已经不能再新加。',
        ),
      ),
      sharing: known('pooled', S.S10),
    }),
    prepaid: plan({
      name: 'Verizon Prepaid',
      status: unknown(),
      sharing: known(
        'billing-only',
        S.S69,
        text(
          'Prepaid multi-line: "data is not shared" (dealer page).',
          '预付费多号码套餐：“流量不共享”（经销商网页）。',
        ),
      ),
      tiers: {
        prepaid: tier('Prepaid', {
          hotspotSpeedAfterKbps: known(
            600,
            S.S70,
            text(
              'Hotspot add-on: $5/month for 10 GB, then 600 kbps (dealer email).',
              '热点加购包：每月 $5 得 10 GB，用完后 600 kbps（经销商邮件）。',
            ),
          ),
        }),
      },
    }),
  },
  notes: [
    carrierNote(
      S.S6,
      'Verizon sends no usage alerts on unlimited plans: track usage yourself.',
      'Verizon 的无限流量套餐不发用量提醒，需要自己留意用量。',
    ),
  ],
});

export const att: Carrier = carrierEntry({
  id: 'att',
  name: 'AT&T',
  parentNetwork: null,
  networks: known(['att'], S.S19),
  account: {
    sharing: known(
      'per-line',
      S.S56,
      text(
        'Unlimited plans give each line its own data. The older Mobile Share plans pooled data (with Rollover Data); AT&T Prepaid Multi-Line lines do not share data.',
        '无限流量套餐每个号码各有各的流量。旧的 Mobile Share 套餐是共享流量池（还有 Rollover Data 结转）；AT&T 预付费多号码套餐 (Prepaid Multi-Line) 的号码之间不共享流量。',
      ),
    ),
    maxLines: unknown(
      text(
        'AT&T Prepaid Multi-Line: up to 5 lines (owner + 4). Postpaid: not found.',
        'AT&T 预付费多号码套餐：最多 5 个号码（账户持有人 + 4 个）。后付费：没有找到。',
      ),
      S.S51,
    ),
  },
  lineControls: {
    dataCap: known(
      false,
      S.S19,
      text(
        "You can block a line's data until the end of the bill period, or permanently, but not set a GB limit.",
        '可以把某个号码的流量停到本账单周期结束，或者永久停用，但不能设定具体的 GB 上限。',
      ),
    ),
    pauseData: known(true, S.S19),
  },
  hotspot: {
    allowed: known(
      true,
      S.S56,
      text(
        '2019 plans: Extra 15 GB, Elite 30 GB of hotspot. Allowances of the current SL/EL/PL plans were not found.',
        '2019 年的套餐：Extra 热点 15 GB，Elite 热点 30 GB。现行 SL/EL/PL 套餐的热点额度没有找到。',
      ),
    ),
  },
  gifting: {
    sameAccount: unknown(
      text(
        'Rollover Data (Mobile Share) carries unused data over one bill cycle within the account and stays with the original account when a line moves. No way to give data to another line was found.',
        'Rollover Data（Mobile Share 套餐）把没用完的流量结转到下一个账单周期，只留在原账户，号码转走时不会带走。没有找到把流量给另一个号码的办法。',
      ),
      S.S52,
    ),
    otherAccount: unknown(),
  },
  addLine: {
    phone: known(
      true,
      S.S51,
      text(
        "AT&T Prepaid Multi-Line: the owner invites up to 4 member lines and pays their plans; the lines don't share data.",
        'AT&T 预付费多号码套餐：账户持有人最多邀请 4 个成员号码并替他们付月费；号码之间不共享流量。',
      ),
    ),
    dataOnly: unknown(
      text(
        "Plans for tablets, mobile hotspots and AT&T Wireless Internet don't get the Prepaid Multi-Line discount.",
        '平板、随身 Wi-Fi 和 AT&T Wireless Internet 的套餐不享受预付费多号码折扣。',
      ),
      S.S51,
    ),
  },
  esim: known(
    true,
    S.S66,
    text(
      'Postpaid since Sep 2019; prepaid since Dec 24 2022.',
      '后付费自 2019 年 9 月起支持；预付费自 2022 年 12 月 24 日起支持。',
    ),
  ),
  plans: {
    unlimited: plan({
      name: 'Unlimited Starter SL / Extra EL / Premium PL',
      status: known('current', S.S57),
      sharing: known('per-line', S.S57),
      tiers: {
        'starter-sl': tier('Unlimited Starter SL', { dataGB: known('unlimited', S.S57) }),
        'extra-el': tier('Unlimited Extra EL', {
          dataGB: known('unlimited', S.S57),
          premiumGB: known(
            75,
            S.S57,
            text('About 75 GB (low-quality blog, 2026).', '约 75 GB（低可信度博客，2026）。'),
          ),
        }),
        'premium-pl': tier('Unlimited Premium PL', {
          dataGB: known('unlimited', S.S57),
          premiumGB: known(
            'none',
            S.S57,
            text('Not slowed by usage (low-quality blog, 2026).', '不会因用量大而被降低优先级（低可信度博客，2026）。'),
          ),
        }),
      },
    }),
    'unlimited-2019': plan({
      name: 'Unlimited Starter / Extra / Elite (2019)',
      status: known('legacy', S.S57, text('Replaced by the SL/EL/PL plans.', '已被 SL/EL/PL 套餐取代。')),
      sharing: known('per-line', S.S56),
      tiers: {
        starter: tier('Unlimited Starter', {
          // Only the 1-line and 4-line prices were reported.
          pricePerLine: known(
            [65, null, null, 35],
            S.S56,
            text(
              '$65 for 1 line, $35 each for 4 lines (2019); AutoPay + paperless billing took $10/line off.',
              '1 个号码 $65，4 个号码每个 $35（2019 年）；AutoPay 自动扣款 + 电子账单每个号码再减 $10。',
            ),
          ),
          dataGB: known('unlimited', S.S56),
          premiumGB: known(
            0,
            S.S56,
            text('Can be slowed at any time.', '任何时候都可能被降低优先级 (deprioritization)。'),
          ),
        }),
        extra: tier('Unlimited Extra', {
          pricePerLine: known([75, null, null, 40], S.S56),
          dataGB: known('unlimited', S.S56),
          premiumGB: known(
            50,
            S.S54,
            text('May be slowed after 50 GB when the network is busy.', '用满 50 GB 后，网络繁忙时可能被降低优先级。'),
          ),
          hotspotGB: known(15, S.S56),
        }),
        elite: tier('Unlimited Elite', {
          pricePerLine: known([85, null, null, 50], S.S56),
          dataGB: known('unlimited', S.S56),
          hotspotGB: known(30, S.S56),
        }),
      },
    }),
    'mobile-share': plan({
      name: 'Mobile Share (legacy)',
      status: known('legacy', S.S52),
      sharing: known('pooled', S.S52),
    }),
    'prepaid-multi-line': plan({
      name: 'AT&T Prepaid Multi-Line',
      status: known('current', S.S51),
      sharing: known('billing-only', S.S51),
    }),
  },
});

export const tmobile: Carrier = carrierEntry({
  id: 'tmobile',
  name: 'T-Mobile',
  parentNetwork: null,
  networks: known(['tmobile'], S.S15),
  account: {
    sharing: known(
      'per-line',
      S.S58,
      text(
        'Unlimited lines each have their own data. Prepaid: up to 5 talk & text lines on one account get a multi-line discount.',
        '无限流量套餐每个号码各有各的流量。预付费：一个账户最多 5 个通话+短信号码，可享多号码折扣。',
      ),
    ),
    maxLines: unknown(
      text(
        'Prepaid: up to 5 talk & text lines. Postpaid: not found.',
        '预付费：最多 5 个通话+短信号码。后付费：没有找到。',
      ),
      S.S61,
    ),
  },
  lineControls: {
    dataCap: known(
      false,
      S.S16,
      text(
        'Family Allowances limits minutes, messages and downloads and "won\'t prevent overage"; it has no data cap.',
        'Family Allowances 只能限制通话分钟、短信和下载购买，也“不能防止超额”，没有流量上限功能。',
      ),
    ),
    pauseData: known(
      true,
      S.S15,
      text(
        'FamilyMode can pause or resume data; it needs an app on every line.',
        'FamilyMode 可以暂停/恢复流量，但每个号码的手机上都要装它的 App。',
      ),
    ),
  },
  hotspot: {
    allowed: known(
      true,
      S.S58,
      text(
        'Legacy Magenta: 3 GB, Magenta Plus: 20 GB of hotspot, then "3G speeds". Allowances of the current Experience plans were not found.',
        '旧 Magenta 套餐热点 3 GB，Magenta Plus 20 GB，之后降到“3G 速度”。现行 Experience 套餐的热点额度没有找到。',
      ),
    ),
  },
  addLine: {
    phone: known(
      true,
      S.S61,
      text('Prepaid: up to 5 talk & text lines on the same account.', '预付费：同一账户最多 5 个通话+短信号码。'),
    ),
    dataOnly: unknown(
      text(
        'Prepaid Mobile Internet (data-only) plans must be on a separate account.',
        '预付费的 Mobile Internet（纯流量）套餐必须单独开账户。',
      ),
      S.S61,
    ),
  },
  esim: known(true, S.S66, text('Prepaid since Dec 1 2018.', '预付费自 2018 年 12 月 1 日起支持。')),
  plans: {
    experience: plan({
      name: 'Experience More / Beyond',
      status: known('current', S.S58),
      sharing: known('per-line', S.S58),
      tiers: {
        more: tier('Experience More', { dataGB: known('unlimited', S.S58) }),
        beyond: tier('Experience Beyond', { dataGB: known('unlimited', S.S58) }),
      },
    }),
    magenta: plan({
      name: 'Magenta / Magenta Plus (legacy)',
      status: known('legacy', S.S58),
      sharing: known('per-line', S.S58),
      tiers: {
        magenta: tier('Magenta', {
          dataGB: known('unlimited', S.S58),
          premiumGB: known(50, S.S58),
          hotspotGB: known(3, S.S58),
        }),
        'magenta-plus': tier('Magenta Plus', {
          dataGB: known('unlimited', S.S58),
          hotspotGB: known(20, S.S58),
        }),
      },
    }),
    essentials: plan({
      name: 'Essentials (legacy)',
      status: known('legacy', S.S59),
      sharing: known('per-line', S.S59),
      tiers: {
        essentials: tier('Essentials', {
          dataGB: known('unlimited', S.S59),
          premiumGB: known(0, S.S59, text('Always deprioritised.', '始终被降低优先级 (deprioritized)。')),
        }),
      },
    }),
    prepaid: plan({
      name: 'T-Mobile Prepaid',
      status: known('current', S.S61),
      sharing: unknown(
        text(
          'Lines get a multi-line discount; whether they share data is not stated.',
          '多个号码有折扣；是否共享流量没有说明。',
        ),
        S.S61,
      ),
    }),
  },
});
