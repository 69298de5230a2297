/**
 * The built-in carrier catalog, in DESIGN's order. Raise CATALOG_VERSION
 * whenever an entry changes: the store then refreshes the built-in entries
 * and keeps every field the user edited (see patch.ts).
 */
import { att, tmobile, verizon } from './builtin/operators';
import { consumercellular, googlefi, spectrum, usmobile, xfinity } from './builtin/pooled-and-cable';
import { boost, cricket, metro, mint, straighttalk, total, visible } from './builtin/prepaid-brands';
import type { Carrier } from './schema';

export const CATALOG_VERSION: number = 1;

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
