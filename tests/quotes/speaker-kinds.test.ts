/**
 * Who speaks (issue 16, newcomer report D2), each kind on text written for it: the words resumed after a dash
 * inciso whose verb has a place phrase or an apposition are the inserted speaker's.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('the words after a dash inciso continue its speaker', () => {
  it('in a dialogue paragraph whose inciso ends with a place phrase', () => {
    expect(found(['—No habrá cortes de agua este verano —explicó Irene Soler en la reunión posterior a la visita del consejero—. Los embalses están al 70 %.'])).toEqual([
      { kind: 'direct', text: 'No habrá cortes de agua este verano', speaker: 'Irene Soler' },
      { kind: 'direct', text: 'Los embalses están al 70 %.', speaker: 'Irene Soler' },
    ]);
  });

  it('in a short dialogue reply after an apposition', () => {
    expect(found(['—Vamos a recurrir la multa —declaró el gerente, Tomás Ferrer, en la asamblea de socios—. Tenemos razones.'])).toEqual([
      { kind: 'direct', text: 'Vamos a recurrir la multa', speaker: 'Tomás Ferrer' },
      { kind: 'direct', text: 'Tenemos razones.', speaker: 'Tomás Ferrer' },
    ]);
  });

  it('inside one pair of quotation marks, as one quotation', () => {
    const text = 'No cerraremos la planta —afirmó la directora, Eva Mir, en la visita posterior a la inspección—, pero sí reduciremos turnos';
    expect(found([`«${text}».`])).toEqual([{ kind: 'direct', text, speaker: 'Eva Mir' }]);
  });
});
