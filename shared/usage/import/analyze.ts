/**
 * A usage file, from its text to the readings it would write: parse the CSV
 * (papaparse, streaming row by row so only the three mapped cells of each
 * row are kept), read dates, amounts and lines, decide the kind of rows, and
 * turn them into one running cycle total per line per day. Pure: the caller
 * decodes the bytes and supplies the lines, the cycle rule, today and the
 * readings already stored.
 */
import Papa from 'papaparse';
import { MAX_READING_GB } from '@shared/domain/schemas';
import { BYTES_PER_GB } from '@shared/domain/units';
import { cycleContaining, type CycleRule } from '@shared/engine/cycle';
import { readingOrderConflict } from '../readings';
import { parseAmountBytes, unitInHeader } from './amount';
import { guessColumns } from './columns';
import { dateCellParser } from './dates';
import { lineMatcher, type MatchableLine } from './phone';
import {
  MAX_LISTED_SKIPS,
  type ImportColumn,
  type ImportConflict,
  type ImportMapping,
  type ImportMappingInput,
  type ImportReading,
  type LineMatch,
  type SkippedRow,
  type UsageKind,
} from './schema';

export interface StoredReading {
  lineId: string;
  date: string;
  usedGB: number;
}

export interface AnalyzeOptions {
  lines: readonly MatchableLine[];
  rule: CycleRule;
  /** Readings dated after this are refused. */
  today: string;
  stored: readonly StoredReading[];
  /** Columns, line, kind or unit the user chose; anything missing is guessed. */
  mapping?: Partial<ImportMappingInput> | undefined;
  /** Called every few thousand rows with characters read so far and the text length. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface UsageAnalysis {
  delimiter: string;
  columns: ImportColumn[];
  mapping: ImportMapping;
  kind: UsageKind;
  rows: number;
  /** Every reading the file gives, before comparing with what is stored. */
  candidates: ImportReading[];
  /** What a commit writes: new readings and replacements, oldest first. */
  readings: ImportReading[];
  /** Readings equal to a stored one: nothing to write. */
  unchanged: number;
  skipped: SkippedRow[];
  skippedTotal: number;
  conflicts: ImportConflict[];
  matches: LineMatch[];
}

const SAMPLE_ROWS = 3;
const CHUNK_CHARS = 1 << 18;

/** One usable row: its line, day and amount. Kept as parallel number arrays (200,000 rows stay a few MB). */
interface Records {
  line: number[];
  date: number[];
  bytes: number[];
  row: number[];
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

export function analyzeUsageCsv(text: string, options: AnalyzeOptions): UsageAnalysis {
  const { lines, rule, today } = options;
  const skipped: SkippedRow[] = [];
  let skippedTotal = 0;
  const skip = (row: number, reason: SkippedRow['reason'], value?: string) => {
    skippedTotal += 1;
    if (skipped.length < MAX_LISTED_SKIPS)
      skipped.push(value === undefined ? { row, reason } : { row, reason, value: shorten(value) });
  };

  let headers: string[] | null = null;
  const samples: string[][] = [];
  let mapping: ImportMapping | null = null;
  let fallbackUnit: ImportMapping['unit'] = 'GB';
  let delimiter = ',';
  let rowNumber = 1;

  const dates: string[] = [];
  const dateIndex = new Map<string, number>();
  const readDate = dateCellParser();
  const matchLine = lineMatcher(lines);
  const matchByValue = new Map<string, LineMatch>();
  const lineIds: string[] = [];
  const lineIndex = new Map<string, number>();
  const records: Records = { line: [], date: [], bytes: [], row: [] };
  const indexOfLine = (id: string) => {
    let i = lineIndex.get(id);
    if (i === undefined) {
      i = lineIds.length;
      lineIds.push(id);
      lineIndex.set(id, i);
    }
    return i;
  };

  const start = (row: string[]) => {
    headers = row.map((h) => h.trim());
    const guessed = guessColumns(headers);
    const wanted = options.mapping ?? {};
    const pick = (key: 'date' | 'amount' | 'line') => (wanted[key] !== undefined ? wanted[key] : guessed[key]);
    const line = pick('line');
    mapping = {
      date: pick('date'),
      amount: pick('amount'),
      line,
      // A file without a line column goes to the line the user picked, or to the only line there is.
      lineId: wanted.lineId ?? (line === null && lines.length === 1 ? lines[0]!.id : null),
      kind: wanted.kind ?? 'auto',
      unit: wanted.unit ?? null,
    };
    const headerUnit = mapping.amount === null ? null : unitInHeader(headers[mapping.amount] ?? '');
    fallbackUnit = mapping.unit ?? headerUnit ?? 'GB';
  };

  const take = (cells: string[], row: number) => {
    const m = mapping!;
    if (m.date === null || m.amount === null) return;
    const dateCell = cells[m.date] ?? '';
    const iso = readDate(dateCell);
    if (iso === null) return skip(row, 'BAD_DATE', dateCell);
    const amountCell = cells[m.amount] ?? '';
    const bytes = parseAmountBytes(amountCell, fallbackUnit ?? 'GB');
    if (bytes === null) return skip(row, 'BAD_AMOUNT', amountCell);
    let lineId: string | null;
    if (m.line === null) {
      lineId = m.lineId;
      if (lineId === null) return; // waiting for the user to pick the line
    } else {
      const value = (cells[m.line] ?? '').trim();
      if (value === '') return skip(row, 'NO_LINE');
      let match = matchByValue.get(value);
      if (!match) {
        match = { value, ...matchLine(value), rows: 0 };
        matchByValue.set(value, match);
      }
      match.rows += 1;
      lineId = match.lineId;
      if (lineId === null) return skip(row, 'UNKNOWN_LINE', value);
    }
    if (iso > today) return skip(row, 'FUTURE_DATE', dateCell);
    let d = dateIndex.get(iso);
    if (d === undefined) {
      d = dates.length;
      dates.push(iso);
      dateIndex.set(iso, d);
    }
    records.line.push(indexOfLine(lineId));
    records.date.push(d);
    records.bytes.push(bytes);
    records.row.push(row);
  };

  // Chunks of 1 MB: papaparse hands over a few thousand rows at a time, so
  // memory stays bounded by the chunk, not the file, and progress can be told.
  Papa.parse<string[]>(text, {
    complete: () => undefined,
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: true,
    chunkSize: CHUNK_CHARS,
    chunk(result: Papa.ParseResult<string[]>) {
      delimiter = result.meta.delimiter;
      const broken = new Set<number>();
      for (const e of result.errors) if (e.type === 'Quotes' && e.row !== undefined) broken.add(e.row);
      const rows = result.data;
      for (let i = 0; i < rows.length; i++) {
        const cells = rows[i]!;
        // A line of only delimiters is not a row (spreadsheets leave them at the end).
        if (isBlank(cells)) continue;
        if (headers === null) {
          start(cells);
          continue;
        }
        rowNumber += 1;
        if (samples.length < SAMPLE_ROWS) samples.push(cells);
        if (broken.has(i)) skip(rowNumber, 'UNREADABLE_ROW');
        else take(cells, rowNumber);
      }
      options.onProgress?.(result.meta.cursor, text.length);
    },
  });
  options.onProgress?.(text.length, text.length);

  const finalMapping: ImportMapping = mapping ?? {
    date: null,
    amount: null,
    line: null,
    lineId: null,
    kind: 'auto',
    unit: null,
  };
  const columns: ImportColumn[] = (headers ?? []).map((header, index) => ({
    index,
    header,
    unit: unitInHeader(header),
    samples: samples.map((r) => shorten(r[index] ?? '')),
  }));

  const { kind, perDay } = toRunningTotals(records, dates, rule, finalMapping.kind, skip);

  const candidates: ImportReading[] = [];
  for (const r of perDay) {
    const usedGB = Math.round(r.bytes) / BYTES_PER_GB;
    if (usedGB > MAX_READING_GB) skip(r.row, 'TOO_LARGE');
    else candidates.push({ lineId: lineIds[r.line]!, date: dates[r.date]!, usedGB });
  }
  const order = new Map(lines.map((l, i) => [l.id, i]));
  candidates.sort((a, b) => a.date.localeCompare(b.date) || order.get(a.lineId)! - order.get(b.lineId)!);
  skipped.sort((a, b) => a.row - b.row);
  const { readings, conflicts, unchanged } = compareWithStored(candidates, options.stored, rule);

  return {
    delimiter,
    columns,
    mapping: finalMapping,
    kind,
    rows: Math.max(0, rowNumber - 1),
    candidates,
    readings,
    unchanged,
    skipped,
    skippedTotal,
    conflicts,
    matches: [...matchByValue.values()],
  };
}

/**
 * The file's readings against the stored ones: a reading on a stored date
 * replaces it (listed as a conflict), an equal one needs no write, and one
 * out of order with a stored reading of its cycle is refused and listed.
 */
export function compareWithStored(
  candidates: readonly ImportReading[],
  stored: readonly StoredReading[],
  rule: CycleRule,
): { readings: ImportReading[]; conflicts: ImportConflict[]; unchanged: number } {
  const storedByLine = new Map<string, StoredReading[]>();
  for (const s of stored) {
    const list = storedByLine.get(s.lineId);
    if (list) list.push(s);
    else storedByLine.set(s.lineId, [s]);
  }
  const readings: ImportReading[] = [];
  const conflicts: ImportConflict[] = [];
  let unchanged = 0;
  for (const r of candidates) {
    const list = storedByLine.get(r.lineId) ?? [];
    const same = list.find((s) => s.date === r.date);
    const clash = readingOrderConflict(rule, list, r);
    if (clash) {
      conflicts.push({ ...r, kind: 'out-of-order', stored: { date: clash.date, usedGB: clash.usedGB } });
    } else if (same && Math.round(same.usedGB * BYTES_PER_GB) === Math.round(r.usedGB * BYTES_PER_GB)) {
      unchanged += 1;
    } else {
      if (same) conflicts.push({ ...r, kind: 'replaces', stored: { date: r.date, usedGB: same.usedGB } });
      readings.push(r);
    }
  }
  return { readings, conflicts, unchanged };
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '' && c.trim() !== '') return false;
  return true;
}

interface DayTotal {
  line: number;
  date: number;
  bytes: number;
  /** The last row that made this total, for skip reports. */
  row: number;
}

/**
 * Records → one cumulative reading per line per day.
 *
 * Rows are taken in time order per line: by date, and within a day in file
 * order, reversed when the file lists that line newest first (carrier
 * exports often do). A column that never decreases within a cycle is
 * cumulative; otherwise the rows are per-record amounts, summed per day and
 * added up from the start of each cycle. In a file taken as cumulative, a
 * row below an earlier one of the same cycle is skipped as out of order.
 */
function toRunningTotals(
  records: Records,
  dates: readonly string[],
  rule: CycleRule,
  wanted: ImportMapping['kind'],
  skip: (row: number, reason: SkippedRow['reason']) => void,
): { kind: UsageKind; perDay: DayTotal[] } {
  const cycleOf = new Map<number, string>();
  const cycleStart = (d: number) => {
    let c = cycleOf.get(d);
    if (c === undefined) {
      c = cycleContaining(rule, dates[d]!).start;
      cycleOf.set(d, c);
    }
    return c;
  };

  const byLine = new Map<number, number[]>();
  for (let i = 0; i < records.line.length; i++) {
    const l = records.line[i]!;
    const list = byLine.get(l);
    if (list) list.push(i);
    else byLine.set(l, [i]);
  }
  // Dates by calendar order, so rows sort by a small integer (a counting sort keeps it linear and stable).
  const rank = new Int32Array(dates.length);
  dates
    .map((d, i) => [d, i] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .forEach(([, i], r) => (rank[i] = r));
  const ordered: number[][] = [];
  const counts = new Int32Array(dates.length + 1);
  for (const list of byLine.values()) {
    let forward = 0;
    let backward = 0;
    for (let k = 1; k < list.length; k++) {
      const a = rank[records.date[list[k - 1]!]!]!;
      const b = rank[records.date[list[k]!]!]!;
      if (a < b) forward += 1;
      else if (a > b) backward += 1;
    }
    if (backward > forward) list.reverse();
    counts.fill(0);
    for (const i of list) counts[rank[records.date[i]!]! + 1]! += 1;
    for (let r = 1; r <= dates.length; r++) counts[r]! += counts[r - 1]!;
    const sorted = new Array<number>(list.length);
    for (const i of list) sorted[counts[rank[records.date[i]!]!]!++] = i;
    ordered.push(sorted);
  }

  let kind: UsageKind;
  if (wanted !== 'auto') kind = wanted;
  else {
    kind = 'cumulative';
    outer: for (const list of ordered) {
      for (let k = 1; k < list.length; k++) {
        const a = list[k - 1]!;
        const b = list[k]!;
        if (cycleStart(records.date[a]!) === cycleStart(records.date[b]!) && records.bytes[b]! < records.bytes[a]!) {
          kind = 'per-record';
          break outer;
        }
      }
    }
    if (records.line.length === 0) kind = 'cumulative';
  }

  const perDay: DayTotal[] = [];
  for (const list of ordered) {
    let cycle = '';
    let total = 0;
    let current: DayTotal | null = null;
    for (const i of list) {
      const d = records.date[i]!;
      const c = cycleStart(d);
      if (c !== cycle) {
        cycle = c;
        total = 0;
      }
      const bytes = records.bytes[i]!;
      if (kind === 'per-record') total += bytes;
      else if (bytes < total) {
        skip(records.row[i]!, 'OUT_OF_ORDER');
        continue;
      } else total = bytes;
      if (current && current.date === d) {
        current.bytes = total;
        current.row = records.row[i]!;
      } else {
        current = { line: records.line[i]!, date: d, bytes: total, row: records.row[i]! };
        perDay.push(current);
      }
    }
  }
  return { kind, perDay };
}
