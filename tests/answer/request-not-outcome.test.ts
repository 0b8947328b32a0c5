/**
 * A request is not an outcome (B5): "¿Cuántos años de prisión recibió finalmente Ruiz?" is not answered by "La fiscalía
 * pidió doce años de prisión para Ruiz"; it is refused, with that passage as a lead, never called a possible answer. A
 * question about the request itself, or a sentence that gives the outcome beside the request, is answered. Articles
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { WORDS } from '../../src/answer/messages.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'juicio', title: 'Juicio al exalcalde Tomás Ruiz por el contrato de las basuras', date: '2025-05-06', language: 'es' }, [
    'El juicio al exalcalde Tomás Ruiz por el contrato de las basuras quedó visto para sentencia el martes.',
    'La fiscalía pidió doce años de prisión para Ruiz por malversación y cohecho.',
    'La defensa reclamó la absolución y anunció que recurrirá cualquier condena.',
  ]),
  articleFromParagraphs({ id: 'sentencia', title: 'Condenada la exconsejera Marta Gil', date: '2025-05-08', language: 'es' }, [
    'La acusación solicitó diez años de prisión para la exconsejera Marta Gil, pero el tribunal la condenó finalmente a seis años.',
  ]),
  articleFromParagraphs({ id: 'hospital', title: 'El nuevo hospital de Tordesal', date: '2025-05-09', language: 'es' }, [
    'La consejería espera abrir el nuevo hospital de Tordesal en marzo de 2026, tras dos años de obras.',
  ]),
  articleFromParagraphs({ id: 'strike', title: 'Dock workers end strike', date: '2025-05-10', language: 'en' }, [
    'The union asked for a 12 percent pay rise for the dock workers of Port Ellis.',
    'The strike ended on Friday after three weeks.',
  ]),
]);

const ask = askOf(library);

describe('a request is not an outcome', () => {
  it('refuses "how many years did X finally get" beside what the prosecutor asked for, citing it as a lead', async () => {
    const result = await ask('¿Cuántos años de prisión recibió finalmente Tomás Ruiz?');
    expect(result.refused).toBe(true);
    expect(result.citations[0]?.excerpt).toContain('La fiscalía pidió doce años');
    expect(result.answer).toBe(WORDS.es.leads('[1]'));
  });

  it('refuses "when did the hospital open" beside what the ministry expects', async () => {
    const result = await ask('¿Cuándo abrió el nuevo hospital de Tordesal?');
    expect(result.refused).toBe(true);
    expect(result.citations[0]?.articleId).toBe('hospital');
  });

  it('refuses an English outcome question beside what the union asked for', async () => {
    const result = await ask('How big a pay rise did the dock workers of Port Ellis get?');
    expect(result.refused).toBe(true);
  });

  it('answers a question about the request itself', async () => {
    const result = await ask('¿Cuántos años de prisión pidió la fiscalía para Tomás Ruiz?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('doce años');
  });

  it('answers from a sentence that gives the outcome beside the request', async () => {
    const result = await ask('¿A cuántos años de prisión fue condenada finalmente Marta Gil?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('seis años');
  });
});
