/**
 * The word-result memory (src/remembered.ts): results come back without calling the function again,
 * and what it remembers keeps no text alive that a word was cut from (a build worker remembered words
 * of up to a hundred thousand articles, and held every one of those articles' texts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownCopy, remembered } from '../src/remembered.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapUsedAfterCollection(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** A text of about 2 MB (two bytes a character: it holds a curly quote), different each time. */
function bigText(n: number): string {
  return `“${`Declaración número ${n} del portavoz municipal sobre el presupuesto. `.repeat(15_000)}”`;
}

describe('remembered', () => {
  it('calls the function once per word until its capacity is reached, then starts afresh', () => {
    const calls: string[] = [];
    const upper = remembered((word: string) => {
      calls.push(word);
      return word.toUpperCase();
    }, 2);
    expect([upper('uno'), upper('dos'), upper('uno')]).toEqual(['UNO', 'DOS', 'UNO']);
    expect(calls).toEqual(['uno', 'dos']);
    upper('tres');
    upper('uno');
    expect(calls).toEqual(['uno', 'dos', 'tres', 'uno']);
  });

  it('keeps no text alive that a remembered word or result was cut from', () => {
    // The result is a slice of the word (as a trim or a stem can be), itself a slice of a large text.
    const firstWords = remembered((word: string) => word.slice(0, 16));
    const before = heapUsedAfterCollection();
    const kept: string[] = [];
    for (let n = 0; n < 20; n++) {
      const text = bigText(n);
      const word = text.slice(1, 40);
      kept.push(firstWords(word));
    }
    const grown = heapUsedAfterCollection() - before;
    // Twenty texts of about 2 MB each were read; what stays is a few hundred bytes a word.
    expect(grown).toBeLessThan(4 * 2 ** 20);
    expect(kept[7]).toBe('Declaración núme');
    expect(firstWords(bigText(7).slice(1, 40))).toBe('Declaración núme');
  });

  it('copies a string into one of the same characters', () => {
    for (const text of ['', 'corto', 'una palabra bastante larga', '“comillas” y ñ', '😀 fuera del plano básico 😀']) expect(ownCopy(text)).toBe(text);
  });
});
