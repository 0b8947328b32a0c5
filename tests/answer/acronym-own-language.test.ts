/**
 * A question that names its subject by an acronym the story itself uses ("¿Quién financiaría la fianza de RVO?") is read in
 * its own words: a translation finds the question's stories in their own language only through the names it leaves
 * as written, and must not replace the own reading with a worse one that calls the question off-topic (no leads).
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'extradicion', title: 'El exalcalde Ramón Vidal Ocampo, ante el juez de Miami', date: '2024-02-10', language: 'es' }, [
    'El exalcalde de Puerto Lira Ramón Vidal Ocampo, conocido como RVO, compareció este viernes ante un juez federal de Miami por lavado de dinero.',
    'Los abogados de RVO anunciaron que pedirán que se le permita esperar el juicio en libertad.',
    'La defensa contempla presentar una fianza de dos millones de dólares. Dicha fianza sería financiada por una fundación de empresarios de Puerto Lira, según su abogado.',
    'La fiscalía acusa al exalcalde de haber recibido sobornos de constructoras durante su mandato.',
  ]),
  articleFromParagraphs({ id: 'harvest', title: 'Wheat harvest falls in Kansas', date: '2024-07-01', language: 'en' }, [
    'The wheat harvest in Kansas fell by a fifth this year after a long drought, the state agriculture board said.',
    'Farmers expect prices to rise before the winter, and some will sell their land.',
  ]),
  articleFromParagraphs({ id: 'lluvias', title: 'Las lluvias inundan el valle', date: '2024-03-05', language: 'es' }, [
    'Las lluvias de marzo inundaron trescientas casas del valle, según la alcaldía.',
    'Los vecinos pidieron ayuda al gobierno regional para reparar los caminos.',
    'El alcalde prometió que las obras empezarán en abril.',
  ]),
]);

// What a rule-based translator gives: the acronym kept as written, the rest in the other language's words.
const translate = async () => 'Who would finance the bail of RVO?';

describe('a question naming its subject by an acronym its story uses', () => {
  it('is answered as the same question without the acronym is, not called off-topic', async () => {
    const bare = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿Quién financiaría la fianza?'), translate });
    expect(bare.refused).toBe(false);
    const named = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿Quién financiaría la fianza de RVO?'), translate });
    expect(named.refused).toBe(false);
    expect(named.citations[0]?.excerpt).toContain('sería financiada por una fundación de empresarios');
  });
});
