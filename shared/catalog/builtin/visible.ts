/**
 * Visible (Verizon-owned). Party Pay — separate accounts paying less per
 * person as the party grows — closed to invites and changes after
 * 2022-10-18; nothing sourced replaces it, so today's sharing is unknown.
 */
import { carrierEntry, carrierNote, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

const PARTY_PRICES =
  'Party Pay allows you to get Visible service for less than the standard $40/mo/line service charge. Any Visible member can create a party with up to four Visible members. In a party of four, each member pays $25/mo/line for service.';

export const visible: Carrier = carrierEntry({
  id: 'visible',
  name: 'Visible',
  parentNetwork: 'verizon',
  networks: known(
    ['verizon'],
    S.VISIBLE_UPPHONE,
    "Rather than leasing coverage from major carriers the way other small cellular providers do, Visible is fully owned and operated by Verizon. All Visible customers receive access to Verizon's nationwide 5G and 4G LTE data networks.",
  ),
  account: {
    sharing: unknown(
      text(
        'Party Pay (separate accounts, a cheaper price per person) closed to new invites after 2022-10-18; how Visible accounts relate today was not found.',
        'Party Pay（各自独立账户、人越多越便宜）在 2022-10-18 之后不再接受新邀请；Visible 现在的账户关系没有找到说明。',
      ),
      S.VISIBLE_PARTY_END,
    ),
  },
  hotspot: {
    allowed: known(
      true,
      S.VISIBLE_UPPHONE,
      'This plan comes with unlimited talk, text, and high speed data, as well as 5 mbps mobile hotspot for each line.',
      text('Base plan (Party Pay era): hotspot at up to 5 Mbps.', '基础套餐（Party Pay 时期）：热点速度最高 5 Mbps。'),
    ),
  },
  esim: unknown(
    text(
      'Press pieces (2022–2023) describe activating a Visible eSIM on Android and iPhone; their words could not be read for a quote.',
      '2022–2023 年的报道介绍过在安卓和 iPhone 上开通 Visible eSIM；原文无法读取引用。',
    ),
    S.VISIBLE_ESIM,
  ),
  plans: {
    'party-pay': plan({
      name: 'Visible Party Pay',
      market: 'prepaid',
      status: known(
        'ended',
        S.VISIBLE_PARTY_END,
        'The website says you can change parties and invite more to your party pay until 10/18/2022.',
        text(
          'Party Pay invites and changes ended on 2022-10-18 (a member quoting the Visible website).',
          'Party Pay 的邀请和变更在 2022-10-18 截止（会员转述 Visible 网站的说法）。',
        ),
      ),
      sharing: known(
        'separate-accounts',
        S.VISIBLE_UPPHONE,
        'Unlike most multi-line discount offers, each person on the plan has their own account, and is in charge of paying their own bill.',
      ),
      tiers: {
        visible: tier('Visible', {
          pricePerLine: known(
            [40, 35, 30, 25],
            S.VISIBLE_PARTY_TERMS,
            'Party Pay allows you to get Visible service for less than the standard $40/mo/line service charge. … In a party of four, each member pays $25/mo/line for service. In a party of three, each member pays $30/mo/line. In a party of two, each member pays $35/mo/line.',
          ),
          hotspotGB: unknown(text('Hotspot speed limited to 5 Mbps.', '热点速度最高 5 Mbps。'), S.VISIBLE_UPPHONE),
        }),
      },
    }),
    'visible-plus-pro': plan({
      name: 'Visible+ Pro',
      status: unknown(),
      sharing: unknown(),
      tiers: {
        pro: tier('Visible+ Pro', {
          hotspotGB: unknown(
            text(
              'Only a member\'s forum question quotes "unlimited hotspot use", one device at a time; no carrier statement was found.',
              '只有一位会员在论坛提问时引用了“unlimited hotspot use”（一次一台设备）；没有找到运营商自己的说法。',
            ),
            S.VISIBLE_PRO_FORUM,
          ),
        }),
      },
    }),
  },
  notes: [
    carrierNote(
      S.VISIBLE_PARTY_TERMS,
      PARTY_PRICES,
      'Party Pay (ended 2022): up to 4 people, each with their own account, $40 / $35 / $30 / $25 each for 1–4 people.',
      'Party Pay（2022 年已结束）：最多 4 人，每人独立账户，1–4 人时每人分别 $40 / $35 / $30 / $25。',
    ),
  ],
});
