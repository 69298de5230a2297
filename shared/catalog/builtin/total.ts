import { carrierEntry, unknown } from '../facts';
import type { Carrier } from '../schema';

/** Total Wireless (a TracFone brand): no source sentence on its networks or plans was read. */
export const total: Carrier = carrierEntry({
  id: 'total',
  name: 'Total Wireless',
  parentNetwork: null,
  networks: unknown(),
});
