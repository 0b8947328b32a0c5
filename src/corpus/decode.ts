/**
 * Bytes of a seed file to text. Scraped pages come as UTF-8 (with or without a byte order mark),
 * sometimes as UTF-16 with a mark, and older ones as Latin-1 (Windows-1252); line ends may be CRLF.
 * Binary files (images, PDFs, archives dropped into the folder by mistake) are recognised, not decoded.
 */

export type Decoded = { kind: 'text'; text: string } | { kind: 'binary' };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** How much of the file's start is inspected for binary content. */
const SNIFF_BYTES = 8192;
/** Share of control bytes above which a file without NUL bytes is still binary. */
const MAX_CONTROL_SHARE = 0.1;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, UTF16LE_BOM)) return text(utf16le.decode(bytes.subarray(2)));
  if (startsWith(bytes, UTF16BE_BOM)) return text(utf16be.decode(bytes.subarray(2)));
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { kind: 'binary' };
  return text(decodeUtf8OrLatin1(body));
}

function decodeUtf8OrLatin1(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
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

function text(decoded: string): Decoded {
  return { kind: 'text', text: decoded.replace(/\r\n?/g, '\n') };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Control characters other than tab, line feed, vertical tab, form feed and carriage return.
    if (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
