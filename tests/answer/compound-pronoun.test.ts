/**
 * A compound question whose later part refers back with a pronoun (B6): "¿Cuánto es la fianza y quién la
 * financiaría?" asks who would pay the bail, not who finances anything. The part is asked with the noun the pronoun
 * stands for, in Spanish (a clitic before the verb or joined to an infinitive) and English ("it", "they"). Articles
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { questionParts } from '../../src/answer/compound.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'fianza', title: 'Libertad bajo fianza para el exalcalde', date: '2025-06-02', language: 'es' }, [
    'El juez fijó una fianza de 50.000 euros para el exalcalde, que saldrá de prisión si la deposita antes del viernes.',
    'La fianza será financiada por la asociación de comerciantes del municipio, según su presidenta.',
  ]),
  articleFromParagraphs({ id: 'estadio', title: 'El nuevo estadio municipal', date: '2025-06-03', language: 'es' }, [
    'El nuevo estadio municipal, de 30.000 localidades, será financiado por el Banco Regional del Norte.',
  ]),
]);

const ask = askOf(library);

describe('a pronoun standing for the other part’s noun', () => {
  it('asks the later part with the noun its pronoun stands for', () => {
    expect(questionParts('¿Cuánto es la fianza y quién la financiaría?', 'es')?.map((part) => part.asked)).toEqual(['¿Cuánto es la fianza?', '¿Quién financiaría la fianza?']);
    expect(questionParts('¿Cuándo se firmó el contrato y quién debe pagarlo?', 'es')?.[1]?.asked).toBe('¿Quién debe pagar el contrato?');
    expect(questionParts('¿Cuántas camas tiene el hospital y quién lo dirige?', 'es')?.[1]?.asked).toBe('¿Quién dirige el hospital?');
    expect(questionParts('What is the bail and who would pay it?', 'en')?.[1]?.asked).toBe('Who would pay the bail?');
    expect(questionParts('Who are the strikers and what do they want?', 'en')?.[1]?.asked).toBe('What do the strikers want?');
  });

  it('shows each part as the asker wrote it', () => {
    expect(questionParts('¿Cuánto es la fianza y quién la financiaría?', 'es')?.[1]?.shown).toBe('¿Quién la financiaría?');
  });

  it('leaves a pronoun no noun agrees with as it is', () => {
    // "la" stands for a feminine noun; "el contrato" is masculine.
    expect(questionParts('¿Cuándo se firmó el contrato y quién la pagó?', 'es')?.[1]?.asked).toBe('¿Quién la pagó?');
  });

  it('answers the part about who pays the bail from the bail’s story, not the stadium’s', async () => {
    const result = await ask('¿Cuánto es la fianza y quién la financiaría?');
    const [first, second] = result.answer.split('\n');
    expect(first).toContain('50.000 euros');
    expect(second).toContain('asociación de comerciantes');
  });
});
