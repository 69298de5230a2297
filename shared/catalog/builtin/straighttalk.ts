import { carrierEntry, unknown } from '../facts';
import type { Carrier } from '../schema';

/** Straight Talk (a TracFone brand): no source sentence on its networks or plans was read. */
export const straighttalk: Carrier = carrierEntry({
  id: 'straighttalk',
  name: 'Straight Talk',
  parentNetwork: null,
  networks: unknown(),
});
