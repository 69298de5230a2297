/** Boost Mobile (EchoStar): becoming a hybrid operator on AT&T's network, with access to T-Mobile's. */
import { carrierEntry, carrierNote, known, text, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

const HYBRID =
  "The companies amended their agreement to let EchoStar operate Boost Mobile as a hybrid mobile network operator on AT&T's network, with continued access to T-Mobile and a phased decommissioning of parts of Boost's RAN.";

export const boost: Carrier = carrierEntry({
  id: 'boost',
  name: 'Boost Mobile',
  parentNetwork: null,
  networks: known(['att', 'tmobile'], S.BOOST_HYBRID, HYBRID),
  esim: unknown(
    text(
      'Described as pro-eSIM in 2022, without saying which lines support it.',
      '2022 年的报道说它支持推广 eSIM，但没说哪些号码能用。',
    ),
    S.ESIM_SMALL_CARRIERS,
  ),
  notes: [
    carrierNote(
      S.BOOST_HYBRID,
      HYBRID,
      'Boost is moving its service onto AT&T (with access to T-Mobile) as a hybrid operator. Expect plan changes.',
      'Boost 正在转为混合型运营商，改用 AT&T 网络（也能用 T-Mobile），套餐可能会变。',
    ),
  ],
});
