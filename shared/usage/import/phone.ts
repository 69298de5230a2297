/**
 * Matching a usage file's line column to the household's lines: by phone
 * number ignoring punctuation and a leading country code 1, by line name, or
 * by the last 4 digits when exactly one line ends in them.
 */
import type { LineMatch } from './schema';

/** The digits that identify a number: "+1 (555) 010-2030" and "555.010.2030" → "5550102030". */
export function numberKey(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

export interface MatchableLine {
  id: string;
  name: string;
  number: string | null;
}

export type LineMatcher = (value: string) => Pick<LineMatch, 'lineId' | 'by'>;

export function lineMatcher(lines: readonly MatchableLine[]): LineMatcher {
  const byNumber = new Map<string, string>();
  const byLast4 = new Map<string, string | null>();
  const byName = new Map<string, string>();
  for (const line of lines) {
    byName.set(line.name.trim().toLowerCase(), line.id);
    if (line.number === null) continue;
    const key = numberKey(line.number);
    byNumber.set(key, line.id);
    const last4 = key.slice(-4);
    // Two lines ending in the same 4 digits: neither is matched by them.
    byLast4.set(last4, byLast4.has(last4) ? null : line.id);
  }
  return (value) => {
    const text = value.trim();
    const key = numberKey(text);
    if (key.length >= 4) {
      const exact = byNumber.get(key);
      if (exact) return { lineId: exact, by: 'number' };
    }
    const named = byName.get(text.toLowerCase());
    if (named) return { lineId: named, by: 'name' };
    if (key.length >= 4 && /^[\d\s()+.-]+$/.test(text)) {
      const tail = byLast4.get(key.slice(-4));
      if (tail) return { lineId: tail, by: 'last4' };
    }
    return { lineId: null, by: null };
  };
}
