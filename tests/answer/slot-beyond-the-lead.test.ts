/**
 * The sentence that carries the asked figure, not the lead or topic sentence, answers: the largest /ask kind of
 * blind newcomers 32, 33 and 34 (the expected answer shown only under "see also"). Two readings made the answering
 * sentence lose its kind: a body named "X de la Y" ("Senado de la Nación", "Cámara de los Comunes") was read as two
 * names, the second owning the sentence's figure (figure-owner.ts), so a later sentence with a stray number led.
 * Articles and questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const fisheries = articleFromParagraphs({ id: 'pesca', title: 'El Parlamento aprueba la ley de pesca artesanal', date: '2026-03-04', language: 'es' }, [
  'El Parlamento de la Región aprobó en la madrugada de este martes la ley de pesca artesanal por 41 votos a favor, 12 en contra y 3 abstenciones, después de una sesión de nueve horas.',
  'Fuentes de la mayoría reconocieron que la votación estuvo en duda hasta el final y que tres diputados decidieron su voto en el receso.',
]);
const university = articleFromParagraphs({ id: 'universidad', title: 'La universidad amplía su plantilla científica', date: '2026-01-15', language: 'es' }, [
  'La Universidad de la Costa contrató en 2025 a 126 investigadores para sus nuevos laboratorios de biología marina, según su memoria anual.',
  'Dos de los cinco laboratorios previstos siguen sin equipamiento, admitió el vicerrector, que espera abrirlos en primavera.',
]);
const senate = articleFromParagraphs({ id: 'senate', title: 'Senate passes water bill', date: '2026-05-20', language: 'en' }, [
  'The Senate of the Republic passed the water bill by 61 votes to 39 on Tuesday night after a debate of eleven hours.',
  'Two senators from the northern provinces changed their vote during the final recess, aides said.',
]);
const lender = articleFromParagraphs({ id: 'lender', title: 'Regional lender expands small-business loans', date: '2026-07-01', language: 'en' }, [
  'The Bank of the Valley lent money to 2,400 small firms in the first half of the year, according to its half-yearly report.',
  'Three of its eight branches will close in the autumn, a spokesman said.',
]);
const ask = askOf(await libraryOf([fisheries, university, senate, lender]));

describe('the sentence that carries the asked figure, past a body named with "de la"', () => {
  it.each([
    ['¿Cuántos votos a favor obtuvo la ley de pesca en el Parlamento?', '41 votos'],
    ['¿Con cuántos votos aprobó el Parlamento la ley de pesca artesanal?', '41 votos'],
    ['¿Cuántos investigadores contrató la Universidad para sus laboratorios?', '126 investigadores'],
    ['How many votes did the water bill get in the Senate?', '61 votes'],
    ['How many small firms did the Bank lend money to?', '2,400 small firms'],
  ])('%s → %s', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused, question).toBe(false);
    expect(firstQuote(result), question).toContain(figure);
  });
});
