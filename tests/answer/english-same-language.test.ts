/**
 * English questions over an English story that holds the answer, refused or hedged by three kinds of misreading (blind
 * newcomer 24's D3): a question asked with "did" takes the verb's base form ("fall") where the story writes an
 * irregular past ("fell"); a year asked of a story that names it as "last year" is not another year; "How much is the
 * fine…?" asks for a sum of money, so a sentence whose only figure is a number of days does not answer it. Articles
 * and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { asksMoney } from '../../src/answer/money.js';
import { relativeYears } from '../../src/answer/other-year.js';
import { indexTerms } from '../../src/search/analyze.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const story = (id: string, title: string, date: string, paragraphs: string[]) => articleFromParagraphs({ id, title, date, language: 'en' }, paragraphs);

describe('an irregular past and its base form', () => {
  it('are one term, for the index and the question alike', () => {
    expect(indexTerms('fell', 'en')).toEqual(indexTerms('fall', 'en'));
    expect(indexTerms('rose risen', 'en')).toEqual(indexTerms('rise rise', 'en'));
    expect(indexTerms('shots', 'en')).toEqual(indexTerms('shot', 'en'));
  });

  it('answers a did-question with the base form from a sentence in the past', async () => {
    const ask = askOf(
      await libraryOf([
        story('ferries', 'Island ferries in a slow year', '2023-03-02', [
          'The harbour board published its yearly traffic report on Thursday.',
          'Oddly enough, overall traffic fell 4 percent compared with the year before, according to the Marine Institute, a research body that often counts boats.',
          'Passenger numbers on the island ferries rose 14 percent, the board said, while freight volumes stayed flat.',
          'The board plans to add two evening sailings in the summer, and more traffic wardens.',
        ]),
        story('bakery', 'A bakery reopens', '2023-03-02', ['The old bakery on Mill Street reopened after a fire, with a new oven and six staff.']),
      ]),
    );
    const result = await ask('How much did traffic fall last year?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('fell 4 percent');
  });
});

describe('a year named as "last year"', () => {
  it('is read from the story’s publication year', () => {
    expect(relativeYears('Coal output slid again last year.', 2020)).toEqual(['2019']);
    expect(relativeYears('Las ventas crecieron el año pasado.', 2024)).toEqual(['2023']);
    expect(relativeYears('Sales will grow next year.', 2024)).toEqual(['2025']);
    expect(relativeYears('Sales doubled in the year before.', 2024)).toEqual([]);
    expect(relativeYears('Coal output slid again last year.', undefined)).toEqual([]);
  });

  it('answers a question asking that year, beside another year in the sentence', async () => {
    const ask = askOf(
      await libraryOf([
        story('looms', 'Weaving mills', '2021-01-20', [
          'The region’s weaving mills have been closing for a decade.',
          'Cloth output dropped 11 percent last year, its lowest level since 1998, the textile guild said.',
        ]),
        story('orchards', 'Orchards', '2021-01-20', ['Apple orchards in the valley had a good harvest after a mild spring.']),
      ]),
    );
    const result = await ask('How much did cloth output drop in 2020?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('dropped 11 percent');
  });
});

describe('"How much is the fine…?"', () => {
  it('asks for a sum of money, in English and Spanish', () => {
    expect(asksMoney('How much is the fine for parking a caravan on the promenade?')).toBe(true);
    expect(asksMoney('How much was the fee for the permit?')).toBe(true);
    expect(asksMoney('¿De cuánto es la multa por acampar en la playa?')).toBe(true);
    expect(asksMoney('How much is the town’s population?')).toBe(false);
  });

  it('is answered by the sentence giving the amount, not by one whose figure counts days', async () => {
    const ask = askOf(
      await libraryOf([
        story('caravans', 'Caravans banned from the promenade', '2022-06-01', [
          'Anyone parking a caravan overnight on the promenade can be fined £200 under a bylaw that took effect today.',
          'Council officers hope the fine for parking a caravan on the promenade will end the 30-night stays of last summer, when caravans parked overnight on the promenade for a month.',
        ]),
        story('pier', 'Pier repairs', '2022-06-01', ['Repairs to the pier will close it to walkers for three weeks.']),
      ]),
    );
    const result = await ask('How much is the fine for parking a caravan overnight on the promenade?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('£200');
  });
});
