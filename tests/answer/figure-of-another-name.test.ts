/**
 * A figure set in the question's slot for another name is that name's, not the answer: "¿Cuántos años de prisión pidió
 * la fiscalía contra X?" is not answered by "…pidió 12 años de prisión contra el hijo menor de Y", nor "la tasa de paro de
 * X" by "la tasa de paro en Y" (a blind newcomer's D1). The sentence that gives X's own figure leads; with none, the
 * question is not answered with Y's.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'juicio', title: 'Juicio por sobornos en el puerto de Tarma', date: '2024-06-12', language: 'es' }, [
    'La fiscalía pidió 15 años de prisión contra el exdirector del puerto Ramón Ibarra, acusado de cohecho.',
    'En el mismo juicio están acusados el contratista Íñigo Salvat y la exconcejala Lucía Morán.',
    'La exconcejala Lucía Morán afronta una petición de ocho años de cárcel.',
  ]),
  articleFromParagraphs({ id: 'paro', title: 'El paro baja en las ciudades de la meseta', date: '2024-07-02', language: 'es' }, [
    'La tasa de paro en Cuenca bajó en junio al 7,1 %, la más baja de la región.',
    'Albacete cerró junio con un 9,4 %, medio punto menos que en mayo.',
  ]),
  articleFromParagraphs({ id: 'trial', title: 'Harbour bribery trial opens in Kellport', date: '2024-06-12', language: 'en' }, [
    'Prosecutors sought 15 years in prison against the former harbour master Dan Holt.',
    'Also on trial are the contractor Tom Reyes and the councillor Amy Shore.',
  ]),
]);
const ask = askOf(library);

describe('a figure in the slot of another name', () => {
  it("quotes the sentence of the asked person's own figure", async () => {
    const result = await ask('¿Cuántos años de prisión pidió la fiscalía contra Lucía Morán?');
    expect(result.citations[0]?.excerpt).toContain('ocho años');
  });

  it("quotes the asked city's rate, not another city's", async () => {
    const result = await ask('¿Cuál es la tasa de paro de Albacete?');
    expect(result.citations[0]?.excerpt).toContain('9,4 %');
  });

  it("does not answer with another person's sentence", async () => {
    const result = await ask('How many years in prison did prosecutors seek against Tom Reyes?');
    expect(result.refused).toBe(true);
  });
});
