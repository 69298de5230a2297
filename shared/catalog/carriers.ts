/**
 * The built-in carrier catalog, in a fixed order (network operators first, then the brands on them). Raise CATALOG_VERSION
 * whenever an entry changes: the store then refreshes the built-in entries
 * and keeps every field the user edited (see patch.ts).
 */
import { att } from './builtin/att';
import { boost } from './builtin/boost';
import { consumercellular } from './builtin/consumercellular';
import { cricket } from './builtin/cricket';
import { googlefi } from './builtin/googlefi';
import { metro } from './builtin/metro';
import { mint } from './builtin/mint';
import { spectrum } from './builtin/spectrum';
import { straighttalk } from './builtin/straighttalk';
import { tmobile } from './builtin/tmobile';
import { total } from './builtin/total';
import { usmobile } from './builtin/usmobile';
import { verizon } from './builtin/verizon';
import { visible } from './builtin/visible';
import { xfinity } from './builtin/xfinity';
import type { Carrier } from './schema';

export const CATALOG_VERSION: number = 2;

export const BUILTIN_CATALOG: readonly Carrier[] = Object.freeze([
  verizon,
  att,
  tmobile,
  visible,
  cricket,
  metro,
  boost,
  mint,
  usmobile,
  googlefi,
  straighttalk,
  total,
  spectrum,
  xfinity,
  consumercellular,
]);

export function findBuiltinCarrier(id: string): Carrier | undefined {
  return BUILTIN_CATALOG.find((c) => c.id === id);
}
