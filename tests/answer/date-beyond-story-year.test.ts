/**
 * A when-question whose best sentence dates the event only by the year its story was published in ("este 2024 toca el
 * censo…" in a story of 2024) is answered by the sentence of the same story that gives its month or day beside what the
 * question names, even in a passage the lookup did not find, and even when that sentence names it by a pronoun ("Estos se
 * harán entre el 3 y el 14 de octubre") after the one that names it (blind newcomer 25's A18, the PISA tests' dates).
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'censos', title: 'Las escuelas de Tarvia tendrán un año cargado de evaluaciones', date: '2024-03-11', language: 'es' }, [
    'Las escuelas de Tarvia sumarán este año una prueba propia de lectura, y además este 2024 toca el examen internacional TIMSS, que se hace cada cuatro años.',
    'La prueba de lectura de Tarvia será en abril en 90 escuelas de la provincia.',
    'Los resultados de Tarvia se publicarán a fin de año, según el ministerio.',
    'Los docentes de Tarvia recibirán una guía para preparar a los alumnos.',
    'Examen TIMSS',
    'El ministerio recordó que el TIMSS evalúa matemática y ciencias en alumnos de cuarto y octavo grado de cada país participante. Estos exámenes se harán entre el 3 y el 14 de octubre.',
    'En la edición anterior participaron más de sesenta países.',
  ]),
  articleFromParagraphs({ id: 'obras', title: 'Arreglan la ruta del norte', date: '2024-02-01', language: 'es' }, [
    'Las obras de la ruta del norte empezarán en junio y durarán seis meses.',
    'El tránsito se desviará por caminos vecinales mientras duren los trabajos.',
  ]),
]);

describe('a when-question answered only with the story’s own year', () => {
  it('is led by the story’s sentence that gives the month or the day of what it names', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿Cuándo se tomarán los exámenes TIMSS en Tarvia?') });
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('entre el 3 y el 14 de octubre');
    expect(result.answer.indexOf('14 de octubre')).toBeGreaterThan(-1);
  });

  it('does not take a month given to another thing the story tells of', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿Cuándo se tomarán los exámenes TIMSS en Tarvia?') });
    expect(result.answer.indexOf('en abril')).toBe(-1);
  });
});
