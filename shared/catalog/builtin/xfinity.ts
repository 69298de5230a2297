/**
 * Xfinity Mobile: for Xfinity Internet customers, on Verizon's network plus
 * Xfinity Wi-Fi. Priority-data thresholds per plan come from Xfinity's own
 * support page; current prices were not found.
 */
import { carrierEntry, carrierNote, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';
import { onVerizonsNetwork } from './verizon';

const SLOWED_1_5 = 'By the Gig and Unlimited: Speeds are reduced to a maximum of 1.5 Mbps download/750 Kbps upload.';

export const xfinity: Carrier = carrierEntry({
  id: 'xfinity',
  name: 'Xfinity Mobile',
  parentNetwork: 'verizon',
  networks: onVerizonsNetwork(),
  account: {
    sharing: known(
      'mixed',
      S.XFINITY_OLD_PRICES,
      'Subscribers with family plans can still mix and match between Xfinity’s unlimited plans and the company’s by-the-gig plans',
      text(
        'By the Gig data is shared by the By the Gig lines; Unlimited lines can be mixed in on the same account, each with its own data.',
        'By the Gig 的流量由 By the Gig 号码共用；同一账户里也可以混搭 Unlimited 号码，各用各的流量。',
      ),
    ),
  },
  hotspot: {
    allowed: unknown(
      text(
        'An old 2018 report said hotspot was limited to 600 kbps; current hotspot terms were not found in an official source.',
        '2018 年的旧报道说热点限速 600 kbps；现行热点条款没有在官方来源里找到。',
      ),
    ),
  },
  // No source read says whether Xfinity has a way to gift data: unknown, not "no".
  addLine: {
    dataOnly: known(
      true,
      S.XFINITY_SPEEDS,
      'Tablet Unlimited: 15 GB of prioritized data each month, per line.',
      text(
        'Tablet Unlimited: a plan for tablets (price not found).',
        'Tablet Unlimited：平板专用套餐（价格没有找到）。',
      ),
    ),
  },
  plans: {
    unlimited: plan({
      name: 'Premium Unlimited / Unlimited',
      status: known(
        'current',
        S.XFINITY_SPEEDS,
        "Here's what each plan includes: Premium Unlimited: 100 GB of prioritized data each month, per line. Unlimited: 30 GB of prioritized data each month, per line.",
      ),
      sharing: known('per-line', S.XFINITY_SPEEDS, 'Unlimited: 30 GB of prioritized data each month, per line.'),
      tiers: {
        premium: tier('Premium Unlimited', {
          dataGB: known('unlimited', S.XFINITY_SPEEDS, 'Premium Unlimited: Speeds are not reduced.'),
          premiumGB: known(
            100,
            S.XFINITY_SPEEDS,
            'Premium Unlimited: 100 GB of prioritized data each month, per line.',
          ),
        }),
        unlimited: tier('Unlimited', {
          dataGB: known(
            30,
            S.XFINITY_SPEEDS,
            'Unlimited: 30 GB of prioritized data each month, per line. … ' + SLOWED_1_5,
            text('After 30 GB: 1.5 Mbps down / 750 kbps up.', '30 GB 之后：下行 1.5 Mbps / 上行 750 kbps。'),
          ),
          speedAfterDataKbps: known(1500, S.XFINITY_SPEEDS, SLOWED_1_5),
          premiumGB: known(30, S.XFINITY_SPEEDS, 'Unlimited: 30 GB of prioritized data each month, per line.'),
        }),
      },
    }),
    'by-the-gig': plan({
      name: 'By the Gig',
      status: known('current', S.XFINITY_SPEEDS, 'By the Gig: 20 GB of prioritized data each month, per line.'),
      sharing: known(
        'pooled',
        S.XFINITY_OLD_PRICES,
        'Subscribers with family plans can still mix and match between Xfinity’s unlimited plans and the company’s by-the-gig plans',
      ),
      tiers: {
        'by-the-gig': tier('By the Gig', {
          premiumGB: known(20, S.XFINITY_SPEEDS, 'By the Gig: 20 GB of prioritized data each month, per line.'),
          speedAfterDataKbps: known(1500, S.XFINITY_SPEEDS, SLOWED_1_5),
        }),
      },
      notes: [
        carrierNote(
          S.XFINITY_OLD_PRICES,
          'The 1GB by-the-gig plan has increased from $12 per month to $15 per month. … The 3GB by-the-gig plan for $30, the 10GB by-the-gig plan for $60, and the $45 per line unlimited plan are still available with unchanged prices.',
          'Older By the Gig prices: shared 1 GB $15, 3 GB $30, 10 GB $60 a month.',
          '旧的 By the Gig 价格：共享 1 GB $15、3 GB $30、10 GB $60 每月。',
        ),
      ],
    }),
    tablet: plan({
      name: 'Tablet Unlimited',
      status: known('current', S.XFINITY_SPEEDS, 'Tablet Unlimited: 15 GB of prioritized data each month, per line.'),
      sharing: unknown(),
      tiers: {
        tablet: tier('Tablet Unlimited', {
          dataGB: known(
            15,
            S.XFINITY_SPEEDS,
            'Tablet Unlimited: 15 GB of prioritized data each month, per line. … Tablet Unlimited: Speeds are reduced to a maximum of 5 Mbps download/2 Mbps upload.',
          ),
          premiumGB: known(15, S.XFINITY_SPEEDS, 'Tablet Unlimited: 15 GB of prioritized data each month, per line.'),
          speedAfterDataKbps: known(
            5000,
            S.XFINITY_SPEEDS,
            'Tablet Unlimited: Speeds are reduced to a maximum of 5 Mbps download/2 Mbps upload.',
            text('After 15 GB: 5 Mbps down / 2 Mbps up.', '15 GB 之后：下行 5 Mbps / 上行 2 Mbps。'),
          ),
        }),
      },
    }),
  },
});
