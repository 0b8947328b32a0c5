/**
 * A part of a compound question whose subject is the other part's (the seventeenth newcomer's D5): "… y qué porcentaje
 * del PIB es?" leaves its subject out, "… y qué prometió a Marta Gil?" names only whom the promise was made to, and "¿…?
 * y ¿dónde…?" writes the conjunction before the second question's mark. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { questionParts } from '../../src/answer/compound.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'deuda', title: 'Honduras cerró 2023 con más deuda interna', date: '2024-03-02', language: 'es' }, [
    'Honduras terminó 2023 con una deuda interna de 9.120 millones de dólares, lo que equivale al 27,4 % del PIB, informó el banco central.',
    'Del total, 6.300 millones corresponden a bonos del Estado (18,9 % del PIB) y el resto a préstamos de la banca (8,5 % del PIB).',
  ]),
  articleFromParagraphs({ id: 'visita', title: 'El ministro Lasa visita Tarija', date: '2024-05-10', language: 'es' }, [
    'El ministro Pedro Lasa llegará a Tarija el lunes para reunirse con la gobernadora Marta Gil.',
    'En su carta a Marta Gil, Lasa prometió financiar el nuevo hospital regional.',
  ]),
]);

const ask = askOf(library);

describe('a part that takes its subject from the other part', () => {
  it('is looked up with the other part’s names when its subject is left out after "es"', () => {
    const parts = questionParts('¿Cuánto debía Honduras al cierre de 2023 y qué porcentaje del PIB es?', 'es');
    expect(parts?.[1]?.asked).toBe('¿Qué porcentaje del PIB es Honduras?');
    expect(parts?.[1]?.shown).toBe('¿Qué porcentaje del PIB es?');
  });

  it('answers the left-out subject’s share from the sentence that gives it', async () => {
    const result = await ask('¿Cuánto debía Honduras al cierre de 2023 y qué porcentaje del PIB es?');
    const second = result.answer.split('\n')[1] ?? '';
    expect(second).toContain('27,4 % del PIB');
    expect(second).not.toContain('18,9 %');
  });

  it('reads a name after "a" as whom something was promised to, the doer being the other part’s', async () => {
    expect(questionParts('¿Cuándo llegará Lasa a Tarija y qué prometió a Marta Gil?', 'es')?.[1]?.withSubject).toBe('¿Qué prometió Lasa a Marta Gil?');
    const result = await ask('¿Cuándo llegará Lasa a Tarija y qué prometió a Marta Gil?');
    expect(result.answer.split('\n')[1]).toContain('prometió financiar el nuevo hospital');
  });

  it('splits a second question opened after the conjunction', () => {
    expect(questionParts('¿Qué prometió Lasa? y ¿dónde se reunirá con Marta Gil?', 'es')?.map((part) => part.shown)).toEqual(['¿Qué prometió Lasa?', '¿Dónde se reunirá con Marta Gil?']);
  });
});
