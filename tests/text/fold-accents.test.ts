import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../src/text/words.js';

/** The definition foldAccents keeps: lower case, canonical decomposition (NFD), every combining mark removed. */
const byDefinition = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

const codes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, at) => String.fromCharCode(from + at));

describe('foldAccents', () => {
  it('folds Spanish and English text as its definition does', () => {
    for (const text of [
      'El Índice de Precios subió un 3,5 % en Cádiz, según la Consejería de Economía, que cifró el alza en «más de 20 €».',
      'Añoranza, pingüino, acción, ÓRGANO, Ñandú — “cita” y ‘otra’… ¿Qué? ¡Sí!',
      'The café’s naïve façade — rebuilt in 2026 — cost £4m, the Zoë Brontë Trust said.',
      'plain ascii text, no accent at all: 1,500 people',
      '',
    ]) {
      expect(foldAccents(text)).toBe(byDefinition(text));
    }
    expect(foldAccents('Moscú, NIÑO, Ærøskøbing')).toBe('moscu, nino, ærøskøbing');
  });

  it('folds text in other scripts and with marks already apart as its definition does', () => {
    for (const text of [
      'ΟΔΥΣΣΕΥΣ Σ', // Greek: a capital sigma lower-cases by its place in the word
      'İstanbul ve Iğdır', // Turkish dotted capital I: lower case adds a combining dot
      'Hà Nội, Việt Nam',
      'Zürich und Straße',
      'cafe\u0301 and an\u0303o, already decomposed',
      'Łódź i Kraków 🚲 ok',
      'Москва́ и Ки́ев',
      '日本語のテキスト、東京。',
      'e\u0301\u0327 marks in a non-canonical order',
    ]) {
      expect(foldAccents(text)).toBe(byDefinition(text));
    }
  });

  it('folds every Latin letter, punctuation mark and currency sign, alone and beside any other of them, as its definition does', () => {
    const characters = [...codes(0x80, 0x24f), ...codes(0x2000, 0x20cf)];
    for (const character of characters) expect(foldAccents(character)).toBe(byDefinition(character));
    // Beside each other, an ASCII letter and the combining marks that follow letters, checked in one long text per character.
    const others = [...characters, 'a', 'Z', ' ', '\u0301', '\u0327', '\u0323', '\u031b', '\u0345'];
    for (const character of characters) {
      const text = others.map((other) => `${character}${other}${character}`).join('');
      expect(foldAccents(text)).toBe(byDefinition(text));
    }
  });
});
