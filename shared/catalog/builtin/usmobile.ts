/**
 * US Mobile: a multi-network MVNO (Verizon "Warp", T-Mobile "Light Speed",
 * AT&T "Dark Star"). By-the-gig Pools share one amount of data.
 */
import { carrierEntry, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

const POOL_SHARED = 'In a pool, our subscribers can set up multiple lines to draw from a shared “pool” of data.';

export const usmobile: Carrier = carrierEntry({
  id: 'usmobile',
  name: 'US Mobile',
  parentNetwork: null,
  networks: unknown(
    text(
      'A 2026 press guide names its three networks (Warp on Verizon, Light Speed on T-Mobile, Dark Star on AT&T); its words could not be read for a quote.',
      '一篇 2026 年的报道列出三张网络（Warp 用 Verizon、Light Speed 用 T-Mobile、Dark Star 用 AT&T）；原文无法读取引用。',
    ),
    S.USM_NETWORKS,
  ),
  account: {
    sharing: known(
      'mixed',
      S.USM_BY_THE_GIG,
      'As an added bonus, you can share that data across multiple lines, which makes them a great fit for families, groups, and businesses.',
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
      S.USM_RUN_OUT,
    ),
  },
  hotspot: {
    allowed: known(true, S.USM_BY_THE_GIG, 'Hotspot data Included'),
  },
  gifting: {
    giftLine: known(
      true,
      S.USM_GIFT,
      'A gifted line can only be used to activate a new number or port in an existing one from another carrier. It cannot be used to apply the plan on an existing US Mobile line.',
      text(
        '"Gift a line": a purchased plan is sent by email, for a new or ported number only, not onto an existing line. Unclaimed gifts come back after 30 days.',
        '“Gift a line”（送一个号码的套餐）：买好的套餐通过邮件送出，只能用于新号码或携号转入 (port-in) 的号码，不能加到对方现有的号码上。30 天没人领取就退回。',
      ),
    ),
  },
  addLine: {
    phone: known(
      true,
      S.USM_BY_THE_GIG,
      'You can add or remove lines at any time during the billing cycle. If you add a line mid-cycle, the access fee is prorated based on the remaining days.',
    ),
    phonePriceUSD: known(
      8,
      S.USM_BY_THE_GIG,
      "For example, adding a line 10 days into the cycle means you'll be charged 2/3 of the $8 access fee (~$5.33).",
      text(
        'Pools: $8 per extra line, prorated; the pool price includes the first line.',
        'Pools：每多一个号码 $8，按天折算；流量池价格已含第一个号码。',
      ),
    ),
  },
  esim: known(true, S.USM_ACTIVATE, 'We recommend eSIM'),
  plans: {
    pools: plan({
      name: 'By the Gig Pools',
      status: known(
        'current',
        S.USM_BY_THE_GIG,
        'By-the-gig plans are our most flexible plan option, allowing you to purchase exactly the data you need.',
      ),
      sharing: known('pooled', S.USM_POOLS, POOL_SHARED),
    }),
    'unlimited-premium': plan({
      name: 'Unlimited Premium',
      status: unknown(),
      sharing: unknown(),
      tiers: {
        premium: tier('Unlimited Premium', {
          hotspotGB: unknown(
            text(
              'A press piece reports that on Dark Star (AT&T) hotspot is cut off above 100 GB; its words could not be read for a quote.',
              '一篇报道说在 Dark Star（AT&T 网络）上热点超过 100 GB 会被切断；原文无法读取引用。',
            ),
            S.USM_FINE_PRINT,
          ),
        }),
      },
    }),
  },
});
