/**
 * The LLM says only what the cited passages say (issue 18): each failure the issue found, on passages
 * written here, and the same replies kept when they are supported.
 */
import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../src/answer/grounding.js';
import { checkAnswer } from '../../src/answer/summarise.js';
import type { Citation } from '../../src/answer/types.js';
import { groundingCases, judgeGrounding } from '../support/stress/grounding.js';

function cited(...excerpts: string[]): Citation[] {
  return excerpts.map((excerpt, i) => ({ n: i + 1, articleId: `a${i}`, title: 't', outlet: null, date: null, passageId: `a${i}#0`, excerpt, score: 1, highlights: [] }));
}

const PORT = cited('El Ayuntamiento de Vigo aprobó ayer la ampliación del puerto, que costará 3,5 millones de euros, según anunció la alcaldesa Marta Ríos.');
const MINISTER = cited('El ministro de Economía, Luis Prado, viajó a Bruselas el lunes para negociar el acuerdo con la Comisión Europea.');
const PLANT = cited('La empresa no cerrará la planta de Avilés este año, aseguró su director.');
const ENGLISH = cited('The council approved the expansion of the harbour, which will cost 3.5 million euros, the mayor Marta Ríos announced.');

describe('a summary sentence is rejected when', () => {
  it.each([
    ['it states a closure where the passage states an enlargement', 'El Ayuntamiento de Vigo aprobó el cierre del puerto [1].', PORT],
    ['it says the minister fled', 'El ministro Luis Prado huyó a Bruselas el lunes [1].', MINISTER],
    ['it names the wrong person', 'La alcaldesa Ana Gómez anunció la ampliación del puerto [1].', PORT],
    ['it spells out the wrong figure', 'La ampliación del puerto costará tres millones de euros [1].', PORT],
    ['it writes the wrong figure in digits', 'La ampliación del puerto costará 4,5 millones de euros [1].', PORT],
    ['it adds a negation', 'El Ayuntamiento de Vigo no aprobó la ampliación del puerto [1].', PORT],
    ['it drops the passage’s negation', 'La empresa cerrará la planta de Avilés este año [1].', PLANT],
    ['it adds a claim of its own', 'El Ayuntamiento aprobó la ampliación del puerto y despidió a cien trabajadores [1].', PORT],
    // Short content words ("hoy", "parte", "mayor") that a long stop-word list would take as function words.
    ['it says "today" where the passage says "yesterday"', 'El Ayuntamiento de Vigo aprobó hoy la ampliación del puerto [1].', PORT],
    ['it says only part of the port', 'El Ayuntamiento de Vigo aprobó la ampliación de parte del puerto [1].', PORT],
    ['it gets a figure wrong across languages', 'The port expansion will cost three million euros [1].', PORT],
    ['it names someone else across languages', 'Mayor Ana Gómez announced the port expansion [1].', PORT],
  ])('%s', (_, reply, citations) => {
    const language = /^(The|Mayor)/.test(reply) ? 'en' : 'es';
    expect(checkAnswer(reply, citations, language).kind).toBe('rejected');
  });

  it('it is not in the question’s language', () => {
    expect(checkAnswer('El Ayuntamiento de Vigo aprobó la ampliación del puerto [1].', PORT, 'en')).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('Spanish') });
  });
});

describe('a supported summary is kept', () => {
  it.each([
    ['as the passage says it', 'El Ayuntamiento de Vigo aprobó la ampliación del puerto [1].', PORT, 'es'],
    ['framed as what the text says', 'Según el texto, la ampliación del puerto costará 3,5 millones de euros [1].', PORT, 'es'],
    ['with a figure in words', 'El acuerdo prevé tres millones de euros para Vigo [1].', cited('El acuerdo prevé 3 millones de euros para Vigo.'), 'es'],
    ['with the figure in digits, written otherwise', 'La ampliación costará 3,5 millones de euros, anunció la alcaldesa Marta Ríos [1].', PORT, 'es'],
    ['keeping the passage’s negation', 'La empresa no cerrará la planta de Avilés este año [1].', PLANT, 'es'],
    ['in English from a Spanish passage, names and figures agreeing', 'The mayor Marta Ríos said the port expansion will cost 3.5 million euros [1].', PORT, 'en'],
    ['in English from an English passage', 'The council approved the expansion of the harbour, which will cost 3.5 million euros [1].', ENGLISH, 'en'],
  ] as const)('%s', (_, reply, citations, language) => {
    expect(checkAnswer(reply, citations, language)).toMatchObject({ kind: 'answer' });
  });
});

/** What the check makes of a reply: kept ('answer') or 'rejected'. */
const verdict = (reply: string, citations: Citation[], language: 'es' | 'en') => checkAnswer(reply, citations, language).kind;

const STRIKER = cited('Varios jugadores se lanzaron a por el balón, pero el delantero no lo hizo y esa falta de agresividad le valió críticas.');
const PROOF = cited('Many complexity classes are suspected to be unequal, but this has not been proved. Other separations have been proved since 1975.');
const OFFLINE = cited('En el modo sin conexión cada paquete lleva la dirección completa del destino.');
const CONQUEST = cited('Entre 1402 y 1405, Jean de Bethencourt y Gadifer de la Salle conquistaron Lanzarote; siglos después, otros partieron hacia Nueva España.');
const CTENOPHORES = cited('Los ctenóforos miden de 1 milímetro a 1,5 metros y tienen ocho filas de peines.');
const TOWN_HALL = cited('El Ayuntamiento de la ciudad de Vigo aprobó el plan. Obama ganó las elecciones en 2008.');
const BASIN = cited('This basin encompasses 7,000,000 square kilometres (2,700,000 sq mi), of which 5,500,000 are covered by the rainforest.');

describe('negation is compared where the reply and the passage say the same thing', () => {
  it.each([
    ['a dropped negation that governs only function words', 'Varios jugadores se lanzaron a por el balón, pero el delantero lo hizo [1].', STRIKER, 'es'],
    ['a dropped negation whose verb the passage affirms elsewhere', 'Many complexity classes are suspected to be unequal, but this has been proved [1].', PROOF, 'en'],
    ['a negation added beside one the passage has', 'En el modo sin no conexión cada paquete lleva la dirección completa [1].', OFFLINE, 'es'],
    ['a negation added inside a compound', 'The consortium is a not-for-not profit network [1].', cited('The consortium is a not-for-profit network of universities.'), 'en'],
  ] as const)('rejects %s', (_, reply, citations, language) => {
    expect(verdict(reply, citations, language)).toBe('rejected');
  });

  it('keeps the negation where the passage has it, and the passage’s affirmed sentence elsewhere', () => {
    expect(verdict('Pero el delantero no lo hizo [1].', STRIKER, 'es')).toBe('answer');
    expect(verdict('Other separations have been proved since 1975 [1].', PROOF, 'en')).toBe('answer');
  });
});

describe('names and figures are read with what joins them', () => {
  it('rejects parts of two names joined into one', () => {
    expect(verdict('La expedición la dirigió el noble Nueva de Bethencourt [1].', CONQUEST, 'es')).toBe('rejected');
  });

  it('keeps a name shortened from the passage’s longer one', () => {
    expect(verdict('El plan lo aprobó el Ayuntamiento de Vigo [1].', TOWN_HALL, 'es')).toBe('answer');
    expect(verdict('Jean de Bethencourt y Gadifer de la Salle conquistaron Lanzarote [1].', CONQUEST, 'es')).toBe('answer');
  });

  it('rejects a figure the passage has, but counting something else', () => {
    expect(verdict('Los ctenóforos miden 8 milímetros [1].', CTENOPHORES, 'es')).toBe('rejected');
  });

  it('keeps a figure said with what it counts, in digits or words, in another order', () => {
    expect(verdict('Los ctenóforos tienen 8 filas de peines [1].', CTENOPHORES, 'es')).toBe('answer');
    expect(verdict('En 2008 ganó Obama las elecciones [1].', TOWN_HALL, 'es')).toBe('answer');
  });
});

describe('the reply’s language', () => {
  it('is told by its function words, not by names or abbreviations', () => {
    expect(verdict('This basin encompasses 7,000,000 square kilometres (2,700,000 sq mi) [1].', BASIN, 'en')).toBe('answer');
    expect(verdict('The secretary general Ban Ki-moon met Marta Ríos [1].', cited('El secretario general Ban Ki-moon se reunió con la alcaldesa Marta Ríos.'), 'en')).toBe('answer');
  });

  it('rejects a passage’s own words when the question was asked in the other language', () => {
    expect(checkAnswer('This basin encompasses 7,000,000 square kilometres of rainforest [1].', BASIN, 'es')).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('English') });
    expect(checkAnswer('Los ctenóforos tienen ocho filas de peines [1].', CTENOPHORES, 'en')).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('Spanish') });
  });
});

describe('figures', () => {
  it('reads digits and number words, Spanish and English, with their scale', () => {
    expect(figuresIn('tres millones, 3,5 millones, 1.500 personas, veintidós, mil doscientos', 'es').map((figure) => figure.value)).toEqual([3e6, 3.5e6, 1500, 22, 1200]);
    expect(figuresIn('three million, 3.5 million, 1,500 people, a hundred, twenty-five', 'en').map((figure) => figure.value)).toEqual([3e6, 3.5e6, 1500, 100, 25]);
    expect(figuresIn('millones de años y un acuerdo', 'es')).toEqual([]);
  });
});

describe('generated replies from passages written here', () => {
  it('rejects the unsupported ones and keeps the supported ones', () => {
    const paragraphs = [PORT, MINISTER, PLANT, STRIKER, CONQUEST].map(([citation]) => ({ text: citation?.excerpt ?? '', language: 'es' as const }));
    const report = judgeGrounding(groundingCases(paragraphs));
    expect(report.unsupported).toBeGreaterThan(10);
    expect(Object.keys(report.byKind)).toEqual(expect.arrayContaining(['other language', 'negation dropped', 'wrong figure', 'wrong name']));
    expect(report.examples).toEqual([]);
  });
});
