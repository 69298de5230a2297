/**
 * AT&T. Carrier-level facts are about postpaid service; AT&T Prepaid
 * Multi-Line is its own plan. Whether the SL/EL/PL plans are still the
 * current line-up is unclear (AT&T's own 2026 document also names "2.0"
 * plans), and their prices were not found.
 */
import { carrierEntry, carrierNote, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

const ATT_2019_STARTER =
  'Unlimited Starter comes with unlimited talk, text, and data in the U.S., Mexico and Canada for $35 a line with up to four lines (or $65 for a single line).';
const ATT_2019_EXTRA =
  'Unlimited Extra includes all Starter perks, plus 15GB of mobile hotspot per line and 50GB of guaranteed high-speed data for $40 per line, with four lines (or $75 for a single line).';
const ATT_2019_ELITE =
  'Each line will also be able to access 30GB of mobile hotspot and 100GB of unthrottled data, all for $50 per line on up to 4 lines (or $85 for a single line).';

export const att: Carrier = carrierEntry({
  id: 'att',
  name: 'AT&T',
  parentNetwork: null,
  networks: known(
    ['att'],
    S.BOOST_HYBRID,
    "The companies amended their agreement to let EchoStar operate Boost Mobile as a hybrid mobile network operator on AT&T's network",
  ),
  account: {
    sharing: unknown(
      text(
        'The 2019 unlimited plans were priced per line; the older Mobile Share plans pooled data; Prepaid Multi-Line lines do not share data. How the current plans share was not found.',
        '2019 年的无限流量套餐按号码计价；旧的 Mobile Share 套餐共享流量；预付费多号码 (Prepaid Multi-Line) 的号码之间不共享流量。现行套餐怎么共享没有找到说明。',
      ),
    ),
  },
  lineControls: {
    dataCap: unknown(
      text(
        "myAT&T can block a line's data until the end of the bill period, block it permanently, or pause it; a GB limit per line is neither offered nor ruled out there.",
        'myAT&T 可以把某个号码的流量停到本账单周期结束、永久停用或暂停；按 GB 设上限，那里既没说有，也没说没有。',
      ),
      S.ATT_BLOCK,
    ),
    pauseData: unknown(
      text(
        "The research notes read on this page that a line's data can be blocked until the end of the bill period or paused; its words could not be re-read for a quote.",
        '调研笔记记下这个页面说可以把号码的流量停到账单周期结束或暂停；原文无法再次核对引用。',
      ),
      S.ATT_BLOCK,
    ),
  },
  hotspot: {
    allowed: known(
      true,
      S.ATT_2019,
      ATT_2019_EXTRA,
      text(
        'Known for the 2019 plans (Extra 15 GB, Elite 30 GB); allowances of the current plans were not found.',
        '2019 年套餐已知（Extra 15 GB，Elite 30 GB）；现行套餐的热点额度没有找到。',
      ),
    ),
  },
  gifting: {
    sameAccount: unknown(
      text(
        'Rollover Data carries unused data over one bill cycle and stays with the original account when a line moves. No way to give data to another line was found.',
        'Rollover Data 把没用完的流量结转一个账单周期，号码转走时流量留在原账户。没有找到把流量给另一个号码的办法。',
      ),
      S.ATT_ROLLOVER_MOVE,
    ),
  },
  addLine: {
    dataOnly: known(
      true,
      S.ATT_EXTRA_TERMS,
      'Other Device Monthly Charges: $20 tablet, camera or Connected Car; $25 per Harman Spark; and $10 wearable) apply.',
      text(
        'From the terms of the older Unlimited Extra plan: a tablet line $20, a wearable $10 a month.',
        '来自旧 Unlimited Extra 套餐的条款：平板号码每月 $20，手表等穿戴设备 $10。',
      ),
    ),
    dataOnlyPriceUSD: known(
      20,
      S.ATT_EXTRA_TERMS,
      'Other Device Monthly Charges: $20 tablet, camera or Connected Car; $25 per Harman Spark; and $10 wearable) apply.',
    ),
  },
  esim: known(
    true,
    S.ESIM_PREPAID,
    'AT&T Mobility allowed its postpaid customers to use eSIM when the IPhone 11 series came out in September 2019, but its prepaid customers only were able to use eSIM on Christmas Eve in 2022.',
  ),
  plans: {
    unlimited: plan({
      name: 'Unlimited Starter SL / Extra EL / Premium PL',
      market: 'postpaid',
      status: unknown(
        text(
          'A 2026 blog (low reliability) calls these the current plans, but an AT&T document dated 2026-06-04 also names Value / Extra / Premium / Elite "2.0" plans.',
          '一篇 2026 年的博客（可信度低）说这些是现行套餐，但 AT&T 2026-06-04 的文件里还列了 Value / Extra / Premium / Elite “2.0” 套餐。',
        ),
        S.ATT_BUILD_A_PLAN,
      ),
      sharing: unknown(),
      tiers: {
        'starter-sl': tier('Unlimited Starter SL', {
          premiumGB: known(
            0,
            S.ATT_SL_EL_PL,
            'On the Unlimited Starter SL plan, AT&T can slow your data speeds at any time if the network is busy.',
          ),
        }),
        'extra-el': tier('Unlimited Extra EL', {
          premiumGB: known(
            75,
            S.ATT_SL_EL_PL,
            'The Unlimited Extra EL plan gives you a bit more breathing room—usually around 75GB of "premium" data.',
          ),
        }),
        'premium-pl': tier('Unlimited Premium PL', {
          dataGB: known(
            'unlimited',
            S.ATT_SL_EL_PL,
            'This one is the holy grail for data hogs because it offers completely unlimited high-speed data that never slows down based on how much',
          ),
          premiumGB: known(
            'none',
            S.ATT_SL_EL_PL,
            'it offers completely unlimited high-speed data that never slows down based on how much',
          ),
        }),
      },
    }),
    'unlimited-2019': plan({
      name: 'Unlimited Starter / Extra / Elite (2019)',
      market: 'postpaid',
      status: known(
        'legacy',
        S.ATT_SL_EL_PL,
        'AT&T currently pushes three main tiers: Unlimited Starter SL, Unlimited Extra EL, and Unlimited Premium PL.',
        text('Replaced by the SL / EL / PL plans.', '已被 SL / EL / PL 套餐取代。'),
      ),
      sharing: known('per-line', S.ATT_2019, ATT_2019_EXTRA),
      tiers: {
        starter: tier('Unlimited Starter', {
          // Only the 1-line and 4-line prices were reported.
          pricePerLine: known([65, null, null, 35], S.ATT_2019, ATT_2019_STARTER),
          dataGB: known('unlimited', S.ATT_2019, ATT_2019_STARTER),
          premiumGB: known(
            0,
            S.ATT_2019,
            'This entry-level plan has no specific high-speed data cap, though speeds may be throttled if the user is in a congested network area.',
          ),
        }),
        extra: tier('Unlimited Extra', {
          pricePerLine: known([75, null, null, 40], S.ATT_2019, ATT_2019_EXTRA),
          dataGB: known('unlimited', S.ATT_2019, ATT_2019_STARTER),
          premiumGB: known(
            50,
            S.ATT_EXTRA_TERMS,
            'After 50GB of data usage on a line in a bill cycle, for the remainder of the cycle AT&T may temporarily slow data speeds on that line if the network is busy.',
          ),
          hotspotGB: known(15, S.ATT_2019, ATT_2019_EXTRA),
        }),
        elite: tier('Unlimited Elite', {
          pricePerLine: known([85, null, null, 50], S.ATT_2019, ATT_2019_ELITE),
          dataGB: known('unlimited', S.ATT_2019, ATT_2019_STARTER),
          premiumGB: known(100, S.ATT_2019, ATT_2019_ELITE),
          hotspotGB: known(30, S.ATT_2019, ATT_2019_ELITE),
        }),
      },
    }),
    'mobile-share': plan({
      name: 'Mobile Share',
      market: 'postpaid',
      status: unknown(
        text('Whether Mobile Share is still sold was not found.', '没有找到 Mobile Share 现在是否还在卖。'),
        S.ATT_MOBILE_SHARE,
      ),
      sharing: known('pooled', S.ATT_ROLLOVER, 'Rollover Data is shareable by all lines on the same plan'),
      notes: [
        carrierNote(
          S.ATT_MOBILE_SHARE,
          'Rollover Data: Unused data from the monthly plan allowance carries over for one bill cycle. … After all your high-speed data allotments are used, all data usage is slowed to a max of 128Kbps (2G speed) for the rest of the bill cycle.',
          'Unused data carries over for one bill cycle; after all high-speed data is used, speeds drop to 128 kbps.',
          '没用完的流量可以结转一个账单周期；高速流量用完后降到 128 kbps。',
        ),
      ],
    }),
    'prepaid-multi-line': plan({
      name: 'AT&T Prepaid Multi-Line',
      market: 'prepaid',
      status: known(
        'current',
        S.ATT_PREPAID_MULTILINE,
        "You qualify for a Multi-Line discount if you have an AT&T Prepaid® monthly plan that's $30 and up.",
      ),
      sharing: known(
        'billing-only',
        S.ATT_PREPAID_MULTILINE,
        "No. Lines on a Multi-Line account don't share data. Each line gets its own data allowance based on the monthly plan the account owner chooses for that line.",
      ),
      notes: [
        carrierNote(
          S.ATT_PREPAID_MULTILINE,
          "You can have up to five (5) Prepaid lines on a Multi-Line account: one (1) account owner + four (4) added member lines. … Other phone plans and plans for tablets, mobile hotspots, and AT&T Wireless Internet aren't eligible.",
          'Prepaid: up to 5 lines (owner + 4 members); the owner pays every line. Tablet and hotspot plans get no multi-line discount.',
          '预付费：最多 5 个号码（账户持有人 + 4 个成员），由持有人付所有号码的月费。平板和随身 Wi-Fi 套餐没有多号码折扣。',
        ),
      ],
    }),
  },
});
