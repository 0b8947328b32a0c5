/** The answer engine on small articles written to show one behaviour each. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerQuestion } from '../../src/answer/ask.js';
import { checkQuestion } from '../../src/answer/question.js';
import { checked } from '../support/checked.js';
import { answerUnit, needsNext, needsPrevious } from '../../src/answer/excerpt.js';
import type { Evidence } from '../../src/answer/evidence.js';
import type { AskResult } from '../../src/answer/types.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { libraryOf } from '../support/seed-library.js';

const article = (id: string, paragraphs: string[]) => articleFromParagraphs({ id, title: `Título de ${id}`, date: '2024-06-12', language: 'es' }, paragraphs);

const LEAD = 'El puerto de Valdemar cerrará sus muelles de carga durante tres semanas por obras de dragado, informó la autoridad portuaria.';
const MINISTER =
  'La ministra de Agricultura, Carmen Ortiz, presentó este martes en Zaragoza el plan nacional contra la gripe aviar, que incluye controles semanales en todas ' +
  'las granjas avícolas del país, un registro digital de los traslados de animales entre provincias y un fondo de compensación para los ganaderos que tengan ' +
  'que sacrificar aves enfermas durante los próximos dos años.';
const PROMISE = 'Ella prometió vacunas gratuitas para todas las granjas antes de diciembre.';

const library = await libraryOf([
  article('puerto', [
    `${LEAD} La medida afectará a`,
    `${LEAD} La medida afectará a unas cuarenta navieras, que ya desvían sus barcos a otros puertos del norte.`,
    'Los estibadores temen perder ingresos durante el cierre y han pedido una reunión con el alcalde.',
  ]),
  article('gripe', [`${MINISTER} ${PROMISE}`, 'Las organizaciones agrarias recibieron el plan con cautela y pidieron más inspectores.']),
  article('notas', ['El informe anual cita tres fuentes [3] y dos estudios previos [4, 5] sobre la calidad del agua del embalse de Riolobos.']),
]);
const ask = (question: string, extra: Partial<Parameters<typeof answerQuestion>[0]> = {}) =>
  answerQuestion({ index: library.index, articles: library.articles, question: checked(question), maxCitations: 5, ...extra });
const wellFormed = (result: AskResult) => expect(answerProblems(result, library.articles, library.index)).toEqual([]);

describe('answerQuestion', () => {
  it('cites a lead repeated in the body once', async () => {
    const result = await ask('¿Cuánto tiempo cerrará el puerto de Valdemar sus muelles de carga?');
    wellFormed(result);
    expect(result.refused).toBe(false);
    expect(result.citations.filter((citation) => citation.excerpt.includes('durante tres semanas'))).toHaveLength(1);
  });

  it('adds the sentence before one that opens with a pronoun', async () => {
    const promise = library.passages.find((passage) => passage.text.startsWith('Ella prometió'));
    expect(promise, 'the fixture must put the promise in a passage of its own').toBeDefined();
    const result = await ask('¿Qué prometió sobre las vacunas gratuitas para las granjas?');
    wellFormed(result);
    expect(result.citations[0]?.passageId).toBe(promise?.id);
    expect(result.citations[0]?.excerpt).toContain(`${MINISTER} ${PROMISE}`);
    expect(result.answer).toContain(`«${MINISTER} ${PROMISE}» [1]`);
  });

  it('never lets bracketed numbers of the article pass for citation markers', async () => {
    const result = await ask('¿Cuántas fuentes cita el informe sobre el agua del embalse de Riolobos?');
    wellFormed(result);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('(3)');
    expect(result.citations[0]?.excerpt).toContain('[3]');
  });

  it('hands the extractive draft to the summariser and returns what it gives back', async () => {
    const drafts: AskResult[] = [];
    const result = await ask('¿Qué temen los estibadores?', {
      summarise: async (draft) => {
        drafts.push(draft);
        return { ...draft, mode: 'llm', answer: 'Temen perder ingresos [1].' };
      },
    });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ mode: 'extractive', refused: false });
    expect(result).toMatchObject({ mode: 'llm', answer: 'Temen perder ingresos [1].', citations: drafts[0]?.citations });
  });

  it('never throws on arbitrary text, and every result keeps its promises', async () => {
    const words = ['puerto', 'Valdemar', 'muelles', 'ministra', 'vacunas', 'gripe', 'Ella', 'informe', '[3]', '19', 'the', 'when', '¿qué', 'ﬁ', '\u200B', '**', '<@1>', '😀'];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((parts) => parts.join(' '))), async (question) => {
        const check = checkQuestion(question);
        if (!check.ok) return;
        const result = await answerQuestion({ index: library.index, articles: library.articles, question: check });
        expect(answerProblems(result, library.articles, library.index)).toEqual([]);
        expect(['es', 'en']).toContain(result.language);
        expect(result.answer).not.toBe('');
        if (result.refused) expect(result.answer).toContain(result.language === 'es' ? '/fuentes' : '/sources');
      }),
      { numRuns: 200 },
    );
  });
});

describe('sentences that cannot stand alone', () => {
  it.each([
    ['Él dijo que no habría más retrasos.', true],
    ['Esto supone un cambio de rumbo.', true],
    ['Sin embargo, el Gobierno no lo confirmó.', true],
    ['“Ella lo sabía”, dijo el portavoz.', true],
    ['y además lo confirmó el Kremlin.', true],
    ['He said the talks would resume.', true],
    ['It was the first visit since 2000.', true],
    ['This is the largest strike in a decade.', true],
    ['El Gobierno aprobó el plan.', false],
    ['Estados Unidos ha acusado a Corea del Norte.', false],
    ['The council approved the plan.', false],
    ['Hereford voted against it.', false],
  ] as const)('%s leans on the previous one: %s', (sentence, expected) => {
    expect(needsPrevious(sentence)).toBe(expected);
  });

  it.each([
    ['El plan tiene tres ejes:', true],
    ['La medida afectará a', true],
    ['El plan entra en vigor mañana.', false],
    ['“Vamos a ganar”.', false],
    ['¿Quién lo pagará?', false],
  ] as const)('%s needs the next one: %s', (sentence, expected) => {
    expect(needsNext(sentence)).toBe(expected);
  });

  it('widens a cut sentence with the next one of its paragraph, within the excerpt limit', () => {
    const text = 'El plan tiene tres ejes: Vigilancia, vacunas y ayudas. Entra en vigor mañana.';
    const [first, second, third] = [{ start: 0, end: 24 }, { start: 25, end: 54 }, { start: 55, end: text.length }];
    const paragraph = { start: 0, end: text.length };
    const passage = { id: 'plan#0', articleId: 'plan', n: 0, paragraph: 0, ...paragraph, text, language: 'es' };
    const evidence: Evidence = { hit: { passage, score: 1, coverage: 1, confidence: 1, matchedTerms: [] }, article: article('plan', [text]), sentences: [first!, second!, third!], preceding: undefined };
    expect(answerUnit(evidence, first!)).toEqual({ start: 0, end: 54 });
    expect(answerUnit(evidence, third!)).toEqual(third);
  });
});
