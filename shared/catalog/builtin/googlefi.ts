/**
 * Google Fi Wireless: on T-Mobile only since the US Cellular partnership
 * ended in February 2023. Flexible is pay-per-GB with Bill Protection; the
 * unlimited plans give each person their own full-speed limit.
 */
import { carrierEntry, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

/** Flexible's calls-and-texts price is given as a total for 1–6 people; the catalog stores it per line. */
const FI_FLEXIBLE_TOTAL_USD = [20, 35, 50, 65, 80, 95];
const FLEXIBLE_GROUP =
  'Calls & texts for the group plan owner is $20/month and each additional group member is $15/month. Shared data is $10/GB for all group members until you reach your Bill Protection level.';
const FLEXIBLE_15GB = 'Flexible plans allow up to 15 GB of full-speed data.';
const SLOWED_256 =
  'To offer the best experience to as many users as possible, any data used after you reach your data limit is throttled or slowed to 256 kbps.';

export const googlefi: Carrier = carrierEntry({
  id: 'googlefi',
  name: 'Google Fi',
  parentNetwork: 'tmobile',
  networks: known(
    ['tmobile'],
    S.FI_WIKI,
    'In February 2023, Google Fi and US Cellular discontinued their partnership, leaving T-Mobile as the only network usable with it in the US.',
  ),
  account: {
    sharing: known(
      'mixed',
      S.FI_GROUP,
      'Shared data is $10/GB for all group members until you reach your Bill Protection level. … The new Fi Unlimited Plan will be based on a per-line price.',
      text(
        'Flexible: the group pays per GB with one Bill Protection level for the whole group. Unlimited plans: each person has their own full-speed limit.',
        'Flexible：全组按 GB 计费，整组共用一个 Bill Protection（封顶）档位。Unlimited 套餐：每人有自己的全速流量上限。',
      ),
    ),
    maxLines: known(
      6,
      S.FI_GROUP,
      'You can add up to 5 friends and family members to your Google Fi group plan, for a total of 6 people.',
    ),
  },
  lineControls: {
    dataCap: known(
      true,
      S.FI_BILL_PROTECTION,
      'You can also decide how much data can be used before data is slowed down. When you reach a slow data limit, data speeds reduce to 256 kbps. Important: You’re still charged for data used at this slower speed.',
      text(
        'The group owner sets a "slow data at" limit per member: at the limit speed drops to 256 kbps, and data is still charged.',
        '群组所有者可以给每个成员设“slow data at”（到量降速）：到了限额降到 256 kbps，用掉的流量照样计费。',
      ),
    ),
  },
  hotspot: {
    allowed: known(
      true,
      S.FI_UPPHONE,
      'Hotspot is included and draws from the same pay-per-GB pool at $10/GB.',
      text(
        'Flexible: hotspot data is billed like any other data ($10/GB).',
        'Flexible：热点用的流量和普通流量一样按 $10/GB 计费。',
      ),
    ),
  },
  // No source read says whether Fi has a way to gift data: unknown, not "no".
  addLine: {
    phone: known(
      true,
      S.FI_GROUP,
      'You can add up to 5 friends and family members to your Google Fi group plan, for a total of 6 people.',
    ),
    phonePriceUSD: known(
      15,
      S.FI_GROUP,
      FLEXIBLE_GROUP,
      text(
        'Flexible: $15 a month per member for calls & texts, plus the data they use at $10/GB until the group reaches its Bill Protection level.',
        'Flexible：每位成员通话+短信每月 $15，用多少流量另按 $10/GB 计，直到全组达到 Bill Protection 档位。',
      ),
    ),
    dataOnly: known(
      true,
      S.FI_TICKER,
      'users can add up to 4 data-only SIM cards in one account (before July 2019 the limit was 9 data-only SIM cards in one account).',
      text(
        'Up to 4 data-only SIMs (a wiki copy, low reliability).',
        '最多 4 张纯流量 SIM 卡（维基百科的转载，可信度低）。',
      ),
    ),
  },
  plans: {
    flexible: plan({
      name: 'Flexible',
      status: known('current', S.FI_SPEED, 'Flexible plans allow up to 15 GB of full-speed data.'),
      sharing: known('pooled', S.FI_GROUP, FLEXIBLE_GROUP),
      payPerGB: {
        priceUSD: known(10, S.FI_GROUP, FLEXIBLE_GROUP),
        billedGBCap: known(
          [6, 10, 12, 14, 16, 18],
          S.FI_BILL_PROTECTION,
          'Data level 6 GB 10 GB 12 GB 14 GB 16 GB 18 GB (Individual, 2 members … 6 members)',
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
            S.FI_BILL_PROTECTION,
            'Calls & texts $20 $35 $50 $65 $80 $95 (Individual, 2 members … 6 members)',
            text(
              'Calls & texts: $20 / $35 / $50 / $65 / $80 / $95 in total for 1–6 people, before data.',
              '通话+短信：1–6 人合计 $20 / $35 / $50 / $65 / $80 / $95，不含流量费。',
            ),
          ),
          dataGB: known(
            15,
            S.FI_SPEED,
            FLEXIBLE_15GB,
            text(
              '15 GB of full-speed data per person, then 256 kbps; $10/GB buys full speed back, and in a group only the manager can do that.',
              '每人 15 GB 全速流量，之后降到 256 kbps；每 GB 付 $10 可恢复全速，群组里只有管理员能操作。',
            ),
          ),
          speedAfterDataKbps: known(256, S.FI_SPEED, SLOWED_256),
          // Hotspot has no separate cap on Flexible: it is ordinary data, within the 15 GB full-speed limit.
          hotspotGB: unknown(
            text(
              'No separate hotspot allowance is stated: hotspot uses the same pay-per-GB data and slows with the rest after 15 GB.',
              '没有单独的热点额度：热点用的就是按 GB 计费的普通流量，15 GB 后和其他流量一起降速。',
            ),
            S.FI_UPPHONE,
          ),
        }),
      },
    }),
    unlimited: plan({
      name: 'Unlimited (2019 plan)',
      status: unknown(
        text(
          "The support page's newer version lists only Simply Unlimited and Unlimited Plus; whether the 2019 Unlimited plan is still on bills was not found.",
          '客服页面的新版本只列出 Simply Unlimited 和 Unlimited Plus；2019 年的 Unlimited 套餐是否还有人在用，没有找到说明。',
        ),
        S.FI_SPEED,
      ),
      sharing: known(
        'per-line',
        S.FI_SPEED_OLD,
        "In group plans, all members have their own personal data limits and one member's data usage won't contribute to another member's data limit.",
      ),
      tiers: {
        unlimited: tier('Unlimited', {
          pricePerLine: known(
            [70, 60, 50, 45, 45, 45],
            S.FI_GROUP,
            '1 person $70 total | 2 people $60 per line ($120 total) | 3 people $50 per line ($150 total) | 4 people $45 per line ($180 total) | 5 people $45 per line ($225 total) | 6 people $45 pe…',
          ),
          dataGB: known(22, S.FI_SPEED_OLD, 'Unlimited plans allow up to 22 GB of full-speed data.'),
          speedAfterDataKbps: known(
            256,
            S.FI_SPEED_OLD,
            'any data used after you reach your data limit is slowed to 256 kbps.',
          ),
        }),
      },
    }),
    'simply-unlimited': plan({
      name: 'Simply Unlimited / Unlimited Plus',
      status: known(
        'current',
        S.FI_SPEED,
        'Simply Unlimited plans allow up to 35 GB of full-speed data. Unlimited Plus plans allow up to 50 GB of full-speed data.',
      ),
      sharing: known(
        'per-line',
        S.FI_SPEED,
        "In group plans, all members have their own personal data limits and one member's data usage won't add to another member's data limit.",
      ),
      tiers: {
        'simply-unlimited': tier('Simply Unlimited', {
          dataGB: known(35, S.FI_SPEED, 'Simply Unlimited plans allow up to 35 GB of full-speed data.'),
          speedAfterDataKbps: known(256, S.FI_SPEED, SLOWED_256),
        }),
        'unlimited-plus': tier('Unlimited Plus', {
          dataGB: known(50, S.FI_SPEED, 'Unlimited Plus plans allow up to 50 GB of full-speed data.'),
          speedAfterDataKbps: known(256, S.FI_SPEED, SLOWED_256),
        }),
      },
    }),
  },
});
