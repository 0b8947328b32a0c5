import { describe, expect, it } from 'vitest';
import { isPackedStrings, packedStringAt, packStrings } from '../../src/text/packed-strings.js';

const STRINGS = ['alcaldesa de Órgiva', '', 'Zaragoza', 'señor Núñez', '“Dijo que sí”', 'emoji 🚢 a bordo', 'the harbour'];

describe('strings packed as one UTF-8 block', () => {
  it('read back each string as it was, in any order, one at a time', () => {
    const packed = packStrings(STRINGS);
    expect(isPackedStrings(packed, { whole: true })).toBe(true);
    const at = packedStringAt(packed);
    expect([6, 0, 3, 1, 5, 2, 4].map(at)).toEqual([6, 0, 3, 1, 5, 2, 4].map((n) => STRINGS[n]));
    expect(packed.ends.length).toBe(STRINGS.length);
    expect(packed.bytes.length).toBe(Buffer.byteLength(STRINGS.join(''), 'utf8'));
  });

  it('read a lone surrogate back as the replacement character, as UTF-8 holds it', () => {
    const at = packedStringAt(packStrings(['a\uD800b', 'c']));
    expect([at(0), at(1)]).toEqual(['a\uFFFDb', 'c']);
  });

  it('are read from a view into a larger buffer without its other bytes', () => {
    const { bytes, ends } = packStrings(['uno', 'dos']);
    const larger = new Uint8Array(bytes.length + 8);
    larger.set(bytes, 5);
    expect(packedStringAt({ bytes: larger.subarray(5, 5 + bytes.length), ends })(1)).toBe('dos');
  });

  it('are refused when their ends fall, pass the block, or (whole) stop short of it, or are no typed arrays', () => {
    const bytes = new TextEncoder().encode('unodostres');
    expect(isPackedStrings({ bytes, ends: Uint32Array.of(3, 6, 10) }, { whole: true })).toBe(true);
    expect(isPackedStrings({ bytes, ends: Uint32Array.of(3, 2, 10) })).toBe(false);
    expect(isPackedStrings({ bytes, ends: Uint32Array.of(3, 6, 11) })).toBe(false);
    expect(isPackedStrings({ bytes, ends: Uint32Array.of(3, 6) })).toBe(true);
    expect(isPackedStrings({ bytes, ends: Uint32Array.of(3, 6) }, { whole: true })).toBe(false);
    expect(isPackedStrings({ bytes: new Uint8Array(0), ends: new Uint32Array(0) }, { whole: true })).toBe(true);
    expect(isPackedStrings({ bytes, ends: new Uint32Array(0) }, { whole: true })).toBe(false);
    expect(isPackedStrings({ bytes, ends: [3, 6, 10] as unknown as Uint32Array })).toBe(false);
  });
});
