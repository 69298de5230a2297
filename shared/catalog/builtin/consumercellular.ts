import { carrierEntry, unknown } from '../facts';
import type { Carrier } from '../schema';

/** No source was found for Consumer Cellular: every fact stays unknown until one is. */
export const consumercellular: Carrier = carrierEntry({
  id: 'consumercellular',
  name: 'Consumer Cellular',
  parentNetwork: null,
  networks: unknown(),
});
