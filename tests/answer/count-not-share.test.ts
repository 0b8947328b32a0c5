/**
 * A share in percent ("el 90 % de los coches", "40 percent of the boats") tells what part of something, not how many of
 * it: "¿Cuántos coches…?" is answered by the sentence that counts them, not by the one that gives a share of them
 * (newcomer 24's D5), and refused when no sentence counts them.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'coches', title: 'La policía de Tarma recupera coches robados en el puerto', date: '2024-02-11', language: 'es' }, [
    'Según la policía de Tarma, el 70 % de los coches robados que recuperó acababan en talleres del puerto.',
    'La operación se cerró el viernes con la recuperación de 36 coches robados y cuatro detenidos.',
  ]),
  articleFromParagraphs({ id: 'boats', title: 'Harbour patrol checks fishing boats', date: '2024-04-09', language: 'en' }, [
    'Inspectors said 40 percent of the fishing boats in Kellport had no working radio beacon.',
    'The harbour master, Ann Doyle, said the checks would go on until June.',
  ]),
]);
const ask = askOf(library);

describe('a share is no count', () => {
  it('quotes the sentence that counts the asked noun', async () => {
    const result = await ask('¿Cuántos coches robados recuperó la policía de Tarma?');
    expect(result.citations[0]?.excerpt).toContain('36 coches');
  });

  it('refuses a how-many question whose only figure is a share', async () => {
    const result = await ask('How many fishing boats had no working radio beacon in Kellport?');
    expect(result.refused).toBe(true);
  });
});
