/**
 * A where-question about what a story tells of now is answered by the place of the story's own event, not by one the story
 * dates to an earlier year than its own ("En 2021 tuvo la oportunidad de competir en Hong Kong" in a story of 2022 beside
 * the sentence giving this year's race: blind newcomer 20's D3). Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { assessQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'remo', title: 'Lucía Ferro abre la temporada de remo', date: '2025-03-12', language: 'es' }, [
    'La primera regata de la temporada llegó para la remera Lucía Ferro, que tendrá la oportunidad de competir en la Copa del Mundo que se disputará del 4 al 6 de abril en Varese, Italia.',
    'Será su segunda Copa del Mundo. En 2023 tuvo la oportunidad de competir en Lucerna, donde Lucía Ferro remó la final B y terminó novena.',
    'La regata reparte puntos para el ranking olímpico.',
  ]),
]);
const firstQuoted = async (question: string) =>
  (await assessQuestion({ index: library.index, articles: library.articles, question: checked(question) })).answer()?.result.citations[0]?.excerpt;

describe('a where-question about what a story tells of now', () => {
  it('is answered by the place of the story’s own event, not by one of an earlier year', async () => {
    expect(await firstQuoted('¿Dónde compite Lucía Ferro?')).toContain('Varese');
  });

  it('is still answered by an earlier place when the question asks of that year', async () => {
    expect(await firstQuoted('¿Dónde compitió Lucía Ferro en 2023?')).toContain('Lucerna');
  });
});
