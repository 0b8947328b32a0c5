/**
 * Newcomer 27's extraction kinds, on sentences written for these tests: a quoted question whose asker is named in the
 * dialogue inciso ("—¿…? —preguntó Nélida Sosa—. Me tomo…"), an answer line after an interviewer's dashed question, a
 * present form whose stem changes under stress ("recomienda «…»"), and a source that opens a clause joined to the
 * narrator's ("…por 40 votos y, según el oficialismo, la norma…"), which gives only its own clause.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('dialogue set off by dashes', () => {
  it('credits a quoted question and the words after its inciso to the asker the inciso names', () => {
    expect(found(['—¿Usted sabe lo que cuesta la garrafa? —preguntó Ofelia Barrios, de 71 años, jubilada—. Con lo que cobro no llego al día 20.'])).toEqual([
      { kind: 'direct', text: '¿Usted sabe lo que cuesta la garrafa?', speaker: 'Ofelia Barrios' },
      { kind: 'direct', text: 'Con lo que cobro no llego al día 20.', speaker: 'Ofelia Barrios' },
    ]);
  });

  it('credits the answer after an interviewer’s question to the interviewee, and the question to nobody', () => {
    expect(found([
      '—Se llevó la cosecha entera en una noche —contó Evaristo Condori, de 55 años, frente a su chacra.',
      '—¿Y cómo va a pagar el crédito?',
      '—No sé, hermano. Vamos a ver si el municipio nos da una mano.',
    ])).toEqual([
      { kind: 'direct', text: 'Se llevó la cosecha entera en una noche', speaker: 'Evaristo Condori' },
      { kind: 'direct', text: 'No sé, hermano. Vamos a ver si el municipio nos da una mano.', speaker: 'Evaristo Condori' },
    ]);
  });

  it('leaves an interviewer’s question with its asker unnamed to nobody', () => {
    expect(found(['—¿Y cuándo vuelve el agua? —preguntó la cronista.'])).toEqual([]);
  });
});

describe('a present form whose stem changes', () => {
  it('is a verb of saying that owns the quotation after it', () => {
    expect(found(['La jueza Marta Olivera recomienda «revisar de inmediato los contratos de limpieza urbana».'])).toEqual([
      { kind: 'direct', text: 'revisar de inmediato los contratos de limpieza urbana', speaker: 'Marta Olivera' },
    ]);
    expect(found(['«Nunca pensé que iba a volver a este barrio», confiesa Olga Benítez, de 80 años.'])).toEqual([
      { kind: 'direct', text: 'Nunca pensé que iba a volver a este barrio', speaker: 'Olga Benítez' },
    ]);
  });
});

describe('a source that opens a clause joined to the narrator’s', () => {
  it('gives only its own clause', () => {
    expect(found(['Las tarifas de luz subieron un 12 % en noviembre y, según la Defensoría del Usuario, otro aumento llegará en enero.'])).toEqual([
      { kind: 'indirect', text: 'otro aumento llegará en enero', speaker: 'Defensoría del Usuario' },
    ]);
    expect(found(['La Legislatura aprobó el presupuesto por 31 votos a 12; según la oposición, el texto recorta la obra pública.'])).toEqual([
      { kind: 'indirect', text: 'el texto recorta la obra pública', speaker: 'Oposición' },
    ]);
  });

  it('still gives the whole sentence when set between commas inside one clause', () => {
    expect(found(['La tarifa, según la Defensoría del Usuario, subirá otra vez en enero.'])).toEqual([
      { kind: 'indirect', text: 'La tarifa, según la Defensoría del Usuario, subirá otra vez en enero', speaker: 'Defensoría del Usuario' },
    ]);
  });
});
