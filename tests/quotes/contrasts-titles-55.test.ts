/**
 * Newcomer 33's kinds (issue 16, stop 55), on sentences written for these tests: two speakers in one sentence joined by
 * ", mientras que" (the first report ends there, and a quotation in the second is the second speaker's); a work's title
 * in quotation marks after its noun and an adjective ("la película uruguaya «…»") or set off with whose work it is
 * ("«…», de la directora X") is no statement.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('two reports joined by ", mientras que"', () => {
  it('ends the first report at the contrast and gives the second its own speaker', () => {
    expect(found(['La crítica Laura Paz consideró que la película es valiente, mientras que el crítico Jaime Orúe opinó que el palmarés "premia la comodidad".'])).toEqual([
      { kind: 'indirect', text: 'la película es valiente', speaker: 'Laura Paz' },
      { kind: 'indirect', text: 'el palmarés "premia la comodidad"', speaker: 'Jaime Orúe' },
      { kind: 'direct', text: 'premia la comodidad', speaker: 'Jaime Orúe' },
    ]);
    expect(found(['El oficialismo, según el senador Pablo Vera, aseguró que votará unido, mientras que la diputada Rosa Gil advirtió que habrá deserciones.']).filter(({ speaker }) => speaker === 'Rosa Gil')).toEqual([
      { kind: 'indirect', text: 'habrá deserciones', speaker: 'Rosa Gil' },
    ]);
  });

  it('ends the report at the contrast when the narration goes on', () => {
    expect(found(['El ministro Julio Arce afirmó que la inflación bajará, mientras que los precios siguen subiendo en los mercados.'])).toEqual([
      { kind: 'indirect', text: 'la inflación bajará', speaker: 'Julio Arce' },
    ]);
  });
});

describe('a work’s title in quotation marks', () => {
  it('is no statement after its noun and an adjective', () => {
    expect(found(['La película uruguaya "Las horas de agua" ganó la Concha de Plata en San Sebastián.'])).toEqual([]);
    expect(found(['El disco póstumo «Canciones para una casa vacía» salió a la venta el viernes.'])).toEqual([]);
  });

  it('is no statement set off with whose work it is', () => {
    expect(found(['El jurado premió "Mi tío el astronauta", de la directora Inés Orúe.'])).toEqual([]);
    expect(found(['The prize went to “A House Without Windows”, by Ana Ruiz.'], 'en')).toEqual([]);
  });

  it('leaves a quotation closed by a verb of saying a statement', () => {
    expect(found(['«No pienso hablar de premios», dijo la directora Inés Orúe.'])).toEqual([
      { kind: 'direct', text: 'No pienso hablar de premios', speaker: 'Inés Orúe' },
    ]);
  });
});
