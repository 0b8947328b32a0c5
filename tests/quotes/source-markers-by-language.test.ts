/** "Segundo X", "selon X", "secondo X": the source markers of Portuguese, French and Italian articles (issue 16). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Teste', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('source markers of other languages', () => {
  it('reads Portuguese "segundo" before a name, an article or a pronoun as "according to", never the ordinal', () => {
    expect(statements(['Segundo o ministro João Silva, a economia vai crescer este ano.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'a economia vai crescer este ano', speaker: 'João Silva' },
    ]);
    expect(statements(['Segundo a Rádio Nacional, o governo vai recorrer da decisão.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'o governo vai recorrer da decisão', speaker: 'Rádio Nacional' },
    ]);
    expect(statements(['O senador Rui Gomes falou nesta terça.', 'Segundo ele, as eleições não podem ser adiadas.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'as eleições não podem ser adiadas', speaker: 'Rui Gomes' },
    ]);
    // The ordinal stays one: "o segundo turno", "pelo segundo ano".
    expect(statements(['O segundo turno será em outubro, disse o ministro João Silva.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'O segundo turno será em outubro', speaker: 'João Silva' },
    ]);
    expect(statements(['A inflação subiu pelo segundo ano seguido.'], 'pt')).toEqual([]);
  });

  it('reads French "selon" and Italian "secondo", with their articles', () => {
    expect(statements(['Selon le ministre Jean Dupont, la croissance sera faible cette année.'], 'fr')).toEqual([
      { kind: 'indirect', text: 'la croissance sera faible cette année', speaker: 'Jean Dupont' },
    ]);
    expect(statements(['La croissance sera faible cette année, selon Jean Dupont.'], 'fr')).toEqual([
      { kind: 'indirect', text: 'La croissance sera faible cette année', speaker: 'Jean Dupont' },
    ]);
    expect(statements(['Secondo il ministro Marco Rossi, la crescita sarà debole.'], 'it')).toEqual([
      { kind: 'indirect', text: 'la crescita sarà debole', speaker: 'Marco Rossi' },
    ]);
  });

  it('keeps the lower-case adjectives of a name in sentence case after the marker, never its first word alone', () => {
    expect(statements(['La participation des femmes a reculé, selon le dernier rapport du Conseil économique régional.'], 'fr')).toEqual([
      { kind: 'indirect', text: 'La participation des femmes a reculé', speaker: 'Conseil économique régional' },
    ]);
    expect(statements(['La crescita sarà debole, secondo la Banca centrale europea.'], 'it')).toEqual([
      { kind: 'indirect', text: 'La crescita sarà debole', speaker: 'Banca centrale europea' },
    ]);
  });
});
