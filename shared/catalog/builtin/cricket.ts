/** Cricket Wireless (AT&T): lines on one account get a discount, not shared data. */
import { carrierEntry, known, plan, text, tier, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

const HOTSPOT_10GB =
  'El Hotspot Móvil usa la asignación de datos de alta velocidad de tu plan para esa línea (10 GB de datos de alta velocidad en Hotspot Móvil para los planes Unlimited de Cricket). Una vez agotada la asignación de datos de alta velocidad, las velocidades de anclaje disminuyen a 128 Kbps';

export const cricket: Carrier = carrierEntry({
  id: 'cricket',
  name: 'Cricket Wireless',
  parentNetwork: 'att',
  networks: known(['att'], S.CRICKET_WIKI, 'Cricket Wireless is an American wireless service provider, owned by AT&T.'),
  account: {
    sharing: known(
      'billing-only',
      S.CRICKET_ADD_LINE,
      'Cricket lines do not share data.',
      text(
        'Group Save discounts more lines on one account; each line keeps its own data.',
        'Group Save 只是同一账户多个号码打折，每个号码的流量各用各的。',
      ),
    ),
  },
  hotspot: {
    allowed: known(true, S.CRICKET_USAGE, HOTSPOT_10GB),
  },
  addLine: {
    phonePriceUSD: unknown(
      text(
        'Group Save: up to $70/month off in total; the discount on lines 4–5 was cut to $20 from Nov 2017.',
        'Group Save：合计每月最多减 $70；自 2017 年 11 月起第 4–5 个号码的折扣降为 $20。',
      ),
      S.CRICKET_ADD_LINE,
    ),
  },
  plans: {
    unlimited: plan({
      name: 'Cricket Unlimited',
      market: 'prepaid',
      status: known(
        'current',
        S.CRICKET_USAGE,
        '10 GB de datos de alta velocidad en Hotspot Móvil para los planes Unlimited de Cricket',
      ),
      sharing: known('billing-only', S.CRICKET_ADD_LINE, 'Cricket lines do not share data.'),
      tiers: {
        unlimited: tier('Unlimited', {
          hotspotGB: known(
            10,
            S.CRICKET_USAGE,
            HOTSPOT_10GB,
            text(
              '10 GB of high-speed hotspot per line, then 128 kbps; shown apart from phone data (Spanish-language support page).',
              '每个号码 10 GB 高速热点，之后 128 kbps；和手机流量分开显示（西班牙语客服页面）。',
            ),
          ),
          hotspotSpeedAfterKbps: known(128, S.CRICKET_USAGE, HOTSPOT_10GB),
          premiumGB: unknown(
            text(
              'Copied terms (low reliability) say it may be slowed after 22 GB when congested.',
              '转载的条款（可信度低）说用满 22 GB 后网络繁忙时可能降速。',
            ),
            S.CRICKET_COPIED_TERMS,
          ),
        }),
      },
    }),
  },
});
