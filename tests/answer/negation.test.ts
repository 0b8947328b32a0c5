/**
 * A negated question is not answered with a sentence that states the opposite ("¿Qué obra no fue
 * financiada…?" beside "La obra fue financiada por…"): refused, with the passage cited as a lead.
 * A sentence that does carry the negation or an exception still answers it.
 */
import { describe, expect, it } from 'vitest';
import { negationUnmet } from '../../src/answer/negation.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { askOf, libraryOf } from '../support/seed-library.js';

describe('negationUnmet', () => {
  it('holds when the question is negated and the sentence is not', () => {
    expect(negationUnmet('¿Qué puente no fue reparado en 2020?', ['El puente de Toro fue reparado en 2020.'])).toBe(true);
    expect(negationUnmet("Which bridge wasn't repaired in 2020?", ['The Toro bridge was repaired in 2020.'])).toBe(true);
    expect(negationUnmet('Which bridge was never repaired?', ['The Toro bridge was repaired in 2020.'])).toBe(true);
  });

  it('does not hold when the sentence carries a negation or states an exception', () => {
    expect(negationUnmet('¿Qué puente no fue reparado?', ['El puente de Toro no fue reparado hasta 2020.'])).toBe(false);
    expect(negationUnmet('¿Qué ciudades no fueron destruidas?', ['Destruyeron todas las ciudades, salvo Toro y Zamora.'])).toBe(false);
    expect(negationUnmet("Which bridge wasn't repaired?", ['All bridges were repaired except the Toro bridge.'])).toBe(false);
    expect(negationUnmet('Which bridge was not repaired?', ["The Toro bridge hasn't been repaired."])).toBe(false);
  });

  it('does not hold for a question that is not negated, nor for words that only contain a negation', () => {
    expect(negationUnmet('¿Qué puente fue reparado en 2020?', ['El puente de Toro fue reparado en 2020.'])).toBe(false);
    expect(negationUnmet('¿Qué pasó en noviembre en Nogales?', ['En noviembre se inauguró el puente de Nogales.'])).toBe(false);
    expect(negationUnmet('What did Nottingham annotate?', ['Nottingham annotated the plans.'])).toBe(false);
  });
});

describe('a negation before the question, or an absence stated by a verb', () => {
  it('a negation in a clause before the opening mark sets the scene, and does not negate what is asked', () => {
    expect(negationUnmet('Cuando los vecinos no pagan la tasa, ¿qué hace el ayuntamiento?', ['El ayuntamiento embarga sus cuentas.'])).toBe(false);
    expect(negationUnmet('Cuando los vecinos pagan la tasa, ¿qué no hace el ayuntamiento?', ['El ayuntamiento embarga sus cuentas.'])).toBe(true);
  });

  it('a negation in a relative clause still counts (question writers negate those too)', () => {
    expect(negationUnmet('¿A quién votó la asamblea que no pertenecía al sindicato?', ['La asamblea votó a la delegada Irene Vaz.'])).toBe(true);
  });

  it('a verb of lacking states the absence a negated question asks about', () => {
    expect(negationUnmet('¿Qué no tienen las casas del barrio alto?', ['Las casas del barrio alto carecen de alcantarillado.'])).toBe(false);
    expect(negationUnmet('What does the new stadium not have?', ['The new stadium lacks a roof.'])).toBe(false);
    expect(negationUnmet('¿Qué no tienen las casas del barrio alto?', ['Las casas del barrio alto tienen alcantarillado.'])).toBe(true);
  });

  it('a verb of failing, omitting or refusing states that something was not done', () => {
    expect(negationUnmet('What fine do tenants face for not telling the council they sublet?', ['Tenants could face a £80 fine if they fail to tell the council that they sublet.'])).toBe(false);
    expect(negationUnmet('¿Qué vecinos no pagaron la tasa?', ['Los vecinos del barrio alto se negaron a pagar la tasa.'])).toBe(false);
    expect(negationUnmet('¿Qué no informó el alcalde?', ['El alcalde omitió informar del coste de las obras.'])).toBe(false);
    expect(negationUnmet('¿Qué vecinos no pagaron la tasa?', ['Los vecinos del barrio alto pagaron la tasa.'])).toBe(true);
  });
});

describe('negated questions asked of articles', async () => {
  const article = (id: string, paragraphs: string[]) => articleFromParagraphs({ id, title: `Título de ${id}`, date: '2024-05-02', language: 'es' }, paragraphs);
  const library = await libraryOf([
    article('solar', ['La central solar de Valdelobos tendrá una potencia de 50 megavatios.', 'La obra fue financiada por el Banco Europeo de Inversiones, según el consorcio.']),
    article('regadio', ['El ayuntamiento de Olmedo no recibió las ayudas regionales para el regadío, según la consejería de Agricultura.']),
    article('puerto', ['El puerto de Castrillo cerrará sus muelles de carga durante tres semanas por el dragado del canal.']),
  ]);
  const ask = askOf(library);

  it('answers the question without the negation', async () => {
    const result = await ask('¿Quién financió la obra de la central solar de Valdelobos?');
    expect(result.refused).toBe(false);
  });

  it('refuses, citing the passage as a lead, when the only sentence states the opposite', async () => {
    const result = await ask('¿Quién no financió la obra de la central solar de Valdelobos?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(true);
    expect(result.citations[0]?.articleId).toBe('solar');
  });

  it('answers a negated question from a sentence that says it', async () => {
    const result = await ask('¿Qué ayuntamiento no recibió las ayudas regionales para el regadío?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.articleId).toBe('regadio');
  });
});
