/**
 * A why-question whose answer is a reason someone gives for what they did: "The operator said it acted after three
 * power plants shut down", "La empresa explicó que cortó el suministro tras la avería". In reported speech, what came
 * before an action is given as its reason; the sentence that tells it is quoted, not the temperatures around it (a blind
 * newcomer's D2). Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { givesCause } from '../../src/answer/cause.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'apagones', title: 'Rolling blackouts hit central Texas as heat breaks records', date: '2025-07-09', language: 'en' }, [
    'Temperatures reached 41 degrees in Austin on Tuesday, the hottest day of the year, and power demand hit a record.',
    'The grid operator ordered rolling blackouts across central Texas on Tuesday evening. The operator said it acted after three power plants shut down unexpectedly in the afternoon.',
    'Forecasters expect temperatures to stay above 38 degrees through the weekend.',
  ]),
  articleFromParagraphs({ id: 'agua', title: 'Valdemar se queda sin agua corriente durante un día', date: '2025-08-02', language: 'es' }, [
    'Los termómetros marcaron 39 grados en Valdemar el jueves, y el consumo de agua batió su récord del verano.',
    'La empresa municipal cortó el suministro de agua en todo Valdemar durante la noche del jueves. Su director explicó que la empresa actuó después de que se rompiera la tubería principal del embalse de Alcor.',
    'Se espera que el calor continúe hasta el domingo.',
  ]),
]);
const ask = askOf(library);

describe('a reason given in reported speech', () => {
  it('is a cause when what came before the action is reported as its reason, not when no one reports it', () => {
    expect(givesCause('The operator said it acted after three power plants shut down.', 'en')).toBe(true);
    expect(givesCause('It acted after three power plants shut down, the operator said.', 'en')).toBe(true);
    expect(givesCause('El director explicó que la empresa actuó tras la rotura de la tubería.', 'es')).toBe(true);
    expect(givesCause('Según la empresa, el corte llegó luego de que fallara la bomba.', 'es')).toBe(true);
    expect(givesCause('The council met after the storm passed.', 'en')).toBe(false);
    expect(givesCause('Tras la reunión, los vecinos volvieron a casa.', 'es')).toBe(false);
  });

  it('answers an English why-question with the sentence giving it', async () => {
    const result = await ask('Why did the grid operator order rolling blackouts?');
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/acted after three power plants shut down/u);
    expect(firstQuote(result)).not.toMatch(/degrees/u);
  });

  it('answers a Spanish why-question with the sentence giving it', async () => {
    const result = await ask('¿Por qué cortó el suministro de agua la empresa municipal?');
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/después de que se rompiera la tubería principal/u);
    expect(firstQuote(result)).not.toMatch(/grados/u);
  });
});
