/**
 * T-Mobile. Carrier-level facts are about postpaid service; prepaid facts
 * live on the prepaid plan. The Experience plans are sourced from a repost of
 * a 2025 Ars Technica article: single-line prices only.
 */
import { carrierEntry, carrierNote, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

const EXPERIENCE_PRICES =
  'The plans cost $85 or $100 for a single line after the autopay discount, which requires a debit card or bank account.';
const EXPERIENCE_LAUNCH =
  'The promise applies to the T-Mobile "Experience More" and "Experience Beyond" plans that will be offered starting tomorrow.';
const MAGENTA_PRIORITY =
  'Magenta and Magenta Plus subscribers will experience regular prioritization for their first 50GB of use each month.';
const MAGENTA_HOTSPOT = 'Magenta: 3GB of regular-speed mobile hotspot';
const MAGENTA_PLUS_HOTSPOT = 'Magenta Plus: 20GB of regular-speed mobile hotspot';
const MAGENTA_UNLIMITED =
  'While all three plans include unlimited data, minutes, and texts, the more expensive plans include additional features.';

export const tmobile: Carrier = carrierEntry({
  id: 'tmobile',
  name: 'T-Mobile',
  parentNetwork: null,
  networks: known(['tmobile'], S.FI_WIKI, 'Google Fi uses the T-Mobile network.'),
  account: {
    sharing: unknown(
      text(
        'Whether lines on a postpaid Experience account share data was not found; the older Magenta plans gave each line its own allowances.',
        '没有找到后付费 Experience 套餐的号码之间是否共享流量；旧 Magenta 套餐每个号码各有各的额度。',
      ),
    ),
  },
  lineControls: {
    dataCap: known(
      false,
      S.TMO_ALLOWANCES,
      'Family Allowances® lets you easily manage the minutes, messages, and downloads for all lines on your account. … Although Family Allowances provides you flexibility in account management, it will not prevent overage.',
      text(
        'Family Allowances limits minutes, messages and downloads, not data, and "will not prevent overage".',
        'Family Allowances 只能限制通话分钟、短信和下载购买，不能限制流量，也“不能防止超额”。',
      ),
    ),
    pauseData: known(
      true,
      S.TMO_FAMILYMODE,
      'Pause or resume access',
      text(
        'FamilyMode can pause or resume data; it needs an app on every line.',
        'FamilyMode 可以暂停/恢复流量，但每个号码的手机上都要装它的 App。',
      ),
    ),
  },
  hotspot: {
    allowed: known(
      true,
      S.TMO_EXPERIENCE,
      'T-Mobile today announced new plans with more hotspot data and a five-year price guarantee',
    ),
  },
  esim: known(
    true,
    S.ESIM_PREPAID,
    'T-Mobile allowed its prepaid customers to use eSIM on December 1, 2018, earlier than everyone else and almost nine months before they extended that ability to their postpaid customers.',
  ),
  plans: {
    experience: plan({
      name: 'Experience More / Beyond',
      market: 'postpaid',
      status: known('current', S.TMO_EXPERIENCE, EXPERIENCE_LAUNCH),
      sharing: unknown(),
      tiers: {
        more: tier('Experience More', {
          pricePerLine: known(
            [85, null],
            S.TMO_EXPERIENCE,
            EXPERIENCE_PRICES,
            text(
              '$85 for one line with AutoPay (debit card or bank account); prices for more lines were not found. Taxes and fees are extra.',
              '一个号码开 AutoPay（借记卡或银行账户）每月 $85；多个号码的价格没有找到。税费另计。',
            ),
          ),
          hotspotGB: unknown(
            text(
              'A CNET repost (c. 2025) gives 60 GB of hotspot; its words could not be read in the stored copy.',
              'CNET 转载文章（约 2025 年）说热点 60 GB；存档里读不到原文。',
            ),
          ),
        }),
        beyond: tier('Experience Beyond', {
          pricePerLine: known(
            [100, null],
            S.TMO_EXPERIENCE,
            EXPERIENCE_PRICES,
            text(
              '$100 for one line with AutoPay; prices for more lines were not found. Taxes and fees are extra.',
              '一个号码开 AutoPay 每月 $100；多个号码的价格没有找到。税费另计。',
            ),
          ),
        }),
      },
    }),
    magenta: plan({
      name: 'Magenta / Magenta Plus',
      market: 'postpaid',
      status: unknown(
        text(
          'The comparison page presents Magenta as a current plan; a CNET repost (c. 2025) says legacy plans are being moved to Experience. Which holds today was not confirmed.',
          '对比页面把 Magenta 当作现行套餐；CNET 转载（约 2025 年）说旧套餐正在转到 Experience。现在哪个说法成立没有确认。',
        ),
        S.TMO_COVERAGECRITIC,
      ),
      sharing: unknown(),
      tiers: {
        magenta: tier('Magenta', {
          dataGB: known('unlimited', S.TMO_COVERAGECRITIC, MAGENTA_UNLIMITED),
          premiumGB: known(50, S.TMO_COVERAGECRITIC, MAGENTA_PRIORITY),
          hotspotGB: known(3, S.TMO_COVERAGECRITIC, MAGENTA_HOTSPOT),
        }),
        'magenta-plus': tier('Magenta Plus', {
          dataGB: known('unlimited', S.TMO_COVERAGECRITIC, MAGENTA_UNLIMITED),
          premiumGB: known(50, S.TMO_COVERAGECRITIC, MAGENTA_PRIORITY),
          hotspotGB: known(20, S.TMO_COVERAGECRITIC, MAGENTA_PLUS_HOTSPOT),
        }),
      },
    }),
    essentials: plan({
      name: 'Essentials',
      market: 'postpaid',
      status: unknown(
        text('Launched in 2018; whether it is still sold was not found.', '2018 年推出；现在是否还在卖没有找到。'),
        S.TMO_ESSENTIALS_2018,
      ),
      sharing: unknown(),
      tiers: {
        essentials: tier('Essentials', {
          dataGB: known('unlimited', S.TMO_COVERAGECRITIC, MAGENTA_UNLIMITED),
          premiumGB: known(0, S.TMO_COVERAGECRITIC, 'On the Essentials plan, subscribers are always deprioritized.'),
        }),
      },
    }),
    prepaid: plan({
      name: 'T-Mobile Prepaid',
      market: 'prepaid',
      status: unknown(),
      sharing: unknown(
        text(
          'Up to 5 talk & text lines get a multi-line discount; whether they share data is not stated. Prepaid Mobile Internet (data-only) plans must be on a separate account.',
          '最多 5 个通话+短信号码有多号码折扣；是否共享流量没有说明。预付费 Mobile Internet（纯流量）套餐必须单独开账户。',
        ),
        S.TMO_PREPAID_MULTILINE,
      ),
    }),
  },
  notes: [
    carrierNote(
      S.TMO_EXPERIENCE,
      'Moreover, the new plans that come with a price guarantee will have extra fees that can be raised at any time.',
      'Experience plans: the 5-year price guarantee covers talk, text and data, not taxes and fees.',
      'Experience 套餐：5 年价格保证只管通话、短信和流量，不包括税费。',
    ),
  ],
});
