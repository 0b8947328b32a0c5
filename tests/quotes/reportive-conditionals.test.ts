/**
 * A verb of saying in the reportive conditional with its object and no "que" ("le habría prometido seguir protegiendo…")
 * is an act the narrator's source alleges, not words its subject is known to have said; "habría dicho que…" still reports them.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'conditional', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ speaker, text }) => ({ speaker, text }));

describe('the reportive conditional', () => {
  it('makes no statement of an alleged promise', () => {
    expect(said(['Según los fiscales, Gil recibió el dinero en 2013. A cambio, el ministro le habría prometido al empresario seguir protegiendo sus negocios.'])).toEqual([
      { speaker: 'Fiscales', text: 'Gil recibió el dinero en 2013' },
    ]);
  });

  it('still reports what someone reportedly said', () => {
    expect(said(['El ministro habría dicho que no hay pruebas.'])).toEqual([{ speaker: 'Ministro', text: 'no hay pruebas' }]);
  });
});
