/**
 * Verizon. Carrier-level facts are about postpaid service; the prepaid
 * family account is its own plan with its own facts. Current myPlan prices
 * were not found in an official or press source, so they stay unknown.
 */
import { carrierEntry, carrierNote, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

const MIX_AND_MATCH =
  'Mix-and-match Unlimited plans are exactly that — a selection of no-limit data plans that each individual on a family plan can choose to suit their phone needs.';

/** Verizon's network, in the words of the article on Xfinity Mobile (which runs on it). */
export const onVerizonsNetwork = (): Carrier['networks'] =>
  known(
    ['verizon'],
    S.XFINITY_TOMS,
    "(In Comcast's case, that's Verizon's network coupled with the internet provider's own Wi-Fi hotspots.)",
  );

export const verizon: Carrier = carrierEntry({
  id: 'verizon',
  name: 'Verizon',
  parentNetwork: null,
  networks: onVerizonsNetwork(),
  account: {
    sharing: known(
      'mixed',
      S.VZ_FAMILY,
      'Verizon has 2 types of family mobile plans… Mix-and-match Unlimited plans… Verizon Shared data plans have a set amount of monthly data that all lines on the account use.',
      text(
        'Unlimited plans are chosen per line, each line with its own data; Shared Data plans pool one allowance for all lines.',
        '无限流量套餐每个号码各选各的，流量各用各的；Shared Data 套餐是全家共用一个流量池。',
      ),
    ),
    maxLines: known(10, S.VZ_FAMILY, 'Verizon lets you have up to 10 phone lines on any plan.'),
  },
  lineControls: {
    dataCap: unknown(
      text(
        'The retired Usage Controls let the account owner set a data allowance per line; what the current Smart Family app can do with data was not found.',
        '已停用的 Usage Controls 曾经可以给每个号码设流量上限；现在的 Smart Family 能否限制流量，没有找到说明。',
      ),
      S.VZ_USAGE_CONTROLS,
    ),
  },
  hotspot: {
    // The allowance itself is on the Unlimited Ultimate tier below.
    allowed: known(
      true,
      S.VZ_PLAN_INFO,
      'After exceeding 200 GB/mo of 5G Ultra Wideband, 5G or 4G LTE mobile hotspot data, mobile hotspot data reduced to speeds up to 6 Mbps for the rest of your monthly billing cycle.',
    ),
  },
  gifting: {
    sameAccount: unknown(
      text(
        'Verizon\'s "data gifts" terms describe gifts bought for Verizon customers: shared by all lines of the receiving account, not transferable, expiring at the end of the next bill cycle. Whether they are still sold was not found.',
        'Verizon 的“data gifts”（流量礼包）条款写的是：买给 Verizon 用户的流量礼包，由收礼账户的所有号码共用，不能转让，下一个账单周期结束就失效。现在还能不能买，没有找到说明。',
      ),
      S.VZ_GIFTS,
    ),
    otherAccount: unknown(
      text(
        'Data gifts could only be bought by and sent to Verizon customers; whether they are still sold was not found.',
        '流量礼包只能由 Verizon 用户购买、送给 Verizon 用户；现在还能不能买，没有找到说明。',
      ),
      S.VZ_GIFTS,
    ),
  },
  addLine: {
    phone: known(
      true,
      S.VZ_FAMILY,
      'Going from 3 lines to a 5-line family plan? It’s easy: Verizon lets you have up to 10 phone lines on any plan.',
    ),
  },
  esim: known(
    true,
    S.ESIM_PREPAID,
    'And Verizon Wireless, which supported eSIM for its postpaid customers at the exact same time as AT&T, finally extended that to its prepaid customers on New Year’s Eve 2022, but only for new customers.',
    text(
      'Postpaid since Sep 2019; prepaid since Dec 31 2022 (new customers).',
      '后付费自 2019 年 9 月起支持；预付费自 2022 年 12 月 31 日起支持（限新用户）。',
    ),
  ),
  plans: {
    myplan: plan({
      name: 'myPlan Unlimited',
      market: 'postpaid',
      status: known(
        'current',
        S.VZ_PLAN_INFO,
        'Unlimited Ultimate plan: Unlimited data is restricted to on-device smartphone usage.',
      ),
      sharing: known('per-line', S.VZ_FAMILY, MIX_AND_MATCH),
      tiers: {
        // The readable part of the plan-terms page covers Ultimate only; Welcome and Plus terms stay unknown.
        welcome: tier('Unlimited Welcome'),
        plus: tier('Unlimited Plus'),
        ultimate: tier('Unlimited Ultimate', {
          hotspotGB: known(
            200,
            S.VZ_PLAN_INFO,
            'After exceeding 200 GB/mo of 5G Ultra Wideband, 5G or 4G LTE mobile hotspot data, mobile hotspot data reduced to speeds up to 6 Mbps for the rest of your monthly billing cycle.',
          ),
          hotspotSpeedAfterKbps: known(
            6000,
            S.VZ_PLAN_INFO,
            'mobile hotspot data reduced to speeds up to 6 Mbps for the rest of your monthly billing cycle.',
          ),
        }),
      },
    }),
    'shared-data': plan({
      name: 'Shared Data (legacy)',
      market: 'postpaid',
      status: known(
        'legacy',
        S.VZ_DATA_FAQ,
        'Note: The Shared Data Plan – 5GB and the Shared Data Plan – 10GB are no longer available to add to accounts.',
        text(
          'The 5 GB and 10 GB Shared Data plans can no longer be added.',
          '5 GB 和 10 GB 的 Shared Data 套餐已经不能再新加。',
        ),
      ),
      sharing: known(
        'pooled',
        S.VZ_FAMILY,
        'Verizon Shared data plans have a set amount of monthly data that all lines on the account use.',
      ),
    }),
    prepaid: plan({
      name: 'Verizon Prepaid Family Account',
      market: 'prepaid',
      status: known('current', S.VZ_PREPAID_FAMILY, 'Prepaid Family Account applies only to prepaid monthly plans.'),
      sharing: known(
        'billing-only',
        S.VZ_PREPAID_FAMILY,
        'Lines do not share data, each line has its own data allowance.',
      ),
      tiers: {
        prepaid: tier('Prepaid', {
          hotspotGB: unknown(
            text(
              'A dealer email (low reliability) describes a $5/month hotspot add-on of 10 GB, then 600 kbps; its words could not be checked.',
              '一封经销商邮件（可信度低）提到每月 $5 的热点加购包：10 GB，之后 600 kbps；原文无法核对。',
            ),
            S.VZ_PREPAID_HOTSPOT,
          ),
        }),
      },
      notes: [
        carrierNote(
          S.VZ_PREPAID_FAMILY,
          'Add up to 10 smartphone, tablet or mobile hotspot device lines, and 20 connected devices, on one Prepaid Family Account.',
          "Verizon's prepaid FAQ: up to 10 smartphone, tablet or hotspot lines. An older dealer page says up to 5 lines and no tablets — the two disagree; check with Verizon.",
          'Verizon 预付费 FAQ：最多 10 个手机、平板或随身 Wi-Fi 号码。一个较旧的经销商网页说最多 5 个号码、不能加平板——两者不一致，请向 Verizon 确认。',
        ),
      ],
    }),
  },
  notes: [
    carrierNote(
      S.VZ_ALERTS,
      "We don't send usage notifications for Unlimited plans",
      'Verizon sends no usage alerts on unlimited plans: track usage yourself.',
      'Verizon 的无限流量套餐不发用量提醒，需要自己留意用量。',
    ),
  ],
});
