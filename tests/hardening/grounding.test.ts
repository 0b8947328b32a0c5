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

describe('figures', () => {
  it('reads digits and number words, Spanish and English, with their scale', () => {
    expect(figuresIn('tres millones, 3,5 millones, 1.500 personas, veintidós, mil doscientos', 'es').map((figure) => figure.value)).toEqual([3e6, 3.5e6, 1500, 22, 1200]);
    expect(figuresIn('three million, 3.5 million, 1,500 people, a hundred, twenty-five', 'en').map((figure) => figure.value)).toEqual([3e6, 3.5e6, 1500, 100, 25]);
    expect(figuresIn('millones de años y un acuerdo', 'es')).toEqual([]);
  });
});

describe('generated replies from passages written here', () => {
  it('rejects the unsupported ones and keeps the supported ones', () => {
    const paragraphs = [PORT, MINISTER, PLANT].map(([citation]) => ({ text: citation?.excerpt ?? '', language: 'es' as const }));
    const report = judgeGrounding(groundingCases(paragraphs));
    expect(report.unsupported).toBeGreaterThan(5);
    expect(report.examples).toEqual([]);
  });
});
