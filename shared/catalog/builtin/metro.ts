/** Metro by T-Mobile: T-Mobile's prepaid brand. Its plans and sharing were not found. */
import { carrierEntry, known, text, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

export const metro: Carrier = carrierEntry({
  id: 'metro',
  name: 'Metro by T-Mobile',
  parentNetwork: 'tmobile',
  networks: known(
    ['tmobile'],
    S.METRO_WIKI,
    "In 2013, the carrier engaged in a reverse merger with T-Mobile US; post-merger, its services were merged under T-Mobile's UMTS and LTE network.",
  ),
  lineControls: {
    pauseData: unknown(
      text(
        "T-Mobile's family-control page names Metro accounts, but which controls Metro lines get is not stated.",
        'T-Mobile 的家庭管控页面提到了 Metro 账户，但 Metro 号码具体能用哪些管控没有说明。',
      ),
      S.TMO_FAMILY_CONTROL,
    ),
  },
});
