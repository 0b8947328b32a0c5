/**
 * A question whose verb is written in the future meets the sentences that use another form of that verb or its noun:
 * folded, "subirá" and "recibirá" were stemmed apart from "subida" and "recibe" ("¿Subirá el IBI?" beside "no habrá
 * subida del IBI" was refused: the lead's blind tester's kind, stop 52). Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { writtenInfinitives } from '../../src/search/future-tense.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const ask = askOf(
  await libraryOf([
    articleFromParagraphs({ id: 'tributos', title: 'Cantalejo congela sus tributos municipales para 2027', date: '2026-10-20', language: 'es' }, [
      'La alcaldesa de Cantalejo, Rosa Merino, anunció este lunes que no habrá subida del IBI el próximo año y que las tasas de basura y agua se mantendrán.',
      'El presupuesto municipal crecerá un 3 % gracias a las transferencias del Estado.',
    ]),
    articleFromParagraphs({ id: 'colegio', title: 'El colegio Los Almendros amplía su comedor', date: '2026-09-02', language: 'es' }, [
      'El colegio público Los Almendros recibe este curso a 410 alumnos, 60 más que el anterior, y ha ampliado su comedor.',
      'La dirección pidió a la consejería un segundo autobús escolar.',
    ]),
    articleFromParagraphs({ id: 'rio', title: 'Vecinos de Torrelobos piden limpiar el cauce del río', date: '2026-03-14', language: 'es' }, [
      'Los vecinos de Torrelobos entregaron 1.200 firmas para pedir que se limpie el cauce del río antes del otoño.',
      'La confederación hidrográfica respondió que estudiará la petición.',
    ]),
    articleFromParagraphs({ id: 'feria', title: 'La feria del libro de Medina cierra con récord de ventas', date: '2026-05-30', language: 'es' }, [
      'La feria del libro de Medina cerró el domingo con 38.000 visitantes y un récord de ventas, según los organizadores.',
      'Los libreros pidieron más días para la edición del año que viene.',
    ]),
  ]),
);

describe('a question’s verb written in the future', () => {
  it.each([
    ['¿Subirá el IBI?', 'no habrá subida del IBI'],
    ['¿Recibirá más alumnos el colegio?', '410 alumnos'],
  ])('%s is answered by the sentence using another form of it', async (question, words) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer.split(/[»”]/u)[0]).toContain(words);
  });

  it('reads only an accented regular future as one', () => {
    expect([...writtenInfinitives('¿Subirá el IBI y crecerán las tasas?')]).toEqual([['subira', 'subir'], ['creceran', 'crecer']]);
    expect(writtenInfinitives('¿Qué dijo la primera ministra en la librería? ¿Podrá venir?').size).toBe(0);
  });
});
