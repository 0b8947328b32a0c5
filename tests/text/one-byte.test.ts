/**
 * Strings stored one byte a character where they can be (src/text/one-byte.ts): what a build worker sends the main
 * thread, cut from article texts with a curly quote or a dash, took two bytes a character there for the library's life.
 * How a string is stored is read from `v8.serialize`, which writes it as V8 holds it (and postMessage copies it so).
 */
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { oneByte, withOneByteStrings } from '../../src/text/one-byte.js';

/** Bytes a string takes in `v8.serialize` beyond its characters' count: about its length when two-byte, a few when one-byte. */
function extraBytes(text: string): number {
  return serialize(text).length - text.length;
}

/** A text that V8 stores two bytes a character: its dashes and curly quotes are past U+00FF. */
const TWO_BYTE_TEXT =
  'La alcaldesa —reelegida en mayo— aseguró que el presupuesto de la ciudad crecerá un 12 % el año próximo. ' +
  '“No habrá recortes en las bibliotecas ni en los centros de salud”, afirmó ante el pleno. ' +
  "The council's finance chair said the plan was 'realistic and fair' to every district.";

/** Cuts of it holding Latin-1 letters only: a clause, a quotation's words, a name, an English sentence. */
const LATIN1_CUTS = [
  TWO_BYTE_TEXT.slice(TWO_BYTE_TEXT.indexOf('el presupuesto'), TWO_BYTE_TEXT.indexOf('.')),
  TWO_BYTE_TEXT.slice(TWO_BYTE_TEXT.indexOf('No habrá'), TWO_BYTE_TEXT.indexOf('salud') + 'salud'.length),
  TWO_BYTE_TEXT.slice(TWO_BYTE_TEXT.indexOf('La alcaldesa'), TWO_BYTE_TEXT.indexOf(' —')),
  TWO_BYTE_TEXT.slice(TWO_BYTE_TEXT.indexOf("The council's"), TWO_BYTE_TEXT.indexOf(' to every')),
];

describe('oneByte', () => {
  it('stores a Latin-1 cut of a two-byte text one byte a character, with the same characters', () => {
    for (const cut of LATIN1_CUTS) {
      expect(extraBytes(cut)).toBeGreaterThanOrEqual(cut.length);
      const stored = oneByte(cut);
      expect(stored).toBe(cut);
      expect(extraBytes(stored)).toBeLessThan(8);
    }
  });

  it('leaves a string with a character past U+00FF as it is', () => {
    for (const text of ['Dijo: “basta”.', 'Costará 40 € más', 'El índice Ω subió', 'Un voto 👍 más', 'guion—largo']) expect(oneByte(text)).toBe(text);
  });
});

describe('withOneByteStrings', () => {
  it('copies statements, names and aliases with their Latin-1 strings one byte a character, equal to the original', () => {
    const [clause, words, name, english] = LATIN1_CUTS as [string, string, string, string];
    const statement = { articleId: 'pleno', kind: 'direct', text: words, speaker: name, via: null, start: 120, end: 185 };
    const value = { statements: [statement, { ...statement, kind: 'indirect', text: clause }], aliases: { [name]: [english, 'la alcaldesa'] }, pairs: new Uint32Array([1, 2]) };
    const copy = withOneByteStrings(value);
    expect(copy).toEqual(value);
    expect(extraBytes(copy.statements[0]!.text)).toBeLessThan(8);
    expect(extraBytes(copy.statements[1]!.text)).toBeLessThan(8);
    expect(extraBytes(copy.aliases[oneByte(name)]![0]!)).toBeLessThan(8);
    // The whole message is smaller by the strings' second bytes.
    expect(serialize(copy).length).toBeLessThan(serialize(value).length * 0.8);
    // Typed arrays cross as they are.
    expect(copy.pairs).toBe(value.pairs);
  });

  it('keeps an object held twice shared, and a key named "__proto__" an own property', () => {
    const shared = { name: LATIN1_CUTS[2]! };
    const aliases = JSON.parse('{"__proto__": ["un nombre raro"], "Ana": ["la ministra"]}') as Record<string, string[]>;
    const copy = withOneByteStrings({ first: shared, second: shared, aliases });
    expect(copy.first).toBe(copy.second);
    expect(Object.keys(copy.aliases)).toEqual(['__proto__', 'Ana']);
    expect(Object.getPrototypeOf(copy.aliases)).toBe(Object.prototype);
    expect(copy.aliases['__proto__']).toEqual(['un nombre raro']);
  });
});
