/**
 * A count question whose answer stands in a paragraph that repeats none of the question's names: the story names its
 * subject in the paragraphs around it, beside the counted noun with no count, and those rank above it (blind newcomer 20's D2:
 * "participaron alrededor de 6 500 000 personas" two paragraphs below the consultation's name). When the sentences
 * chosen from the passages found hold no count of the asked noun, the passages just below them are read too. Articles
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { assessQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const distractors = [
  'El alcalde pidió que las personas participaran en la consulta del plan de movilidad de Valdemar.',
  'Las personas jóvenes criticaron la consulta del plan de movilidad de Valdemar por su duración.',
  'La consulta del plan de movilidad de Valdemar permitió a las personas opinar sobre el carril bici.',
  'Las personas mayores participaron en la consulta del plan de movilidad de Valdemar por teléfono.',
  'La concejala agradeció a las personas su participación en la consulta del plan de movilidad de Valdemar.',
  'El plan de movilidad de Valdemar se votará en el pleno de junio tras la consulta a las personas del municipio.',
  'La oposición criticó que la consulta del plan de movilidad de Valdemar no llegara a las personas de los barrios.',
  'Las personas con movilidad reducida pidieron en la consulta del plan de Valdemar más rampas.',
  'La consulta del plan de movilidad de Valdemar se cerró con jornadas de debate para las personas interesadas.',
];
// Other stories where people took part in something: "personas" and "participaron" are common words of the archive.
const others = ['carrera', 'feria', 'concierto'].map((event, i) =>
  articleFromParagraphs({ id: event, title: `Éxito de la ${event} de Riolobo`, date: '2025-04-0' + String(i + 1), language: 'es' }, [
    `En la ${event} de Riolobo participaron ${(i + 2) * 100} personas, según la organización.`,
    `Las personas que participaron en la ${event} recibieron una camiseta.`,
  ]),
);
const library = await libraryOf([
  ...others,
  articleFromParagraphs({ id: 'movilidad', title: 'Valdemar cierra la consulta de su plan de movilidad', date: '2025-05-02', language: 'es' }, [
    ...distractors,
    'En total se celebraron 310 asambleas vecinales y participaron unas 48 000 personas.',
  ]),
]);
const firstQuoted = async (question: string) =>
  (await assessQuestion({ index: library.index, articles: library.articles, question: checked(question) })).answer()?.result.citations[0]?.excerpt;

describe('a count told in a paragraph that names nothing of the question', () => {
  it('is quoted when the passages found give no count of what is asked', async () => {
    expect(await firstQuoted('¿Cuántas personas participaron en la consulta del plan de movilidad de Valdemar?')).toContain('48 000 personas');
  });
});
