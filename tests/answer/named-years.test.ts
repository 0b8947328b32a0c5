/**
 * A year that belongs to a name ("el Trofeo de Vigo 2025", "the Lisbon 2027 Games") dates nothing in its sentence, so a
 * "¿Cuándo…?" is answered by the sentence that gives the day; and a compound question's bare "¿y cuándo?" after an
 * interrogative with a noun is shown as asked ("¿Qué premio… y cuándo?") or without that noun ("¿En qué torneo… y
 * cuándo?"), never as "¿Cuándo torneo…?" (newcomer 15's D10). Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { carriesAnswerType, dateDetail } from '../../src/answer/answer-type.js';
import { questionParts } from '../../src/answer/compound.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const none = new Set<string>();

describe('years inside names', () => {
  it('a year right after a capitalised word inside the sentence is the name\u2019s, not a date', () => {
    for (const sentence of ['Compitió en el Trofeo de Vigo 2025 con su club.', 'She trained for the Lisbon 2027 Games.', 'La Agenda 2030 del ayuntamiento sigue en pie.']) {
      expect(carriesAnswerType(sentence, 'date', none)).toBe(false);
      expect(dateDetail(sentence, none)).toBe(0);
    }
  });

  it('a month\u2019s name, a preposition or a sentence\u2019s first word before the year leaves it a date', () => {
    expect(dateDetail('He arrived in May 2025.', none)).toBe(2);
    expect(dateDetail('Llegó en mayo 2025.', none)).toBe(2);
    expect(carriesAnswerType('In 2025, the club moved.', 'date', none)).toBe(true);
    expect(carriesAnswerType('Se fundó en 1902.', 'date', none)).toBe(true);
  });
});

describe('a compound question whose second part is a bare interrogative', () => {
  it('shows that part as asked, and looks it up with the first part\u2019s words', () => {
    const parts = questionParts('¿Qué premio ganó Irene Salcedo y cuándo?', 'es');
    expect(parts?.map((part) => part.shown)).toEqual(['¿Qué premio ganó Irene Salcedo?', '¿Cuándo?']);
    expect(parts?.[1]?.asked).toMatch(/ganó Irene Salcedo/u);
    // A noun after a preposition and its interrogative stays with them, so the borrowed words read as a question.
    expect(questionParts('¿En qué torneo jugará Irene Salcedo y cuándo?', 'es')?.map((part) => part.shown)).toEqual(['¿En qué torneo jugará Irene Salcedo?', '¿Cuándo?']);
    expect(questionParts('¿En qué torneo jugará Irene Salcedo y cuándo?', 'es')?.[1]?.asked).toBe('¿Cuándo jugará Irene Salcedo?');
    expect(questionParts('Which club signed Irene Salcedo and when?', 'en')?.map((part) => part.shown)).toEqual(['Which club signed Irene Salcedo?', 'When?']);
    // An interrogative with no noun lends its whole predicate to the lookup, and is shown as the asker wrote it.
    expect(questionParts('¿Cuándo y dónde jugará Irene Salcedo?', 'es')?.map((part) => part.shown)).toEqual(['¿Cuándo?', '¿Dónde jugará Irene Salcedo?']);
    expect(questionParts('¿Cuándo y dónde jugará Irene Salcedo?', 'es')?.[0]?.asked).toBe('¿Cuándo jugará Irene Salcedo?');
  });

  it('answers the "¿cuándo?" with the sentence giving the day, not with the year of the tournament\u2019s name', async () => {
    const library = await libraryOf([
      articleFromParagraphs({ id: 'salcedo', title: 'Irene Salcedo abre la temporada', date: '2025-03-02', language: 'es' }, [
        'La tenista gallega Irene Salcedo jugará en el Trofeo de Vigo 2025, su primer torneo del año.',
        'Salcedo jugará su primer partido del torneo el martes 18 de marzo, ante una rival aún por decidir.',
        'La jugadora, de 24 años, entrena desde enero en Pontevedra con su equipo.',
      ]),
    ]);
    const result = await askOf(library)('¿En qué torneo jugará Irene Salcedo y cuándo?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    const [first, second] = result.answer.split('\n');
    expect(first).toContain('Trofeo de Vigo 2025');
    expect(second?.startsWith('¿Cuándo? ')).toBe(true);
    expect(second).toContain('18 de marzo');
  });
});
