/**
 * A question that prices a thing ("¿Cuánto cuesta el pasaje del ferry?") is answered by the sentence giving an amount of
 * money beside that thing, not by one of its story, or of another, giving another thing's cost that shares the verb and
 * the story's words (a new terminal's budget): a reader would take the budget for the fare (blind newcomer 26's D1, the
 * water jug priced with the aqueduct's cost). Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { pricedNoun } from '../../src/answer/money.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'ferry', title: 'El ferry a la isla Quelmo sube sus tarifas y estrena terminal', date: '2026-05-04', language: 'es' }, [
    'La naviera Austral anunció que el servicio de ferry a la isla Quelmo sumará dos salidas diarias desde junio.',
    'El gobierno regional informó que la nueva terminal del ferry costará 9.300 millones de pesos y estará lista en 2028.',
    'Vecinos de Quelmo se quejaron en la plaza. Rosa Millán, comerciante, contó que ahora paga cada pasaje a 7.800 pesos y que viaja tres veces por semana.',
    'La naviera justificó el alza por el precio del combustible.',
  ]),
  articleFromParagraphs({ id: 'puerto', title: 'El puerto de Calbuco cuesta más de lo previsto', date: '2026-05-02', language: 'es' }, [
    'La ampliación del puerto de Calbuco cuesta ya 4.100 millones de pesos, un 30 % más de lo presupuestado.',
  ]),
]);

const ask = (question: string) => answerQuestion({ index: library.index, articles: library.articles, question: checked(question) });

describe('a question that prices a thing', () => {
  it.each(['¿Cuánto cuesta el pasaje del ferry a la isla?', '¿Cuánto cuestan los pasajes del ferry?'])('%s quotes the amount beside that thing first', async (question) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('7.800 pesos');
  });

  it('still quotes another thing’s cost when that thing is the one asked', async () => {
    const result = await ask('¿Cuánto costará la nueva terminal del ferry?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('9.300 millones');
  });

  it('reads the thing priced after a verb of costing and an article, in Spanish and English', () => {
    expect(pricedNoun('¿Cuánto cuesta el bidón de agua?')).toBe('bidon');
    expect(pricedNoun('¿Cuánto costaban las entradas?')).toBe('entradas');
    expect(pricedNoun('How much does a ticket cost in Lima?')).toBe('ticket');
    expect(pricedNoun('¿Cuánto cuesta vivir en Quelmo?')).toBeUndefined();
    expect(pricedNoun('¿Cuánto dinero recaudó la naviera?')).toBeUndefined();
  });
});
