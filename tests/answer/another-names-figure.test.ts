/**
 * A question about one entity is not answered with another's figure (blind newcomer 24's D1): the sentence whose figure
 * belongs to another name the story gives ("contra el expresidente Mateo Rivas" for a question about Lucía Barrena); an
 * age in apposition to another person is age-of-another.test.ts's.
 * The story must name the question's entity elsewhere, without a figure: a question that only names the entity
 * otherwise than the story is left to the model. Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { assessQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf, type AnswerLibrary } from '../support/seed-library.js';

const article = (id: string, title: string, language: string, paragraphs: string[]) => articleFromParagraphs({ id, title, date: '2024-04-10', language }, paragraphs);

const OTHER = article('puerto', 'Obras en el puerto de Gijón', 'es', ['Las obras del muelle norte del puerto de Gijón terminarán en otoño, según la autoridad portuaria.']);
const trial = (extra: string[] = []) =>
  article('cooperativa', 'Juicio por el desfalco de la cooperativa de Tordesillas', 'es', [
    'La fiscalía pidió 8 años de prisión contra el expresidente de la cooperativa, Mateo Rivas, acusado de apropiación indebida.',
    'El juicio comprende también a la exsecretaria Lucía Barrena y al contable Tomás Ordóñez, a quienes se acusa de encubrimiento.',
    ...extra,
  ]);
const swapped = async (library: AnswerLibrary, question: string) => (await assessQuestion({ index: library.index, articles: library.articles, question: checked(question) })).figureOfAnotherName;

describe('a figure that belongs to another name of the story', () => {
  it('does not answer a question about someone the story names only without a figure', async () => {
    const library = await libraryOf([trial(), OTHER]);
    const result = await askOf(library)('¿Cuántos años de prisión pidió la fiscalía contra Lucía Barrena?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('answers the question about the one the figure belongs to', async () => {
    const result = await askOf(await libraryOf([trial(), OTHER]))('¿Cuántos años de prisión pidió la fiscalía contra Mateo Rivas?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('8 años');
  });

  it('leaves the question to the model when a sentence of the story gives a figure beside the name', async () => {
    const library = await libraryOf([trial(['Para Lucía Barrena, acusada de encubrimiento, el fiscal reclamó 3 años de inhabilitación.']), OTHER]);
    expect(await swapped(library, '¿Cuántos años de prisión pidió la fiscalía contra Lucía Barrena?')).toBe(false);
  });

  it('reads a sum of money beside the name as no count of what a count question counts', async () => {
    const library = await libraryOf([trial(['Para Lucía Barrena, acusada de encubrimiento, el fiscal reclamó una multa de 3.000 euros.']), OTHER]);
    expect(await swapped(library, '¿Cuántos años de prisión pidió la fiscalía contra Lucía Barrena?')).toBe(true);
    expect(await swapped(library, '¿Cuál es el número de años de prisión que pidió la fiscalía contra Lucía Barrena?')).toBe(false);
  });

  it('reads only questions that ask for a figure, a date or a quantity by its noun', async () => {
    const library = await libraryOf([trial(), OTHER]);
    expect(await swapped(library, '¿Cuál es la condena que pidió la fiscalía para Lucía Barrena?')).toBe(false);
    expect(await swapped(library, '¿Cuál es el número de años de prisión que pidió la fiscalía contra Lucía Barrena?')).toBe(true);
  });

  it('leaves the question to the model when the story never names the asked entity (it may name it otherwise)', async () => {
    const library = await libraryOf([trial(), OTHER]);
    expect(await swapped(library, '¿Cuántos años de prisión pidió la fiscalía contra Rivas Barrena?')).toBe(false);
  });
});


describe('a figure written in words that belongs to another name', () => {
  const mission = (extra: string[] = []) =>
    article('mision', 'Peacekeepers attacked near Kandahar', 'en', [
      'Colonel Mark Ferris, head of the Chilean contingent, told reporters in Santiago that in addition to the three killed, eleven Chilean soldiers were wounded near Kandahar.',
      'Chile has also sent troops to Haiti and to Cyprus over the past decade.',
      ...extra,
    ]);

  it('does not answer a count of a place the story names only without one', async () => {
    const library = await libraryOf([mission(), OTHER]);
    const result = await askOf(library)('How many Chilean soldiers have been wounded in Haiti?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('answers the count the sentence gives of the place it names', async () => {
    const result = await askOf(await libraryOf([mission(), OTHER]))('How many Chilean soldiers were wounded near Kandahar?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('eleven Chilean soldiers');
  });

  it('leaves the question to the model when the story gives the asked place a figure in words', async () => {
    const library = await libraryOf([mission(['In Haiti, two Chilean soldiers were wounded in 2010.']), OTHER]);
    expect(await swapped(library, 'How many Chilean soldiers have been wounded in Haiti?')).toBe(false);
  });
});
