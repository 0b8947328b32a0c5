/**
 * A Spanish past form right after a quotation and its comma is the verb that attributes it, whether or not a word list
 * holds it: plural and imperfect forms ("gritaban los vecinos"), a pronominal one ("se quejó una vecina") and one
 * before a bare name ("desafió Néstor Acuña, vecino…"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a past form closing a quotation', () => {
  it('attributes the quotation to the name after it', () => {
    expect(found(['"Vengan a ver el barrio antes de hablar de plazos", desafió Irma Sotelo, vecina de Empalme Graneros.'])).toEqual([
      { kind: 'direct', text: 'Vengan a ver el barrio antes de hablar de plazos', speaker: 'Irma Sotelo' },
    ]);
    expect(found(['«Ni un metro más de relleno en el humedal», arengó Julio Basterra ante unas doscientas personas.'])).toEqual([
      { kind: 'direct', text: 'Ni un metro más de relleno en el humedal', speaker: 'Julio Basterra' },
    ]);
  });

  it('reads plural, imperfect and pronominal forms before a subject phrase', () => {
    expect(found(['"Queremos agua, no promesas", coreaban los vecinos de barrio Triángulo.'])).toEqual([
      { kind: 'direct', text: 'Queremos agua, no promesas', speaker: 'Vecinos de barrio Triángulo' },
    ]);
    expect(found(['«Esto no lo arregla nadie», se lamentó la concejala Inés Barrionuevo.'])).toEqual([
      { kind: 'direct', text: 'Esto no lo arregla nadie', speaker: 'Inés Barrionuevo' },
    ]);
    expect(found(['"Nos cortaron la luz tres veces esta semana", protestaron los comerciantes de la calle Mitre.'])).toEqual([
      { kind: 'direct', text: 'Nos cortaron la luz tres veces esta semana', speaker: 'Comerciantes de la calle Mitre' },
    ]);
  });

  it('leaves a quotation the sentence only names, with no comma before the verb, to nobody', () => {
    expect(found(['Bajo el lema "Ni una escuela cerrada", marcharon miles de docentes por el centro.']).filter((s) => s.speaker)).toEqual([]);
  });
});
