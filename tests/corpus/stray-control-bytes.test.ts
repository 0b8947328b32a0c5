/**
 * A file is binary by the share of control bytes in it, not by one: a text with a stray NUL (an editor's, a bad copy's)
 * keeps its article, with the byte gone from its words; images, PDFs and archives are still told apart and skipped.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/corpus/decode.js';
import { cleanSeed, readSeedBytes } from '../../src/corpus/index.js';

const SPANISH = [
  'El pleno de Arroyomolinos aprobó el martes las cuentas del año que viene con los votos del gobierno local.',
  'La oposición votó en contra y pidió más dinero para el transporte escolar de las pedanías.',
  'El interventor advirtió de que la deuda con los proveedores supera ya los dos millones de euros.',
].join('\n\n');

const ENGLISH = [
  'The board of Kellerby School voted on Thursday to keep the library open on Saturdays through the winter.',
  'Parents had collected more than four hundred signatures asking for the weekend hours to stay.',
].join('\n\n');

/** `text` as UTF-8 with `byte` put in the middle of `word`'s first occurrence. */
function withByteInside(text: string, word: string, byte: number): Buffer {
  const at = Buffer.byteLength(text.slice(0, text.indexOf(word) + 3));
  const bytes = Buffer.from(text);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([byte]), bytes.subarray(at)]);
}

/** Bytes as compressed data has them: every value about as often (a linear congruential generator). */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >> 16 & 0xff;
  }
  return bytes;
}

function articleText(file: string, bytes: Buffer): string {
  const outcome = readSeedBytes(file, bytes);
  if (!('file' in outcome)) throw new Error(outcome.warning.message);
  const cleaned = cleanSeed(outcome.file);
  if (!('article' in cleaned)) throw new Error(cleaned.skipped);
  return cleaned.article.text;
}

describe('a text file with a stray control byte', () => {
  it('keeps its article, the word whole, in Spanish and English', () => {
    expect(articleText('pleno.txt', withByteInside(SPANISH, 'oposición', 0x00))).toContain('La oposición votó en contra');
    expect(articleText('board.txt', withByteInside(ENGLISH, 'signatures', 0x00))).toContain('four hundred signatures asking');
    expect(articleText('board.md', withByteInside(ENGLISH, 'library', 0x1b))).toContain('keep the library open');
  });

  it('keeps it with a NUL in its first bytes, or a few scattered through it', () => {
    expect(articleText('pleno.txt', Buffer.concat([Buffer.from([0]), Buffer.from(SPANISH)]))).toContain('El pleno de Arroyomolinos aprobó');
    const scattered = withByteInside(withByteInside(SPANISH, 'interventor', 0).toString('latin1'), 'pedanías', 0);
    expect(decodeBytes(scattered).kind).toBe('text');
  });
});

describe('a binary file', () => {
  it('is still binary: an image header and compressed data, with or without NUL bytes', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(6000, 7)]);
    expect(readSeedBytes('foto.txt', png)).toEqual({ warning: { file: 'foto.txt', message: 'skipped: the file is binary, not text' } });
    for (const seed of [1, 2, 3, 4, 5]) expect(decodeBytes(noise(8192, seed).filter((byte) => byte !== 0)).kind).toBe('binary');
  });

  it('is a text once mostly text: a page with a block of NULs at its end is binary only when they are a large share', () => {
    const padded = (nuls: number) => Buffer.concat([Buffer.from(ENGLISH), Buffer.alloc(nuls)]);
    expect(decodeBytes(padded(2)).kind).toBe('text');
    expect(decodeBytes(padded(400)).kind).toBe('binary');
  });
});
