/**
 * A verb of saying in the reportive conditional with its object and no "que" ("le habría prometido seguir protegiendo…")
 * is an act the narrator's source alleges, not words its subject is known to have said; "habría dicho que…" still reports
 * them. The allegation is the words of the source that opens its paragraph ("Según los fiscales, …"): reported speech
 * credited to that source, never to its own subject.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'conditional', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ speaker, text }) => ({ speaker, text }));

describe('the reportive conditional', () => {
  it('credits an alleged promise to the source opening its paragraph', () => {
    expect(said(['Según los fiscales, Gil recibió el dinero en 2013. A cambio, el ministro le habría prometido al empresario seguir protegiendo sus negocios.'])).toEqual([
      { speaker: 'Fiscales', text: 'Gil recibió el dinero en 2013' },
      { speaker: 'Fiscales', text: 'A cambio, el ministro le habría prometido al empresario seguir protegiendo sus negocios' },
    ]);
  });

  it('credits every alleged act that continues the source, with "de acuerdo a" too', () => {
    expect(said(['De acuerdo a los investigadores, la empresa pagó a los concejales. Luego el alcalde habría firmado el contrato sin concurso. Más tarde los concejales habrían cobrado una comisión.'])).toEqual([
      { speaker: 'Investigadores', text: 'la empresa pagó a los concejales' },
      { speaker: 'Investigadores', text: 'Luego el alcalde habría firmado el contrato sin concurso' },
      { speaker: 'Investigadores', text: 'Más tarde los concejales habrían cobrado una comisión' },
    ]);
  });

  it('makes no statement of an allegation with no source in its paragraph', () => {
    expect(said(['Según los fiscales, Gil recibió el dinero en 2013.', 'A cambio, el ministro le habría prometido al empresario seguir protegiendo sus negocios.'])).toEqual([
      { speaker: 'Fiscales', text: 'Gil recibió el dinero en 2013' },
    ]);
    expect(said(['El ministro le habría prometido al empresario seguir protegiendo sus negocios.'])).toEqual([]);
  });

  it('does not read a plain conditional as the source\'s', () => {
    expect(said(['Según los fiscales, Gil recibió el dinero en 2013. Habría que esperar al juicio para saber más.'])).toEqual([
      { speaker: 'Fiscales', text: 'Gil recibió el dinero en 2013' },
    ]);
  });

  it('still reports what someone reportedly said', () => {
    expect(said(['El ministro habría dicho que no hay pruebas.'])).toEqual([{ speaker: 'Ministro', text: 'no hay pruebas' }]);
  });
});
