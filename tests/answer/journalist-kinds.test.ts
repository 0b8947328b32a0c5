/**
 * Kinds of journalist questions the seeds showed wrong (issue 15), on articles written here: "¿Cuándo…?"
 * wants the day, not "el lunes" or "en las próximas semanas" beside the question's words; "¿Quién
 * informó de X?" wants the source that reported X, not one that reported something else beside X;
 * "¿Dónde se reunieron X e Y?" meets "su encuentro con Y en…" (a verb and the noun of its event).
 */
import { describe, expect, it } from 'vitest';
import { askedKind, reportedSpans } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { checked } from '../support/checked.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const article = (id: string, paragraphs: string[]) => articleFromParagraphs({ id, title: `Título de ${id}`, date: '2024-05-02', language: 'es' }, paragraphs);

const library = await libraryOf([
  article('gira', [
    'La consejera de Industria, Ane Lasa, ha afirmado que la comarca tendrá un nuevo polígono, según ha informado este martes la agencia Norte, en medio de rumores sobre el cierre de la vieja fábrica textil de Valdemar.',
    'El rumor creció después de que el diario Sur publicara el lunes que la consejera visitaría Valdemar y Tordesal en las próximas semanas.',
    'Un portavoz municipal dijo que la visita a Tordesal está prevista para el 3 de julio, pero que aún no ha sido confirmada.',
    'El periódico Oeste publicó el jueves que el cierre de la fábrica de Valdemar se anunciará en otoño.',
  ]),
  article('reunion', [
    'La presidenta regional, Ana Soto, dijo que su encuentro con el ministro Luis Prado en el palacio de Valdemar fue cordial.',
    'Los dos acordaron estudiar en otoño la financiación del nuevo hospital comarcal.',
    'Luis Prado elogió después la gestión de Ana Soto durante la sequía del año pasado.',
    'Ana Soto y Luis Prado firmarán en mayo un convenio sobre las carreteras de la sierra.',
  ]),
  article('pacto', [
    'El alcalde, Iñaki Mora, dijo que su reunión con la consejera Ane Lasa en Valdemar fue larga y tensa.',
    'Mora y Lasa firmaron el martes un acuerdo en el que se comprometen a reabrir el puerto antes de agosto, informó el ayuntamiento.',
    'Mora añadió que el muelle necesita obras urgentes.',
  ]),
]);
const ask = askOf(library);

describe('when: a day of a month beats a weekday or a vague time beside the question', () => {
  it('"¿Cuándo visitará la consejera Tordesal?" quotes the sentence with the date', async () => {
    const result = await ask('¿Cuándo visitará la consejera Tordesal?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('3 de julio');
  });
});

describe('who reported: the source whose report holds the question', () => {
  it('"¿Quién informó del cierre de la fábrica?" names the paper that reported the closure', async () => {
    const result = await ask('¿Quién informó del cierre de la fábrica de Valdemar?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('El periódico Oeste publicó');
  });

  it('reads what a sentence reports from its complementiser or verb of saying to the next comma', () => {
    const sentence = 'Ana dijo que la obra acabará en mayo, según informó la agencia Norte, en plena campaña.';
    const reported = reportedSpans(sentence).map((span) => sentence.slice(span.start, span.end).trim());
    expect(reported).toContain('que la obra acabará en mayo');
    expect(reported.some((text) => text.includes('campaña'))).toBe(false);
  });

  it('reads what a postposed verb of saying reports: what stands before its comma', () => {
    const sentence = 'La obra acabará en mayo, según ha informado la agencia Norte.';
    const reported = reportedSpans(sentence).map((span) => sentence.slice(span.start, span.end).trim());
    expect(reported).toContain('La obra acabará en mayo');
  });

  it.each(['¿Quién informó del cierre?', '¿Qué diario informó del cierre?', 'Which newspaper reported the closure?'])('%s asks who reported it', (question) => {
    expect(askedKind(question, checked(question).language)).toMatchObject({ type: 'person', reported: true });
  });
});

describe('a verb and the noun of its event', () => {
  it('"¿Dónde se reunieron Soto y Prado?" is answered by "su encuentro con … en el palacio"', async () => {
    const result = await ask('¿Dónde se reunieron Soto y Prado?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('palacio de Valdemar');
  });
});

describe('a verb that says what kind of statement', () => {
  it('"¿Qué prometió Mora a Lasa?" quotes the commitment, not whatever else Mora said about Lasa', async () => {
    const result = await ask('¿Qué prometió Mora a Lasa?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('se comprometen a reabrir el puerto');
  });
});
