/**
 * Bytes of a seed file to text. Scraped pages come as UTF-8 (with or without a byte order mark),
 * sometimes as UTF-16 (with a mark, or without one as some Windows tools save it), and older ones as
 * Latin-1 (Windows-1252); line ends may be CRLF.
 * Binary files (images, PDFs, archives dropped into the folder by mistake) are recognised, not decoded.
 */

export type Decoded = { kind: 'text'; text: string } | { kind: 'binary' };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** How much of the file's start is inspected for binary content. */
const SNIFF_BYTES = 8192;
/**
 * Share of control bytes (NUL included; tab and line ends aside) above which a file is binary. 27 of the 256 byte
 * values are such controls, so compressed or encrypted data (a PNG's or JPEG's pixels, a PDF's streams, a zip) holds
 * about 10.5 % of them, within half a point over SNIFF_BYTES; a text holds none but a stray byte or two (a NUL left by
 * an editor or a bad copy), which must not cost the whole article.
 */
const MAX_CONTROL_SHARE = 0.02;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const replacingUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** How much of a page's start a browser reads for its declared encoding (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;
/** A declaration of UTF-8: `<meta charset="utf-8">`, a Content-Type meta's `charset=utf-8`, an XML declaration's encoding. */
const DECLARES_UTF8 = /<meta\b[^>]*charset\s*=\s*["']?\s*utf-?8\b|<\?xml\b[^>]*encoding\s*=\s*["']utf-?8["']/iu;
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });
/**
 * UTF-16 without a mark is told by its NUL bytes: Latin, Greek and Cyrillic letters, digits and punctuation are code
 * points under U+0800 (most under U+0100), so their high byte is NUL in at least this share of a text's code units,
 * on one side of each pair (little-endian: odd offsets). The other side's NULs are rarer than a tenth of those (code
 * points such as U+4E00, U+0100); a binary file's NULs fall on both sides.
 */
const MIN_UTF16_NUL_SHARE = 0.3;
const MAX_UTF16_OTHER_SIDE_NULS = 0.1;

/**
 * A seed file's bytes as text: UTF-16 by its byte order mark or, unmarked, by its NUL bytes; else UTF-8, with stray
 * Windows-1252 bytes read as such (see decodeMixed); a whole file that is not UTF-8 as Windows-1252. `binary` when more
 * than MAX_CONTROL_SHARE of the file's first SNIFF_BYTES are control bytes (images, PDFs, archives); a stray NUL is text's. Never throws.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, UTF16LE_BOM)) return text(utf16le.decode(bytes.subarray(2)));
  if (startsWith(bytes, UTF16BE_BOM)) return text(utf16be.decode(bytes.subarray(2)));
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const unmarked = unmarkedUtf16(body);
  if (unmarked !== null) return text(unmarked);
  if (looksBinary(body)) return { kind: 'binary' };
  return text(decodeUtf8OrLatin1(body));
}

/**
 * Bytes of text with no byte order mark as UTF-8, or, where they are not valid UTF-8, as Windows-1252 (Latin-1), as a
 * seed file is read: what the console reads from a pipe, a line at a time, and the CLI from a question file.
 */
export function decodeUtf8OrLatin1(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeMixed(bytes);
  }
}

/** Whether a page declares UTF-8 where a browser looks for its encoding (its first PRESCAN_BYTES). */
function declaresUtf8(bytes: Uint8Array): boolean {
  return DECLARES_UTF8.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1'));
}

/**
 * A file that is not valid UTF-8 throughout: Windows-1252 as a whole, unless it is mostly UTF-8 with a few stray
 * Windows-1252 bytes (a Latin-1 line pasted into a UTF-8 file: "León" beside "Joaquín"). Then each valid UTF-8
 * sequence is read as UTF-8 and each stray byte as Windows-1252, so neither part turns into mojibake ("JoaquÃ­n").
 * A real Windows-1252 text seldom holds a valid multi-byte UTF-8 sequence (it would take "Ã©"-like pairs).
 * A page that declares UTF-8 and has any valid multi-byte sequence is UTF-8, however few its accents beside the bad
 * bytes: those are read as U+FFFD, as a browser shows them (three broken bytes beside two accents had the whole page
 * read as Windows-1252: "VolodÃmir"). A page declaring UTF-8 with none is a Windows-1252 page mislabelled.
 */
function decodeMixed(bytes: Uint8Array): string {
  const stray: number[] = [];
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    const size = utf8SequenceAt(bytes, i);
    if (size === 0) stray.push(i++);
    else {
      if (size > 1) multiByte++;
      i += size;
    }
  }
  if (multiByte > 0 && declaresUtf8(bytes)) return replacingUtf8.decode(bytes);
  if (multiByte <= stray.length) return decodeWindows1252(bytes);
  let decoded = '';
  let from = 0;
  for (const at of stray) {
    decoded += strictUtf8.decode(bytes.subarray(from, at)) + decodeWindows1252(bytes.subarray(at, at + 1));
    from = at + 1;
  }
  return decoded + strictUtf8.decode(bytes.subarray(from));
}

/** The length of the well-formed UTF-8 sequence starting at `i` (1 to 4), or 0 when there is none (Unicode 15, table 3-7). */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (size === 0 || i + size > bytes.length) return 0;
  // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, surrogates or code points past U+10FFFF).
  const second = bytes[i + 1]!;
  const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
  if (second < low || second > high) return 0;
  for (let k = 2; k < size; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return 0;
  return size;
}

// Windows-1252 is ISO-8859-1 plus curly quotes, dashes and a few letters in 0x80–0x9F, which is what
// "Latin-1" pages really use. Node 20's TextDecoder decodes that range as control characters, so
// those 27 code points are mapped here (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and stay).
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

/** C0 control characters but tab, line feed, vertical tab, form feed and carriage return: no text's letters, and one inside a word would split it. */
const STRAY_CONTROLS = /[\u0000-\u0008\u000E-\u001F]/gu;

function text(decoded: string): Decoded {
  return { kind: 'text', text: decoded.replace(STRAY_CONTROLS, '').replace(/\r\n?/g, '\n') };
}

/**
 * The text of a UTF-16 file saved without its byte order mark, when its first SNIFF_BYTES say it is one (see
 * MIN_UTF16_NUL_SHARE: NUL high bytes on one side of the pairs, few on the other) and the decoded text holds no
 * control character but white space; null otherwise.
 */
function unmarkedUtf16(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SNIFF_BYTES - (SNIFF_BYTES % 2));
  const units = Math.floor(sample.length / 2);
  if (units === 0) return null;
  const nuls = [0, 0];
  for (let i = 0; i < units * 2; i++) if (sample[i] === 0) nuls[i % 2]!++;
  const [even = 0, odd = 0] = nuls;
  const oneSided = (high: number, low: number) => high >= units * MIN_UTF16_NUL_SHARE && low <= high * MAX_UTF16_OTHER_SIDE_NULS;
  const order = oneSided(odd, even) ? utf16le : oneSided(even, odd) ? utf16be : null;
  if (!order) return null;
  const decoded = order.decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  // Controls other than white space, or a lone surrogate (decoded as U+FFFD), are no text.
  return /[\u0000-\u0008\u000E-\u001F\uFFFD]/u.test(decoded) ? null : decoded;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  // Control characters other than tab, line feed, vertical tab, form feed and carriage return; NUL among them.
  for (const byte of sample) if (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) control++;
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
