/**
 * A part of a compound question that asks only its interrogative ("… y cuándo?") borrows what the other part asks of its
 * subject, not the noun of the other part's interrogative phrase: "¿En qué competición participará Ana Ruiz y cuándo?"
 * is looked up as "¿Cuándo participará Ana Ruiz?", not "¿Cuándo competición participará Ana Ruiz?", a word the answering
 * sentence need not hold. Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { questionParts } from '../../src/answer/compound.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

describe('the noun of an interrogative phrase stays with its part', () => {
  it.each([
    ['¿En qué competición participará Ana Ruiz y cuándo?', 'es', '¿Cuándo participará Ana Ruiz?'],
    ['¿De qué país llegó el embajador y cuándo?', 'es', '¿Cuándo llegó el embajador?'],
    ['In which competition will Ana Ruiz take part and when?', 'en', 'When will Ana Ruiz take part?'],
    ['¿En qué año se fundó el club y dónde?', 'es', '¿Dónde se fundó el club?'],
  ] as const)('%s: the second part is looked up without the noun', (question, language, second) => {
    expect(questionParts(question, language)?.[1]?.asked).toBe(second);
  });

  it.each([
    ['¿Qué dijo Kim y cuándo?', 'es', '¿Cuándo dijo Kim?'],
    ['What did Kim promise and when?', 'en', 'When did Kim promise?'],
  ] as const)('%s: a verb after the interrogative is still borrowed', (question, language, second) => {
    expect(questionParts(question, language)?.[1]?.asked).toBe(second);
  });

  it('answers the borrowed part from the sentence with its date', async () => {
    const ask = askOf(
      await libraryOf([
        articleFromParagraphs({ id: 'ruiz', title: 'Ana Ruiz, a la Copa de Naciones de Lisboa', date: null, language: 'es' }, [
          'La ciclista Ana Ruiz competirá en la Copa de Naciones de Lisboa, la primera competición de la temporada.',
          'La competición reunirá a ciclistas de cuarenta países en el velódromo nacional.',
          'Ana Ruiz participará en la prueba de velocidad el 22 de abril.',
        ]),
      ]),
    );
    const result = await ask('¿En qué competición participará Ana Ruiz y cuándo?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('22 de abril');
  });
});
