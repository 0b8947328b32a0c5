/**
 * Kinds a colleague's seed questions showed wrong (issue 15), on articles written here: "¿Cuántos
 * años se cumplen de…?" is answered by an anniversary; "¿Cuántos cohetes…?" wants a number beside the
 * counted noun, and is refused (with leads) when the articles give none; a stray word after the
 * question mark ("…? thanks") does not turn an answerable question away.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { askedKind } from '../../src/answer/answer-type.js';
import { askedPart } from '../../src/answer/asked-part.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { checked } from '../support/checked.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const article = (id: string, language: 'es' | 'en', paragraphs: string[]) => articleFromParagraphs({ id, title: `Título de ${id}`, date: '2024-05-02', language }, paragraphs);

const library = await libraryOf([
  article('puente', 'es', [
    'Los vecinos de Tordesal celebraron el domingo el 40 aniversario de la inauguración del puente de hierro, una fiesta que reúne cada verano a miles de personas.',
    'El alcalde recordó que el puente sustituyó a la vieja barca que cruzaba el río y pidió fondos para repintarlo.',
  ]),
  article('costa', 'es', [
    'El ejército de Valdemar ha sido acusado por sus vecinos de lanzar cohetes y obuses contra la costa de Tordesal para presionar en las negociaciones pesqueras.',
    'Durante 3 horas de la madrugada del martes, el ejército de Valdemar lanzó cohetes contra la costa de Tordesal. El ministerio contabilizó 12 cohetes.',
    'Valdemar también envió tanques y blindados a la frontera de Tordesal, según fuentes militares.',
  ]),
  article('tranvia', 'es', [
    'El pleno de Brañosa aprobó el martes la construcción de la línea 2 del tranvía, que unirá el puerto con la estación por un presupuesto de 410 millones de euros.',
    'La oposición votó en contra del proyecto, que considera tardío.',
    'Las obras comenzarán en enero y durarán treinta meses, según el calendario municipal. La nueva línea tendrá 21 paradas.',
  ]),
  article('dock', 'en', [
    'The harbour board of Port Ellis approved on Monday a plan to rebuild the northern dock, which was damaged by a storm in March.',
    'The board promised the fishermen that the dock would reopen before the summer season.',
  ]),
]);
const ask = askOf(library);

describe('how many years: an anniversary answers', () => {
  it('a unit of time after "cuántos" and a verb of elapsing only ask', () => {
    expect(askedKind('¿Cuántos años se cumplen de la inauguración del puente?', 'es')).toEqual({ type: 'number', asking: ['anos', 'cumplen'], counted: 'anos' });
    expect(askedKind('How many years have passed since the war?', 'en')).toEqual({ type: 'number', asking: ['years', 'passed'], counted: 'years' });
  });

  it('"¿Cuántos años se cumplen de la inauguración del puente?" quotes "el 40 aniversario"', async () => {
    const result = await ask('¿Cuántos años se cumplen de la inauguración del puente?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('40 aniversario');
  });
});

describe('how many of something: a number beside the counted noun', () => {
  it('names what is counted', () => {
    expect(askedKind('¿Cuántos cohetes lanzó el ejército?', 'es')).toEqual({ type: 'number', asking: [], counted: 'cohetes' });
    expect(askedKind('How many rockets were fired?', 'en')).toEqual({ type: 'number', asking: [], counted: 'rockets' });
    expect(askedKind('¿Cuánto costó el puente?', 'es')).toEqual({ type: 'number', asking: [] });
  });

  it('"¿Cuántos cohetes lanzó el ejército contra la costa?" quotes the count, not the hours beside other rockets', async () => {
    const result = await ask('¿Cuántos cohetes lanzó el ejército contra la costa?');
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/«El ministerio contabilizó 12 cohetes\.»/u);
  });

  it('"¿Cuántos tanques envió Valdemar a la frontera?" is refused, with the passage as a lead, when no number is given', async () => {
    const result = await ask('¿Cuántos tanques envió Valdemar a la frontera?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(true);
    expect(result.citations.some((citation) => citation.excerpt.includes('envió tanques'))).toBe(true);
  });

  it('"¿Cuánto pagó Valdemar por los tanques…?" (how much, nothing counted) is refused, with leads, when no sentence gives an amount', async () => {
    const result = await ask('¿Cuánto pagó Valdemar por los tanques que envió a la frontera?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(true);
    expect(result.citations.some((citation) => citation.excerpt.includes('envió tanques'))).toBe(true);
    // An amount the articles give is answered.
    const cost = await ask('¿Cuánto costará la línea 2 del tranvía?');
    expect(cost.refused).toBe(false);
    expect(cost.answer).toContain('410 millones');
  });

  it('the same question without "cuántos" is answered from the same sentence', async () => {
    const result = await ask('¿Qué envió Valdemar a la frontera?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('envió tanques');
  });
});

describe('how many of something: a count beside the counted noun beats a number elsewhere', () => {
  it('"¿Cuántos heridos dejó el terremoto?" never quotes the magnitude of the first paragraph as the count', async () => {
    const breaking = await libraryOf([
      article('sismo', 'es', [
        'Un terremoto de magnitud 4,1 sacudió Valdemora a las 10:00. El alcalde dijo que no hay daños en los edificios.',
        'Actualización de las 12:00: Protección Civil confirmó dos heridos leves en la comarca.',
      ]),
      article('riada', 'en', ['A flood of the river Ellis at 6:00 left 40 homes without power, and the board said nobody was injured.']),
    ]);
    const answer = (question: string) => answerQuestion({ index: breaking.index, articles: breaking.articles, question: checked(question) });
    // The magnitude is no count of the injured: the answer quotes the update, or the question is refused.
    const spanish = await answer('¿Cuántos heridos dejó el terremoto de Valdemora?');
    if (!spanish.refused) expect(spanish.answer).toContain('dos heridos leves');
    expect(spanish.answer).not.toContain('magnitud');
    // A number elsewhere still answers when no sentence names what is counted beside a count.
    const homes = await answer('How many houses did the Ellis flood leave without power?');
    expect(homes.answer).toContain('40 homes');
  });
});

describe('a stray word after the question mark', () => {
  it.each([
    ['What did the board promise the fishermen? thanks', 'What did the board promise the fishermen?'],
    ['¿Qué pidió el alcalde? spoiler', '¿Qué pidió el alcalde?'],
    ['¿Qué pidió el alcalde? ¿Y los vecinos?', '¿Qué pidió el alcalde? ¿Y los vecinos?'],
    ['What did the board promise? I mean about the northern dock', 'What did the board promise? I mean about the northern dock'],
    ['¿? hola', '¿? hola'],
  ])('"%s" is looked up as "%s"', (question, asked) => {
    expect(askedPart(question)).toBe(asked);
  });

  it.each([
    ['What did the board promise the fishermen? thanks', 'reopen before the summer'],
    ['¿Qué pidió el alcalde? spoiler', 'pidió fondos'],
  ])('"%s" is answered as without it, and echoed as asked', async (question, expected) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.question).toBe(question);
    expect(result.answer).toContain(expected);
  });
});

describe('the sentence that holds the count is quoted first', () => {
  it('before a sentence that only repeats the question\u2019s own number and names', async () => {
    const result = await ask('¿Cuántas paradas tendrá la línea 2 del tranvía?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('21 paradas');
  });
});
