/**
 * An unanswerable question is not answered with a neighbouring fact (blind newcomer 27's D2/D26): the votes of one
 * chamber for a question about the other, which the story names only with a span of time and a date; the toll of a
 * story's accident of one year for a question about another year, when the sentence dates its event by its own year
 * besides a year its subject exists "desde"; a toll for a question about an event of a year the story gives to another
 * paragraph; an accident's toll for a question about pay. Such refusals offer leads, none as a possible answer.
 * Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { assessQuestion } from '../../src/answer/ask.js';
import { yearUnmet } from '../../src/answer/other-year.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const OTHER = articleFromParagraphs({ id: 'puerto', title: 'Obras en el puerto de Gijón', date: '2025-04-02', language: 'es' }, [
  'Las obras del muelle norte del puerto de Gijón terminarán en otoño, según la autoridad portuaria.',
]);
const vote = (extra: string[] = []) =>
  articleFromParagraphs({ id: 'cooperativas', title: 'La Asamblea aprueba la ley de cooperativas de vivienda', date: '2025-04-02', language: 'es' }, [
    'La Asamblea Legislativa aprobó este martes, por 61 votos a favor y 38 en contra, la ley que regula las cooperativas de vivienda.',
    'El texto pasa ahora al Senado, que tendrá 45 días para tratarlo.',
    'Según el calendario parlamentario, el Senado deberá votarlo antes del 30 de abril de 2025.',
    ...extra,
  ]);

describe('the votes of another chamber', () => {
  it('does not answer a count for a body the story names only beside a span of time or a date', async () => {
    const result = await askOf(await libraryOf([vote(), OTHER]))('¿Con cuántos votos aprobó el Senado la ley de cooperativas de vivienda?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('answers the count of the body that voted', async () => {
    const result = await askOf(await libraryOf([vote(), OTHER]))('¿Con cuántos votos aprobó la Asamblea Legislativa la ley de cooperativas de vivienda?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('61 votos');
  });

  it('leaves the question to the model when a sentence of the story gives the asked body a count', async () => {
    const library = await libraryOf([vote(['En el Senado, el partido del Gobierno tiene 20 de los 31 escaños.']), OTHER]);
    const assessment = await assessQuestion({ index: library.index, articles: library.articles, question: checked('¿Con cuántos votos aprobó el Senado la ley de cooperativas de vivienda?') });
    expect(assessment.figureOfAnotherName).toBe(false);
  });
});

describe('a year a sentence dates its own event by', () => {
  it('is not met by a span the sentence opens with "desde"', () => {
    const sentence = 'La planta de Valdoro, en funcionamiento desde 1978, sufrió en marzo de 2025 una explosión en la que murieron tres operarios.';
    expect(yearUnmet('¿Cuántos operarios murieron en la explosión de 2016?', [sentence], [sentence])).toBe(true);
    expect(yearUnmet('¿Cuántos operarios murieron en la explosión de 2025?', [sentence], [sentence])).toBe(false);
  });

  it('still lets a span "desde" a year hold a later year when the sentence dates nothing else', () => {
    const sentence = 'La naviera Sorel opera la terminal desde 1998.';
    expect(yearUnmet('¿Qué naviera operaba la terminal en 2010?', [sentence], [sentence])).toBe(false);
  });

  it('does not answer the toll of another year’s accident', async () => {
    const library = await libraryOf([
      articleFromParagraphs({ id: 'valdoro', title: 'Huelga en la planta química de Valdoro', date: '2025-09-10', language: 'es' }, [
        'Los operarios de la planta química de Valdoro iniciaron una huelga para exigir un plan de seguridad.',
        'La planta, en funcionamiento desde 1978, sufrió en marzo de 2025 una explosión en la que murieron tres operarios.',
      ]),
      OTHER,
    ]);
    const ask = askOf(library);
    expect((await ask('¿Cuántos operarios murieron en la explosión de la planta de Valdoro en 2016?')).refused).toBe(true);
    const answered = await ask('¿Cuántos operarios murieron en la explosión de la planta de Valdoro en 2025?');
    expect(answered.refused).toBe(false);
    expect(firstQuote(answered)).toContain('tres operarios');
  });
});

const strike = (extra: string[] = []) =>
  articleFromParagraphs({ id: 'valdivieso', title: 'Mineros de Valdivieso inician una huelga', date: '2025-05-06', language: 'es' }, [
    'Los 1.800 mineros de Valdivieso iniciaron este lunes una huelga indefinida tras rechazar la oferta de la empresa.',
    'Los mineros exigen un bono de 4 millones de pesos por persona, mientras que la empresa ofreció 2 millones.',
    'La mina, abierta desde 1961, sufrió en 2023 un derrumbe en el que murieron dos mineros.',
    ...extra,
  ]);

describe('a year the story gives to something else', () => {
  const floods = articleFromParagraphs({ id: 'riadas', title: 'Las lluvias dejan 300 damnificados en Valdoro', date: '2025-11-20', language: 'es' }, [
    'Según el último parte de Defensa Civil, las lluvias de esta semana dejaron 300 damnificados y 80 viviendas inhabitables en Valdoro.',
    'Las clases se suspendieron en doce escuelas del municipio hasta el lunes.',
    'La alcaldesa de Valdoro recordó que los muros levantados tras la riada de 2014 no han recibido mantenimiento desde entonces.',
  ]);

  it('is not met by a sentence that names no year', async () => {
    const ask = askOf(await libraryOf([floods, OTHER]));
    const refused = await ask('¿Cuántos damnificados dejó la riada de 2014 en Valdoro?');
    expect(refused.refused).toBe(true);
    expect(refused.answer).not.toContain('podría');
    const answered = await ask('¿Cuántos damnificados dejaron las lluvias en Valdoro?');
    expect(answered.refused).toBe(false);
    expect(firstQuote(answered)).toContain('300 damnificados');
  });

  it('is met when the sentence or its passage gives the asked year', () => {
    const story = 'La riada de 2014 dejó 90 damnificados. Las lluvias de esta semana dejaron 300 damnificados.';
    expect(yearUnmet('¿Cuántos damnificados dejó la riada de 2014?', ['Las lluvias de esta semana dejaron 300 damnificados.'], [], story)).toBe(true);
    expect(yearUnmet('¿Cuántos damnificados dejó la riada de 2014?', ['La riada de 2014 dejó 90 damnificados.'], [], story)).toBe(false);
    expect(yearUnmet('¿Cuántos damnificados dejó la riada de 2014?', ['Dejó 90 damnificados.'], [story], story)).toBe(false);
  });
});

describe('what someone earns', () => {
  it('is not answered by a sentence with no amount of money', async () => {
    const result = await askOf(await libraryOf([strike(), OTHER]))('¿Cuánto gana un minero de Valdivieso?');
    expect(result.refused).toBe(true);
  });

  it('is answered by a sentence that gives the pay', async () => {
    const result = await askOf(await libraryOf([strike(['Un minero de Valdivieso gana unos 900.000 pesos al mes, según el sindicato.']), OTHER]))('¿Cuánto gana un minero de Valdivieso?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('900.000 pesos');
  });
});
