/**
 * A when-question is not answered by the date of another event: a sentence that dates something but names neither the
 * doer the question asks about nor, when it names no doer, any of the question's names ("¿Cuándo se celebró la cumbre
 * de Solé y Kallas?" beside a summit of other leaders "el 18 de agosto") is refused, the passages cited as leads and
 * none said to be a possible answer (issue 15; a newcomer's "When will Putin visit North Korea?" answered with the date
 * of a summit of other leaders told in the same story). Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'cartas', title: 'Solé y Kallas intercambian cartas por el aniversario del tratado', date: '2025-08-15', language: 'es' }, [
    'El presidente Arnau Solé envió una carta a la primera ministra estonia, Maret Kallas, por el aniversario del tratado de amistad entre los dos países.',
    'La carta llegó después de que el diario Postimees publicara el lunes que Solé visitaría Estonia y Letonia en las próximas semanas.',
    'Los líderes de Letonia, Lituania y Finlandia tienen previsto debatir la seguridad en el Báltico y en Estonia en una cumbre que se celebrará el 18 de agosto en Helsinki.',
  ]),
  articleFromParagraphs({ id: 'puerto', title: 'El puerto de Tallin amplía sus muelles', date: '2025-08-10', language: 'es' }, [
    'El puerto de Tallin abrirá dos muelles nuevos en 2026, tras una inversión de 40 millones de euros.',
  ]),
]);
const ask = askOf(library);

describe('asked when something happened', () => {
  it('refuses the date of another event, with the passage as a lead that is not said to answer', async () => {
    const result = await ask('¿Cuándo se celebró la cumbre de Solé y Kallas?');
    expect(result.refused).toBe(true);
    expect(result.citations[0]?.excerpt).toContain('18 de agosto');
    expect(result.answer).toContain('no la responden');
  });

  it('answers with the date of the event the question names', async () => {
    const result = await ask('¿Cuándo se celebrará la cumbre de Letonia, Lituania y Finlandia?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('18 de agosto');
  });

  it('answers with the sentence that names the asked doer', async () => {
    const result = await ask('¿Cuándo visitará Solé Estonia?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('en las próximas semanas');
  });
});
