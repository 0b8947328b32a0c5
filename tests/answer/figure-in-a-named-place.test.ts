/**
 * A count question naming a place ("How many homes lost power in Cornwall?") is answered by the sentence whose subject is
 * another name and whose figure it places there ("Storm Edda left 4,000 homes without power in west Cornwall…"): the place
 * after a preposition of place is inside that clause, and the figure is its own too, not another name's (figure-owner.ts;
 * found on our own compound questions: the count part was refused while its "when?" quoted the count). A figure in the
 * clause another name opens after the asked one is still that name's. Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { figureOfAnotherInSentence } from '../../src/answer/figure-owner.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';
import { firstQuote } from '../support/first-quote.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'storm', title: 'Storm Edda hits the south-west', date: '2026-11-16', language: 'en' }, [
    'Storm Edda left 4,000 homes without power in west Cornwall on Sunday night, according to National Grid.',
    'Gusts of up to 85mph were recorded at Lizard Point before midnight.',
  ]),
  articleFromParagraphs({ id: 'borrasca', title: 'La borrasca Irene deja sin luz al occidente', date: '2026-02-02', language: 'es' }, [
    'La borrasca Irene dejó sin suministro eléctrico a 3.500 viviendas en el occidente de Asturias durante la madrugada del domingo.',
    'Las rachas superaron los 120 kilómetros por hora en el cabo Busto.',
  ]),
]);
const ask = askOf(library);

describe('a figure of the clause that happens in the asked place', () => {
  it.each([
    ['How many homes lost power in Cornwall?', '4,000 homes'],
    ['How many homes lost power in Cornwall and when?', '4,000 homes'],
    ['¿Cuántas viviendas se quedaron sin suministro eléctrico en Asturias?', '3.500 viviendas'],
  ])('%s quotes the count', async (question, count) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer).not.toMatch(/do not answer|no responden/u);
    expect(firstQuote(result)).toContain(count);
  });

  it('keeps a figure in the clause another name opens after the asked one as that name’s', () => {
    const words = (text: string) => new Set(text.split(' '));
    expect(figureOfAnotherInSentence('Storm Edda left 4,000 homes without power in west Cornwall.', words('cornwall'), words('how many homes lost power cornwall'), 'en')).toBe(false);
    expect(figureOfAnotherInSentence('Lochaber Mountain Rescue brought down two climbers from the north face of Ben Nevis.', words('ben nevis'), words('how many climbers brought down ben nevis'), 'en')).toBe(false);
    expect(figureOfAnotherInSentence('Marta Ruiz habló en Gijón y Pedro Sanz, que vive en Oviedo, pagó 300 euros.', words('gijon'), words('cuanto pago gijon'), 'es')).toBe(true);
  });
});
