/**
 * A year after "desde"/"since" opens a span that reaches the story's own time ("la más alta registrada desde 1950"): it
 * does not date the sentence's figure to an earlier year, so that sentence is not outdone by one of the same story with
 * a figure and no year (newcomer 25's item 4: "alcanzó una temperatura de 18,4 grados, la más alta registrada desde 1961"
 * lost to a tweet's tail, "Y no fue el único récord… February 6, 2020").
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'calor', title: 'Récord de calor en la estación de Villa Ross', date: '2024-03-20', language: 'es' }, [
    'El pasado 3 de marzo, la estación de Villa Ross alcanzó una temperatura de 41,2 grados, la más alta registrada desde 1950.',
    'La estación de Villa Ross batió así otro récord. Y no fue el único: el 3 de marzo hubo 12 alertas.',
  ]),
  articleFromParagraphs({ id: 'heat', title: 'Record heat at Ross Point station', date: '2024-03-20', language: 'en' }, [
    'On March 3 the Ross Point station reached a temperature of 41.2 degrees, the highest recorded since 1950.',
    'The Ross Point station thus set another record. And it was not the only one: on March 3 there were 12 alerts.',
  ]),
]);
const ask = askOf(library);

describe('a record since a year', () => {
  it('quotes the sentence that gives the asked day’s figure', async () => {
    const result = await ask('¿Qué temperatura alcanzó la estación de Villa Ross el 3 de marzo?');
    expect(result.citations[0]?.excerpt).toContain('41,2 grados');
  });

  it('does so in English too', async () => {
    const result = await ask('What temperature did the Ross Point station reach on March 3?');
    expect(result.citations[0]?.excerpt).toContain('41.2 degrees');
  });
});
