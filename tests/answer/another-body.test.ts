/**
 * A question about what one body did is not answered with another body's act (blind newcomer 28's D2: "¿De cuánto fue la
 * multa de la CREG a Enelit?" answered with the fine the Superservicios imposed). The story names the asked body in a
 * sentence with an amount that is no fine (a tariff): that sentence ties no fine to it. Refused with leads; the body that
 * fined is answered. Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const OTHER = articleFromParagraphs({ id: 'puerto', title: 'Obras en el puerto de Gijón', date: '2025-04-02', language: 'es' }, [
  'Las obras del muelle norte del puerto de Gijón terminarán en otoño, según la autoridad portuaria.',
]);
const fine = articleFromParagraphs({ id: 'aguas', title: 'Multa de 3.200 millones a Hidrovalle por los cortes de agua', date: '2025-04-02', language: 'es' }, [
  'La Superintendencia de Aguas impuso una multa de 3.200 millones de pesos a la empresa Hidrovalle por los cortes de agua que afectaron a 90.000 hogares en marzo.',
  'Según la Comisión Reguladora de Saneamiento (CRS), las familias de estrato 2 de Valdoro pagan en promedio 2.400 pesos por metro cúbico.',
  'La empresa anunció que recurrirá la sanción.',
]);

describe('another body’s act', () => {
  it('does not answer the amount of a fine from a body that imposed none', async () => {
    const result = await askOf(await libraryOf([fine, OTHER]))('¿De cuánto fue la multa de la CRS a Hidrovalle?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('answers the amount of the fine from the body that imposed it', async () => {
    const result = await askOf(await libraryOf([fine, OTHER]))('¿De cuánto fue la multa de la Superintendencia de Aguas a Hidrovalle?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('3.200 millones');
  });

  it('answers the amount a sentence naming the asked body gives beside the asked noun', async () => {
    const library = await libraryOf([articleFromParagraphs({ id: 'aguas', title: fine.title, date: '2025-04-02', language: 'es' }, [...fine.text.split('\n\n'), 'La CRS ya había impuesto a Hidrovalle una multa de 800 millones de pesos en 2023.']), OTHER]);
    const result = await askOf(library)('¿De cuánto fue la multa de la CRS a Hidrovalle?');
    expect(result.refused).toBe(false);
  });
});

const fines = articleFromParagraphs({ id: 'navieras', title: 'Multas a tres navieras por pactar precios', date: '2025-04-02', language: 'es' }, [
  'La Comisión de Competencia ha impuesto multas por un total de 30 millones de euros a tres navieras, Marítima Sur, Navesa y Cabotajes Reunidos, por pactar precios.',
  'En concreto, la sanción más elevada, de 14 millones de euros, recae sobre Navesa, mientras que Marítima Sur deberá abonar 9 millones.',
]);

describe('the asked body’s amount, given in a sentence that names only the one fined', () => {
  it('is answered when the body’s own sentence speaks of the asked noun, in the plural', async () => {
    const result = await askOf(await libraryOf([fines, OTHER]))('¿Cuál es la multa que la Comisión de Competencia impuso a Navesa?');
    expect(result.refused).toBe(false);
  });
});
