import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeUsageFile } from '@electron/usage/decode';
import { analyzeUsageCsv, type AnalyzeOptions } from '@shared/usage/import/analyze';
import { parseAmountBytes, unitInHeader } from '@shared/usage/import/amount';
import { dateCellParser } from '@shared/usage/import/dates';
import { lineMatcher } from '@shared/usage/import/phone';

// The family: cycles start on the 5th; today is Dec 2, 2026.
const LINES = [
  { id: 'mom', name: 'Mom', number: '+1 (555) 010-2030' },
  { id: 'dad', name: 'Dad', number: '555-010-4455' },
  { id: 'kid', name: 'Kid', number: null },
  { id: 'grandpa', name: '爷爷', number: '138 0013 8000' },
];
const BASE: AnalyzeOptions = { lines: LINES, rule: { cycleStartDay: 5 }, today: '2026-12-02', stored: [] };

const BOM_UTF8 = Buffer.from([0xef, 0xbb, 0xbf]);
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);

/** Decodes the bytes as the app does and reads them as a usage file. */
function read(bytes: Buffer, options: Partial<AnalyzeOptions> = {}) {
  const decoded = decodeUsageFile(bytes);
  return { encoding: decoded.encoding, ...analyzeUsageCsv(decoded.text, { ...BASE, ...options }) };
}

const gb = (n: number) => Math.round(n * 1e9) / 1e9;

describe('reading carrier usage files', () => {
  it('per-record, UTF-8 with BOM, commas, MB in the header, ISO date-times, numbers in several formats', () => {
    const csv = [
      'Date/Time,Phone number,Data used (MB)',
      '2026-11-05T08:00:00,+1 555 010 2030,500',
      '2026-11-05T20:00:00,(555) 010-2030,"1,500"',
      '2026-11-06 09:15,15550102030,250.5',
      '2026-11-05 10:00,555.010.4455,100',
      '2026-11-04 23:00,5550102030,300',
    ].join('\r\n');
    const result = read(Buffer.concat([BOM_UTF8, Buffer.from(csv)]));
    expect(result.encoding).toBe('utf-8');
    expect(result.delimiter).toBe(',');
    expect(result.kind).toBe('per-record');
    expect(result.rows).toBe(5);
    expect(result.columns.map((c) => c.header)).toEqual(['Date/Time', 'Phone number', 'Data used (MB)']);
    expect(result.mapping).toMatchObject({ date: 0, line: 1, amount: 2 });
    // Oct 5 – Nov 4 is an earlier cycle: its own running total; Nov 5 starts again from zero.
    expect(result.readings).toEqual([
      { lineId: 'mom', date: '2026-11-04', usedGB: 0.3 },
      { lineId: 'mom', date: '2026-11-05', usedGB: 2 },
      { lineId: 'dad', date: '2026-11-05', usedGB: 0.1 },
      { lineId: 'mom', date: '2026-11-06', usedGB: 2.2505 },
    ]);
    expect(result.matches.map((m) => [m.value, m.lineId, m.by])).toEqual([
      ['+1 555 010 2030', 'mom', 'number'],
      ['(555) 010-2030', 'mom', 'number'],
      ['15550102030', 'mom', 'number'],
      ['555.010.4455', 'dad', 'number'],
      ['5550102030', 'mom', 'number'],
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('cumulative, UTF-8 without BOM, semicolons, GB in the cells, US dates with times, lines by name', () => {
    const csv = [
      'Date;Line;Used',
      '11/5/2026 3:05 PM;Mom;1.2 GB',
      '11/6/2026 9:00 AM;Mom;1.9 GB',
      '11/6/2026 10:00 PM;Mom;2.4 GB',
      '11/20/2026;Kid;0.5GB',
    ].join('\n');
    const result = read(Buffer.from(csv));
    expect(result.delimiter).toBe(';');
    expect(result.kind).toBe('cumulative');
    expect(result.readings).toEqual([
      { lineId: 'mom', date: '2026-11-05', usedGB: 1.2 },
      { lineId: 'mom', date: '2026-11-06', usedGB: 2.4 },
      { lineId: 'kid', date: '2026-11-20', usedGB: 0.5 },
    ]);
  });

  it('UTF-16 LE with BOM, tabs, "Nov 5, 2026" dates, KB with thousands separators', () => {
    const csv = 'Date\tNumber\tUsage\nNov 5, 2026\t5550102030\t"512,000 KB"\nNov 7, 2026\t5550102030\t"1,024,000 KB"\n';
    const result = read(utf16le(csv));
    expect(result.encoding).toBe('utf-16le');
    expect(result.delimiter).toBe('\t');
    expect(result.readings).toEqual([
      { lineId: 'mom', date: '2026-11-05', usedGB: 0.512 },
      { lineId: 'mom', date: '2026-11-07', usedGB: 1.024 },
    ]);
  });

  it('UTF-16 BE with BOM, "5-Nov-2026" dates, binary units, a line found by its last 4 digits', () => {
    const csv = 'Date,Phone,Data\n5-Nov-2026,4455,1 GiB\n6-Nov-2026,4455,1536 MiB\n7-Nov-2026 08:30,4455,1572864 KiB\n';
    const result = read(utf16be(csv));
    expect(result.encoding).toBe('utf-16be');
    expect(result.matches).toEqual([{ value: '4455', lineId: 'dad', by: 'last4', rows: 3 }]);
    expect(result.readings).toEqual([
      { lineId: 'dad', date: '2026-11-05', usedGB: gb(1024 ** 3 / 1e9) },
      { lineId: 'dad', date: '2026-11-06', usedGB: gb((1536 * 1024 ** 2) / 1e9) },
      { lineId: 'dad', date: '2026-11-07', usedGB: gb((1572864 * 1024) / 1e9) },
    ]);
  });

  it('GB18030 with Chinese headers and YYYY/M/D dates (a Chinese Excel export)', () => {
    const csv =
      '日期,号码,流量(MB),备注\n2026/11/5,138 0013 8000,300,视频\n2026/11/5,138 0013 8000,200,地图\n2026/11/6,13800138000,100,微信\n';
    const result = read(iconv.encode(csv, 'gb18030'));
    expect(result.encoding).toBe('gb18030');
    expect(result.columns.map((c) => c.header)).toEqual(['日期', '号码', '流量(MB)', '备注']);
    expect(result.columns[2]!.unit).toBe('MB');
    expect(result.mapping).toMatchObject({ date: 0, line: 1, amount: 2 });
    expect(result.kind).toBe('per-record');
    expect(result.readings).toEqual([
      { lineId: 'grandpa', date: '2026-11-05', usedGB: 0.5 },
      { lineId: 'grandpa', date: '2026-11-06', usedGB: 0.6 },
    ]);
  });

  it('Chinese headers 时间 / 用量 in UTF-8, with 2026年11月5日 dates', () => {
    const csv = '时间,手机号码,用量(GB)\n2026年11月5日 08:00,13800138000,1.5\n2026年11月9日,13800138000,2\n';
    const result = read(Buffer.from(csv));
    expect(result.readings).toEqual([
      { lineId: 'grandpa', date: '2026-11-05', usedGB: 1.5 },
      { lineId: 'grandpa', date: '2026-11-09', usedGB: 2 },
    ]);
  });

  it('Windows-1252 with semicolons and decimal commas', () => {
    const csv = 'Date;Line — café;Data (GB)\n2026-11-05;Mom;1,5\n2026-11-08;Mom;2,25\n';
    const result = read(iconv.encode(csv, 'windows-1252'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.columns[1]!.header).toBe('Line — café');
    expect(result.readings).toEqual([
      { lineId: 'mom', date: '2026-11-05', usedGB: 1.5 },
      { lineId: 'mom', date: '2026-11-08', usedGB: 2.25 },
    ]);
  });

  it('quoted fields with embedded delimiters and newlines keep spreadsheet row numbers', () => {
    const csv = [
      '"Date","Line","Note","Usage (MB)"',
      '"2026-11-05","Mom","streaming, then',
      'maps","1,234.5"',
      '"2026-11-06","Mom","x","100"',
      '"someday","Mom","y","5"',
    ].join('\n');
    const result = read(Buffer.from(csv));
    expect(result.readings).toEqual([
      { lineId: 'mom', date: '2026-11-05', usedGB: 1.2345 },
      { lineId: 'mom', date: '2026-11-06', usedGB: 1.3345 },
    ]);
    expect(result.skipped).toEqual([{ row: 4, reason: 'BAD_DATE', value: 'someday' }]);
  });

  it('decimal units B, KB, TB are 1000-based', () => {
    expect(parseAmountBytes('500000000 B', 'GB')).toBe(5e8);
    expect(parseAmountBytes('600,000 KB', 'GB')).toBe(6e8);
    expect(parseAmountBytes('0.001 TB', 'GB')).toBe(1e9);
    expect(parseAmountBytes('1.5', 'MB')).toBe(1.5e6);
    expect(parseAmountBytes('2 GiB', 'GB')).toBe(2 * 1024 ** 3);
    expect(parseAmountBytes('-3', 'GB')).toBeNull();
    expect(parseAmountBytes('lots', 'GB')).toBeNull();
    expect(unitInHeader('Usage (MB)')).toBe('MB');
    expect(unitInHeader('流量MB')).toBe('MB');
    expect(unitInHeader('Bytes used')).toBe('B');
    expect(unitInHeader('Data used')).toBeNull();
  });

  it('reads every listed date format, with or without a time', () => {
    const read = dateCellParser();
    for (const cell of [
      '2026-11-05',
      '2026-11-05T23:59:59Z',
      '2026-11-05 07:00:00+08:00',
      '11/5/2026',
      '11/5/2026 11:30 PM',
      '2026/11/5',
      '2026/11/5 8:00',
      'Nov 5, 2026',
      'Nov 5, 2026 10:00 AM',
      '5-Nov-2026',
      '5-Nov-2026 14:00',
    ]) {
      expect(read(cell), cell).toBe('2026-11-05');
    }
    expect(read('2026-02-30')).toBeNull();
    expect(read('13/45/2026')).toBeNull();
  });

  it('reports each row it cannot read, by row number and why', () => {
    const csv = [
      'Date,Line,Usage (GB)',
      '2026-11-05,Mom,1',
      'yesterday,Mom,2',
      '2026-11-06,Mom,lots',
      '2026-11-06,+1 555 999 0000,1',
      '2026-11-07,,1',
      '2026-12-25,Mom,3',
      '2026-11-08,Mom,3',
    ].join('\n');
    const result = read(Buffer.from(csv));
    expect(result.skipped).toEqual([
      { row: 3, reason: 'BAD_DATE', value: 'yesterday' },
      { row: 4, reason: 'BAD_AMOUNT', value: 'lots' },
      { row: 5, reason: 'UNKNOWN_LINE', value: '+1 555 999 0000' },
      { row: 6, reason: 'NO_LINE' },
      { row: 7, reason: 'FUTURE_DATE', value: '2026-12-25' },
    ]);
    expect(result.skippedTotal).toBe(5);
    expect(result.readings).toEqual([
      { lineId: 'mom', date: '2026-11-05', usedGB: 1 },
      { lineId: 'mom', date: '2026-11-08', usedGB: 3 },
    ]);
  });

  it('a file without a line column goes to the line the user picks', () => {
    const csv = 'Date,Usage (GB)\n2026-11-05,1\n2026-11-06,1.5\n';
    const unpicked = read(Buffer.from(csv));
    expect(unpicked.mapping.line).toBeNull();
    expect(unpicked.readings).toEqual([]);
    const picked = read(Buffer.from(csv), { mapping: { lineId: 'kid' } });
    expect(picked.readings).toEqual([
      { lineId: 'kid', date: '2026-11-05', usedGB: 1 },
      { lineId: 'kid', date: '2026-11-06', usedGB: 1.5 },
    ]);
    const oneLine = read(Buffer.from(csv), { lines: [LINES[0]!] });
    expect(oneLine.readings.map((r) => r.lineId)).toEqual(['mom', 'mom']);
  });

  it('the kind can be set: cumulative rows that go down are skipped as out of order', () => {
    const csv = 'Date,Line,Usage (GB)\n2026-11-05,Mom,2\n2026-11-06,Mom,1\n2026-11-07,Mom,3\n';
    expect(read(Buffer.from(csv)).kind).toBe('per-record');
    const asCumulative = read(Buffer.from(csv), { mapping: { kind: 'cumulative' } });
    expect(asCumulative.kind).toBe('cumulative');
    expect(asCumulative.skipped).toEqual([{ row: 3, reason: 'OUT_OF_ORDER' }]);
    expect(asCumulative.readings.map((r) => r.usedGB)).toEqual([2, 3]);
  });

  it('compares with stored readings: replacements and out-of-order conflicts are listed, refused ones not written', () => {
    const csv = 'Date,Line,Usage (GB)\n2026-11-10,Mom,5\n2026-11-25,Mom,6\n';
    const result = read(Buffer.from(csv), {
      mapping: { kind: 'cumulative' },
      stored: [
        { lineId: 'mom', date: '2026-11-10', usedGB: 4 },
        { lineId: 'mom', date: '2026-11-20', usedGB: 8.4 },
      ],
    });
    expect(result.readings).toEqual([{ lineId: 'mom', date: '2026-11-10', usedGB: 5 }]);
    expect(result.conflicts).toEqual([
      { lineId: 'mom', date: '2026-11-10', usedGB: 5, kind: 'replaces', stored: { date: '2026-11-10', usedGB: 4 } },
      {
        lineId: 'mom',
        date: '2026-11-25',
        usedGB: 6,
        kind: 'out-of-order',
        stored: { date: '2026-11-20', usedGB: 8.4 },
      },
    ]);
  });

  it('matches phone numbers ignoring punctuation and a leading 1; an ambiguous last 4 matches nothing', () => {
    const match = lineMatcher([
      { id: 'a', name: 'A', number: '(555) 010-1111' },
      { id: 'b', name: 'B', number: '555 020 1111' },
      { id: 'c', name: 'C', number: '+1 555 030 2222' },
    ]);
    expect(match('1-555-010-1111')).toEqual({ lineId: 'a', by: 'number' });
    expect(match('5550302222')).toEqual({ lineId: 'c', by: 'number' });
    expect(match('2222')).toEqual({ lineId: 'c', by: 'last4' });
    expect(match('xxx-xxx-1111')).toEqual({ lineId: null, by: null });
    expect(match('1111')).toEqual({ lineId: null, by: null });
  });
});

describe('broken and hostile files', () => {
  it('an unbalanced quote skips its row with the row number; other rows are kept', () => {
    const csv = 'Date,Line,Usage (GB)\n2026-11-05,Mom,1\n"2026-11-06,Mom,2\n2026-11-07,Mom,3\n';
    const result = read(Buffer.from(csv));
    expect(result.skipped[0]).toMatchObject({ row: 3, reason: 'UNREADABLE_ROW' });
    expect(result.readings).toEqual([{ lineId: 'mom', date: '2026-11-05', usedGB: 1 }]);
  });

  it('a 10,000-character cell is a row-numbered skip with a shortened value', () => {
    const csv = `Date,Line,Usage (GB)\n${'x'.repeat(10_000)},Mom,1\n2026-11-05,Mom,${'9'.repeat(10_000)}\n2026-11-06,Mom,200000\n`;
    const result = read(Buffer.from(csv));
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
      [2, 'BAD_DATE'],
      [3, 'BAD_AMOUNT'],
      [4, 'TOO_LARGE'],
    ]);
    expect(result.skipped[0]!.value!.length).toBeLessThanOrEqual(40);
    expect(result.readings).toEqual([]);
  });

  it('random bytes never throw and never produce an impossible reading', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 30; i++) {
      const bytes = Buffer.from(Array.from({ length: 2000 }, () => Math.floor(random() * 256)));
      const result = read(bytes);
      for (const r of result.readings) {
        expect(r.date <= '2026-12-02').toBe(true);
        expect(Number.isFinite(r.usedGB) && r.usedGB >= 0 && r.usedGB <= 100_000).toBe(true);
      }
    }
  });
});
