/**
 * A question asking one name's figure ("¿Cuál es la multa que la Agencia impuso a Telnova?") is answered by the sentence
 * giving a figure to that name alone ("la sanción más alta, de 9,4 millones, recae sobre Telnova"), not by the one giving
 * a figure to a list of names it stands in ("multas por un total de 18 millones a cuatro operadoras, Telnova, Ondacel,
 * Vialink y Redsur"), which shares more of the question's words: a reader would take the list's total for the name's own
 * (blind newcomer 28's D5, a supermarket chain's fine answered with the three chains' total). Articles and questions
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const ask = askOf(
  await libraryOf([
    articleFromParagraphs({ id: 'teleco', title: 'La Agencia de Datos multa con 18 millones a cuatro operadoras por vender datos de clientes', date: '2026-06-10', language: 'es' }, [
      'La Agencia de Protección de Datos ha impuesto multas por un total de 18 millones de euros a cuatro operadoras, Telnova, Ondacel, Vialink y Redsur, por haber vendido entre 2022 y 2025 datos de sus clientes a empresas de publicidad.',
      'La sanción más alta, de 9,4 millones de euros, recae sobre Telnova, mientras que Ondacel deberá pagar 4,1 millones. El expediente se abrió en abril de 2025 tras una queja de una asociación de usuarios.',
      'Telnova ha anunciado que recurrirá la decisión ante los tribunales.',
    ]),
    articleFromParagraphs({ id: 'ports', title: 'Regulator fines three port operators £30m over price fixing', date: '2026-06-11', language: 'en' }, [
      'The Competition Authority has fined three port operators, Harbourline, Quayco and Dockmere, a total of £30m for fixing handling charges between 2021 and 2024, the regulator said on Tuesday.',
      'The largest penalty, £14.2m, falls on Harbourline, while Quayco must pay £9m. Dockmere said it would appeal.',
    ]),
  ]),
);

describe('a figure given to a list of names is not one name’s figure', () => {
  it.each([
    ['¿Cuál es la multa que la Agencia impuso a Telnova?', '9,4 millones'],
    ['¿De cuánto es la multa impuesta a Telnova?', '9,4 millones'],
    ['How much did the Competition Authority fine Harbourline?', '£14.2m'],
  ])('%s quotes the name’s own figure first', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer.split(/[»”]/u)[0]).toContain(figure);
  });

  it('still quotes the total when the question asks for it', async () => {
    const result = await ask('¿Cuál es el total de las multas que impuso la Agencia a las cuatro operadoras?');
    expect(result.refused).toBe(false);
    expect(result.answer.split(/[»”]/u)[0]).toContain('18 millones');
  });
});
