/**
 * A how-many question is answered with the figure of the time it asks of: of two sentences of a story counting the same
 * thing, one dated by another year than the question names, or, when it names none, by a year before the story's own,
 * gives way to the one that is not ("En 2023 el estado había tenido 40 casos" in a story of 2024). Articles written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'sarampion', title: 'Los casos de sarampión se duplican en el país', date: '2024-05-10', language: 'es' }, [
    'Los casos de sarampión en el país llegaron a 1.200 en 2024, el doble que el año anterior.',
    'En la provincia de Valdemar se registraron 310 casos, la cifra más alta del país.',
    'En la provincia de Alcor, las autoridades sanitarias contabilizaron 145 casos, la mayoría en niños sin vacunar.',
    'En 2023 la provincia de Alcor había tenido solo 40 casos.',
  ]),
  articleFromParagraphs({ id: 'sequia', title: 'La sequía vuelve a la comarca', date: null, language: 'es' }, [
    'En 2022, la comarca de Tordesal sufrió otra sequía, más dura que la de 2019. La zona afectada era de 300 kilómetros cuadrados, frente a 120 kilómetros cuadrados en 2019.',
    'En 2019 la sequía dejó sin cosecha 80 kilómetros cuadrados de cereal.',
  ]),
]);
const ask = askOf(library);

describe('a figure of the asked time', () => {
  it('is the story\u2019s own when the question names no year', async () => {
    const result = await ask('¿Cuántos casos hubo en la provincia de Alcor?');
    expect(firstQuote(result)).toMatch(/145 casos/u);
  });

  it('is not another year\u2019s when the question names one', async () => {
    const result = await ask('¿Cuántos casos de sarampión hubo en la provincia de Alcor en 2024?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toMatch(/145 casos/u);
  });

  it('is dated by the sentence before it too', async () => {
    const result = await ask('¿Cuántos kilómetros cuadrados tuvo la zona afectada por la sequía de 2022 en la comarca de Tordesal?');
    expect(firstQuote(result)).toMatch(/300 kilómetros cuadrados/u);
  });

  it('is the earlier one when the question asks for that year', async () => {
    const result = await ask('¿Cuántos casos hubo en la provincia de Alcor en 2023?');
    expect(firstQuote(result)).toMatch(/40 casos/u);
  });
});
