/** A focus particle opening a subject ("Mesmo aliados de X", "Even allies of X") is no part of who speaks (issue 16). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const article = (language: string, paragraphs: string[]) => articleFromParagraphs({ id: `focus-${language}`, title: 'Test', date: '2024-01-01', language }, paragraphs);
const speakers = (language: string, paragraphs: string[]) => extractStatements(article(language, paragraphs)).map(({ speaker }) => speaker);

describe('focus particles before a subject', () => {
  it('leaves "incluso", "mesmo", "even", "only" out of the speaker', () => {
    expect(speakers('es', ['La senadora Marta Ibáñez presentó la reforma el martes. Incluso aliados de Ibáñez afirmaron que la reforma no tiene votos.'])).toEqual(['Aliados de Ibáñez']);
    expect(speakers('pt', ['A senadora Marta Ibáñez apresentou a reforma na terça-feira. Mesmo aliados de Ibáñez afirmaram que a reforma não tem votos.'])).toEqual(['Aliados de Ibáñez']);
    expect(speakers('en', ['Senator Marta Ibanez filed the bill on Tuesday. Even allies of Ibanez said the bill had no chance of passing.', 'Only two aides of Ibanez said it could pass.'])).toEqual([
      'Allies of Ibanez',
      'Two aides of Ibanez',
    ]);
  });
});
