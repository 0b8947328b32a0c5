/**
 * A question that names something no story of the archive names is not answered with the value of what the stories do
 * name ("¿Cuál es la capital de Marte?" beside "la capital norcoreana, Pyongyang"): it is refused. A name the story writes in another form ("norcoreana" for "Corea del Norte") is named. Articles and
 * sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { assessQuestion } from '../../src/answer/ask.js';
import { namedNowhere } from '../../src/answer/other-story.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { checked } from '../support/checked.js';
import { askOf, libraryOf } from '../support/seed-library.js';

describe('namedNowhere', () => {
  const frequency = (term: string) => (term === 'marte' ? 0 : 3);

  it('reads a name with a word no passage holds', () => {
    expect(namedNowhere([['marte']], new Set(), frequency)).toBe(true);
    expect(namedNowhere([['pyongyang'], ['planeta', 'marte']], new Set(), frequency)).toBe(true);
  });

  it('does not read a name the passages hold, nor one the story writes in another form', () => {
    expect(namedNowhere([['pyongyang']], new Set(), frequency)).toBe(false);
    expect(namedNowhere([['marte']], new Set(['marte']), frequency)).toBe(false);
    expect(namedNowhere([], new Set(), frequency)).toBe(false);
  });
});

const library = await libraryOf([
  articleFromParagraphs({ id: 'delegacion', title: 'Una delegación rusa llega a Pyongyang', date: '2024-06-11', language: 'es' }, [
    'La delegación rusa aterrizó el lunes en la capital norcoreana, Pyongyang, para dos días de reuniones sobre comercio.',
    'El jefe de la delegación, Oleg Varenikov, dijo que el viaje refuerza la cooperación entre ambos gobiernos.',
  ]),
  articleFromParagraphs({ id: 'puerto', title: 'El puerto de Tordesal amplía sus muelles', date: '2024-06-12', language: 'es' }, [
    'El puerto de Tordesal abrirá en septiembre dos muelles nuevos para buques de carga.',
    'La alcaldesa de Tordesal, Inés Garrido, calcula que la obra dará trabajo a 300 personas.',
  ]),
]);
const ask = askOf(library);

describe('a question naming what no story names', () => {
  it('refuses it instead of quoting another place\'s value', async () => {
    const result = await ask('¿Cuál es la capital de Marte?');
    expect(result.refused).toBe(true);
    expect(result.answer).not.toContain('Pyongyang');
  });

  it('refuses a count for a town no story names instead of giving another town\'s', async () => {
    const result = await ask('¿A cuántas personas dará trabajo la obra del puerto de Valdemoro?');
    expect(result.refused).toBe(true);
  });

  it('does not take a name the story writes in another form for one no story names', async () => {
    const assessment = await assessQuestion({ index: library.index, articles: library.articles, question: checked('¿Cuál es la capital de Corea del Norte?') });
    expect(assessment.nameUnknown).toBe(false);
  });

  it('answers when the story names it as asked', async () => {
    const jobs = await ask('¿A cuántas personas dará trabajo la obra del puerto de Tordesal?');
    expect(jobs.refused).toBe(false);
    expect(firstQuote(jobs)).toContain('300 personas');
  });
});
