/**
 * Spectrum Mobile: for Spectrum Internet customers, on Verizon's network.
 * By the Gig lines share data; Unlimited lines cannot share.
 */
import { carrierEntry, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

const BTG_SHARED =
  'In a shared data plan like By the Gig, each line starts with 1 GB for $20/mo. Each additional GB is $5. Additional GBs of data are shared between all By the Gig lines on the account and are accrued by the GB.';

export const spectrum: Carrier = carrierEntry({
  id: 'spectrum',
  name: 'Spectrum Mobile',
  parentNetwork: 'verizon',
  networks: known(
    ['verizon'],
    S.SPECTRUM_NETWORK,
    "Instead, it operates as an MVNO (Mobile Virtual Network Operator) and runs on Verizon's massive 4G LTE and 5G network.",
    text('A blog says so (low reliability).', '一篇博客这么说（可信度低）。'),
  ),
  account: {
    sharing: known(
      'mixed',
      S.SPECTRUM_BTG,
      'Can I share data with someone on my plan who has Unlimited? No, data sharing is limited to By the Gig plans on an account.',
      text(
        "By the Gig lines share data with each other (up to 10 lines); an Unlimited line can't share. Requires Spectrum Internet.",
        'By the Gig 的号码之间共享流量（最多 10 个）；Unlimited 号码不能共享。必须有 Spectrum 宽带。',
      ),
    ),
    maxLines: known(10, S.SPECTRUM_BTG, 'Share data with up to 10 lines'),
  },
  hotspot: {
    allowed: known(
      true,
      S.SPECTRUM_FORUM,
      'There are no additional fees for using your phone as a hotspot. Normal data rates apply to mobile hotspot data usage.',
      text('Hotspot use counts as normal data (older moderator post).', '热点用量按普通流量计算（较早的版主帖子）。'),
    ),
  },
  // No source read says whether Spectrum has a way to gift data: unknown, not "no".
  addLine: {
    phone: known(true, S.SPECTRUM_BTG, 'Share data with up to 10 lines'),
    phonePriceUSD: known(
      20,
      S.SPECTRUM_BTG,
      BTG_SHARED,
      text(
        'By the Gig: $20 per line including 1 GB; each extra GB $5, shared.',
        'By the Gig：每个号码 $20 含 1 GB；超出部分每 GB $5，全家共用。',
      ),
    ),
  },
  plans: {
    'by-the-gig': plan({
      name: 'By the Gig',
      status: known('current', S.SPECTRUM_BTG, 'Spectrum Mobile By the Gig Data Plans'),
      sharing: known('pooled', S.SPECTRUM_BTG, BTG_SHARED),
      payPerGB: {
        priceUSD: known(5, S.SPECTRUM_BTG, BTG_SHARED),
        includedGBPerLine: known(1, S.SPECTRUM_BTG, BTG_SHARED),
      },
      tiers: {
        'by-the-gig': tier('By the Gig', { pricePerLine: known([20], S.SPECTRUM_BTG, BTG_SHARED) }),
      },
    }),
    unlimited: plan({
      name: 'Unlimited / Unlimited Plus',
      status: unknown(),
      sharing: known(
        'per-line',
        S.SPECTRUM_BTG,
        'Can I share data with someone on my plan who has Unlimited? No, data sharing is limited to By the Gig plans on an account.',
      ),
      tiers: {
        unlimited: tier('Unlimited', {
          premiumGB: unknown(
            text(
              'An older moderator post: 20 GB, then reduced; a quiz page says 30 GB (low reliability).',
              '较早的版主帖子：20 GB 后降速；一个问答页面说 30 GB（可信度低）。',
            ),
            S.SPECTRUM_FORUM,
          ),
        }),
        plus: tier('Unlimited Plus', {
          premiumGB: unknown(
            text('A quiz page says 50 GB (low reliability).', '一个问答页面说 50 GB（可信度低）。'),
            S.SPECTRUM_QUIZ,
          ),
        }),
      },
    }),
  },
});
