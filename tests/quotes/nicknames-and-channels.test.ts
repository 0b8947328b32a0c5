/**
 * Newcomer reports B10, B12 and M3, each a kind on text written for it: a quoted nickname or initials as the subject
 * ("“JOH” (como se le conoce al expresidente) contestó…"), a second verb joined by "al tiempo que" / "a la vez que",
 * the channel a statement went through ("a la red Erbol", "vía Twitter", "el programa Noches sin Tregua de Cadena A", "a través
 * de su cuenta de Twitter"),
 * and a quotation followed by the narrator's aside, which is not reported speech besides it.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook, extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const article = (paragraphs: string[]) => articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs);
const found = (paragraphs: string[]) => extractStatements(article(paragraphs)).map(({ kind, text, speaker, via }) => ({ kind, text, speaker, via }));

const NAMED = 'Tras la extradición del expresidente de Honduras, Juan Orlando Hernández, comenzaron a sonar nombres.';

describe('a quoted nickname as the subject', () => {
  it('credits the person whose initials it is, through an aside in brackets, and the verb joined by "al tiempo que"', () => {
    const paragraphs = [NAMED, 'Tras las declaraciones, “JOH” (como se le conoce al expresidente) contestó vía Twitter que “El fiscal no dijo eso, nunca dijo que el presidente recibió nada”, al tiempo que agregó que “La alegación es falsa, absurda y ridícula”, comparándola con un cuento.'];
    expect(found(paragraphs)).toEqual([
      { kind: 'direct', text: 'El fiscal no dijo eso, nunca dijo que el presidente recibió nada', speaker: 'Juan Orlando Hernández', via: 'Twitter' },
      { kind: 'direct', text: 'La alegación es falsa, absurda y ridícula', speaker: 'Juan Orlando Hernández', via: 'Twitter' },
    ]);
    expect(createQuoteBook(buildQuoteData([article(paragraphs)])).lookup('JOH').actor).toBe('Juan Orlando Hernández');
  });

  it('gives the subject of the clause before to a verb after "a la vez que"', () => {
    const paragraphs = ['El ministro de Seguridad, Jorge Alvarado, habló tras el ataque. Alvarado negó que se haya pagado un rescate, a la vez que aseveró que “este ataque no es un tema de dinero sino de poder”.'];
    expect(found(paragraphs).find((statement) => statement.kind === 'direct')?.speaker).toBe('Jorge Alvarado');
  });
});

describe('the channel a statement went through', () => {
  it.each([
    ['El ministro Eduardo Soto dijo a la red Erbol que el operativo continuará.', 'Erbol'],
    ['El ministro Eduardo Soto aseguró a la red Unitel que el operativo continuará.', 'Unitel'],
    ['El ministro Eduardo Soto escribió vía Twitter que el operativo continuará.', 'Twitter'],
    ['El ministro Eduardo Soto dijo que el operativo continuará, en una entrevista con el programa Noches sin Tregua de Cadena A.', 'Noches sin Tregua de Cadena A'],
    // Newcomer 17's D10: an account on a service, and a preposition of three words.
    ['El ministro Eduardo Soto, a través de su cuenta de Twitter, indicó que el operativo continuará.', 'Twitter'],
    ['El ministro Eduardo Soto, en su perfil de Facebook, aseguró que el operativo continuará.', 'Facebook'],
    ['El ministro Eduardo Soto, por medio de un comunicado, aseguró que el operativo continuará.', 'comunicado'],
  ])('"%s"', (sentence, via) => {
    expect(found([sentence])[0]).toMatchObject({ speaker: 'Eduardo Soto', via });
  });
});

describe('a quotation followed by the narrator\'s aside', () => {
  it('makes one direct statement, not the quotation again as reported speech', () => {
    const paragraphs = ['El inspector Álvaro Ruiz habló del caso.', '“Tenemos conocimiento de que existe una cantidad importante de vehículos robados en el país vecino”, entre ellas el número de motor y chasis, añadió.'];
    expect(found(paragraphs)).toEqual([{ kind: 'direct', text: 'Tenemos conocimiento de que existe una cantidad importante de vehículos robados en el país vecino', speaker: 'Álvaro Ruiz', via: null }]);
  });
});
