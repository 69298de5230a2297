/** Starting values for new records, matching the scenario file's defaults. */
import type { LineInput } from './schemas';

/** A line with no cap, no guaranteed minimum, weight 1 and no terms of its own. */
export const NEW_LINE: Readonly<LineInput> = Object.freeze({
  name: '',
  memberId: null,
  capGB: null,
  floorGB: 0,
  weight: 1,
  dataGB: null,
  premiumGB: null,
  hotspotGB: null,
  tier: null,
  needsPremium: false,
  number: null,
});
