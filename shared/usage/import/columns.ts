/** Guessing which column is the date, the amount and the line from the headers (English and Chinese). */
import type { ImportMapping } from './schema';

const DATE_HEADER = /date|time|day|日期|时间|時間/i;
const LINE_HEADER = /number|line|phone|mobile|msisdn|mdn|device|号码|號碼|手机|手機|线路/i;
const AMOUNT_HEADER = /usage|data|used|amount|volume|total|bytes|\b[KMGT]i?B\b|用量|流量|使用量|数据/i;

/** First column (not already taken) whose header matches. */
function first(headers: readonly string[], pattern: RegExp, taken: readonly (number | null)[]): number | null {
  const i = headers.findIndex((h, index) => !taken.includes(index) && pattern.test(h));
  return i === -1 ? null : i;
}

export function guessColumns(headers: readonly string[]): Pick<ImportMapping, 'date' | 'amount' | 'line'> {
  const date = first(headers, DATE_HEADER, []);
  const line = first(headers, LINE_HEADER, [date]);
  const amount = first(headers, AMOUNT_HEADER, [date, line]);
  return { date, amount, line };
}
