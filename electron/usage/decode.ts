/**
 * The text of a usage file, whatever spreadsheet or carrier portal saved it:
 * a byte-order mark decides first (UTF-8, UTF-16 LE/BE); then bytes that are
 * valid UTF-8 are UTF-8; otherwise it is GB18030 (Chinese Excel's "CSV")
 * when the bytes read as Chinese there, else Windows-1252 (Western Excel).
 */
import iconv from 'iconv-lite';

export type UsageFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

export interface DecodedFile {
  text: string;
  encoding: UsageFileEncoding;
  /** True when the file started with a byte-order mark. */
  bom: boolean;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * GB18030 vs Windows-1252 for bytes that are not UTF-8: in Chinese text the
 * non-ASCII bytes come in pairs that decode to CJK characters; Western text
 * has lone accented letters, which GB18030 turns into replacement characters
 * or stray symbols. Most of the non-ASCII characters must be CJK.
 */
function looksLikeGb18030(bytes: Buffer): boolean {
  const text = iconv.decode(bytes, 'gb18030');
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    if (code === 0xfffd) return false;
    nonAscii += 1;
    if (
      (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
      (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
      (code >= 0xff00 && code <= 0xffef) // full-width forms
    ) {
      cjk += 1;
    }
  }
  return nonAscii > 0 && cjk / nonAscii >= 0.8;
}

export function decodeUsageFile(bytes: Buffer): DecodedFile {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8', bom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: one of the legacy code pages.
  }
  if (looksLikeGb18030(bytes)) return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030', bom: false };
  return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252', bom: false };
}
