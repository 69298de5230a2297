/**
 * Amounts of data as carriers and spreadsheets write them: "1,234.5",
 * "512 MB", "1.2GiB", with the unit in the cell, in the header, or neither
 * (then the mapping's unit, else GB).
 */
import type { DataUnit } from './schema';

/** Bytes per unit: decimal units are 1000-based as carriers bill, binary ones 1024-based. */
export const BYTES_PER_UNIT: Readonly<Record<DataUnit, number>> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
};

const UNIT_BY_LOWER: Record<string, DataUnit> = {
  b: 'B',
  byte: 'B',
  bytes: 'B',
  kb: 'KB',
  mb: 'MB',
  gb: 'GB',
  tb: 'TB',
  kib: 'KiB',
  mib: 'MiB',
  gib: 'GiB',
};

/** A unit word as written ("mb", "GiB", "bytes"), or null. */
export function unitOf(word: string): DataUnit | null {
  return UNIT_BY_LOWER[word.toLowerCase()] ?? null;
}

// A unit standing alone in a header: "Usage (MB)", "流量MB", "Data used [GB]".
const HEADER_UNIT = /(?:^|[^A-Za-z])(bytes?|[KMGT]i?B|B)(?![A-Za-z])/i;

/** The unit a header names, e.g. "Data (MB)" → MB; "Bytes used" → B. */
export function unitInHeader(header: string): DataUnit | null {
  const m = HEADER_UNIT.exec(header);
  return m ? unitOf(m[1]!) : null;
}

const CELL = /^([+-]?[0-9][0-9,. ]*)\s*([A-Za-z]{1,5})?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * Bytes in a cell, or null when it is not an amount. A comma groups
 * thousands ("1,234.5") unless it is the only separator and not followed by
 * exactly three digits ("1,5" = 1.5, as semicolon-separated European files
 * write decimals). Negative amounts are not usage.
 */
export function parseAmountBytes(cell: string, fallbackUnit: DataUnit): number | null {
  const text = cell.trim();
  if (text === '') return null;
  const m = CELL.exec(text);
  if (!m) return null;
  let digits = m[1]!.trim();
  const unit = m[2] === undefined ? fallbackUnit : unitOf(m[2]);
  if (unit === null) return null;
  if (THOUSANDS.test(digits)) digits = digits.replace(/[, ]/g, '');
  else if (DECIMAL_COMMA.test(digits)) digits = digits.replace(',', '.');
  if (!/^[+-]?\d+(?:\.\d+)?$/.test(digits)) return null;
  const value = Number(digits);
  if (!Number.isFinite(value) || value < 0) return null;
  return value * BYTES_PER_UNIT[unit];
}
