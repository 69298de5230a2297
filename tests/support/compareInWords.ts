/** The engine's ranking read as the CLI prints it: its reasons and unknowns worded in English. */
import { compare as rank } from '@shared/engine/compare';
import type { Comparison } from '@shared/engine/types';
import { comparisonInWords } from '@shared/i18n/render';

export function compare(...args: Parameters<typeof rank>): Comparison {
  return comparisonInWords(rank(...args), 'en');
}
