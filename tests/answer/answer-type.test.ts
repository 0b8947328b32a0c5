/** The kind of answer a question asks for, and whether a sentence holds one. */
import { describe, expect, it } from 'vitest';
import { carriesAnswerType, expectedAnswerType } from '../../src/answer/answer-type.js';

describe('expectedAnswerType', () => {
  it.each([
    ['¿Cuándo abrirá el nuevo hospital?', 'es', 'date'],
    ['¿En qué año se fundó la cooperativa?', 'es', 'date'],
    ['When did the strike end?', 'en', 'date'],
    ['In what year was the bridge built?', 'en', 'date'],
    ['¿Cuánta agua tiene el pantano?', 'es', 'number'],
    ['¿Cuántos vecinos firmaron la queja?', 'es', 'number'],
    ['¿Qué porcentaje de votos obtuvo?', 'es', 'number'],
    ['How many people attended the rally?', 'en', 'number'],
    ['How much did the stadium cost?', 'en', 'number'],
    ['¿Dónde se reunieron los ministros?', 'es', 'place'],
    ['¿Cuál es la capital de la provincia?', 'es', 'place'],
    ['Where will the summit take place?', 'en', 'place'],
    ['¿Quién financió la central solar?', 'es', 'person'],
    ['¿Qué empresa construyó el puente?', 'es', 'person'],
    ['Who signed the agreement?', 'en', 'person'],
    ['Which company won the contract?', 'en', 'person'],
    ['¿Qué dijo el ministro?', 'es', 'statement'],
    ['¿Qué ha afirmado la alcaldesa sobre el puerto?', 'es', 'statement'],
    ['What did the Russian president say about the treaty?', 'en', 'statement'],
  ] as const)('%s expects a %s', (question, language, type) => {
    expect(expectedAnswerType(question, language)).toBe(type);
  });

  it.each([
    ['¿Por qué dimitió el alcalde?', 'es'],
    ['¿Cómo reaccionó la oposición?', 'es'],
    ['¿Qué afirmo yo?', 'es'],
    ['Why did the council resign?', 'en'],
    ['How did the market react?', 'en'],
  ] as const)('%s expects no particular kind', (question, language) => {
    expect(expectedAnswerType(question, language)).toBeUndefined();
  });

  it.each([
    // The clause before the opening mark sets the scene: its "Cuando", "En cuanto a" ask nothing.
    ['Cuando cierra la fábrica, ¿cuál es la ciudad que más empleo pierde?', 'place'],
    ['En cuanto a la reforma, ¿qué ministro la firmó?', 'person'],
    ['Cuando llueve mucho, ¿qué río se desborda primero?', 'place'],
    // Spelt without its accent inside the question, "que" is a relative: the interrogative is the later "qué".
    ['¿La central produce una energía que supera qué cantidad?', 'number'],
    // An asker who types no accents still asks, when the word opens the question or follows a preposition.
    ['¿cuando abre el hospital?', 'date'],
    ['¿en que año se fundó la cooperativa?', 'date'],
  ] as const)('%s expects a %s: read from its interrogative', (question, type) => {
    expect(expectedAnswerType(question, 'es')).toBe(type);
  });

  it('takes no relative or conjunction for the interrogative', () => {
    expect(expectedAnswerType('Cuando se detiene a mucha gente, ¿cuál es una táctica común de negociación?', 'es')).toBeUndefined();
    expect(expectedAnswerType('En cuanto a los números enteros, ¿de qué manera se guardan?', 'es')).toBeUndefined();
  });
});

describe('carriesAnswerType', () => {
  const none = new Set<string>();
  it('finds dates, numbers, places and people in a sentence', () => {
    expect(carriesAnswerType('Las obras terminarán en marzo de 2026.', 'date', none)).toBe(true);
    expect(carriesAnswerType('El embalse alcanzó el 80 % de su capacidad.', 'number', none)).toBe(true);
    expect(carriesAnswerType('Los ministros se reunieron en Lisboa.', 'place', none)).toBe(true);
    expect(carriesAnswerType('La obra fue financiada por el Banco Europeo de Inversiones.', 'person', none)).toBe(true);
    expect(carriesAnswerType('The plant was funded by a regional fund.', 'person', none)).toBe(true);
  });

  it('does not count the question’s own words as the answer', () => {
    expect(carriesAnswerType('La central solar de 2019 produce energía.', 'date', new Set(['2019']))).toBe(false);
    expect(carriesAnswerType('La central solar produce cincuenta megavatios.', 'date', none)).toBe(false);
    expect(carriesAnswerType('La central solar produce energía limpia.', 'person', none)).toBe(false);
  });
});
