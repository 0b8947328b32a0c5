/**
 * Which speakers of different articles are the same person (issue 16; newcomer 27's D19 and D9): a given name and one
 * surname that a longer name holds with other words between them is someone else unless an article or a role ties
 * them; sources within a body, or a role's holder, are not the body its name ends with.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle, createQuoteBook, mergeQuoteAnalyses, mergeSpeakers } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const analysis = (id: string, ...paragraphs: string[]) => analyseArticle(articleFromParagraphs({ id, title: `Nota ${id}`, date: '2024-06-01', language: 'es' }, paragraphs));
const speakers = (...analyses: ReturnType<typeof analysis>[]) => mergeQuoteAnalyses(analyses).statements.map(({ articleId, speaker }) => [articleId, speaker]);

describe('a shorter name in another article', () => {
  const councillor = analysis('edil', '«La tarifa no subirá este año», dijo el edil Ernesto Díaz, del Partido Verde.');
  const manager = analysis('planta', 'El gerente general de Aceros del Sur, Ernesto Prado Díaz, afirmó que la planta cerrará en marzo.');

  it('keeps a given name and second surname apart from the longer name holding a first surname between them', () => {
    expect(speakers(councillor, manager)).toEqual([
      ['edil', 'Ernesto Díaz'],
      ['planta', 'Ernesto Prado Díaz'],
    ]);
    const found = createQuoteBook(mergeQuoteAnalyses([councillor, manager])).lookup('Ernesto Díaz');
    expect(found.statements.map((statement) => statement.articleId)).toEqual(['edil']);
  });

  it('takes it for the longer name when both articles give it the same office', () => {
    expect(
      speakers(
        analysis('a', 'La concejala de Cultura, Teresa Inés Villalba, dijo que el mercado abrirá en junio.'),
        analysis('b', 'Teresa Villalba, concejala de Cultura, aseguró que las obras terminarán pronto.'),
      ),
    ).toEqual([
      ['a', 'Teresa Inés Villalba'],
      ['b', 'Teresa Inés Villalba'],
    ]);
  });

  it('still takes a surname, or the name without its second surname, for the full name of the same article or another', () => {
    expect(
      speakers(
        analysis('uno', 'El presidente Pedro Castañeda Rivas dijo que el plan costará diez millones.', '«No habrá recortes», añadió Castañeda.'),
        analysis('dos', 'Pedro Castañeda aseguró que el plan sigue adelante.'),
      ),
    ).toEqual([
      ['uno', 'Pedro Castañeda Rivas'],
      ['uno', 'Pedro Castañeda Rivas'],
      ['dos', 'Pedro Castañeda Rivas'],
    ]);
  });

  it('follows an office given later, or taken away, as a merge from nothing does', () => {
    const teresa = analysis('a', 'La concejala de Cultura, Teresa Inés Villalba, dijo que el mercado abrirá en junio.');
    const plain = analysis('b', 'Teresa Villalba aseguró que las obras terminarán pronto.');
    const withOffice = analysis('c', 'Teresa Villalba, concejala de Cultura, afirmó que la biblioteca abrirá en agosto.');
    let merge = mergeSpeakers([teresa, plain]);
    expect(new Set(merge.data.statements.map(({ speaker }) => speaker))).toEqual(new Set(['Teresa Inés Villalba', 'Teresa Villalba']));
    merge = merge.next([], [withOffice]);
    expect(merge.data).toEqual(mergeQuoteAnalyses(merge.analyses));
    expect(new Set(merge.data.statements.map(({ speaker }) => speaker))).toEqual(new Set(['Teresa Inés Villalba']));
    merge = merge.next([withOffice], []);
    expect(merge.data).toEqual(mergeQuoteAnalyses(merge.analyses));
    expect(new Set(merge.data.statements.map(({ speaker }) => speaker))).toEqual(new Set(['Teresa Inés Villalba', 'Teresa Villalba']));
  });
});

describe('a body named at the end of a longer name', () => {
  it('keeps sources within a ministry apart from the ministry another article quotes', () => {
    expect(
      speakers(
        analysis('e', 'Fuentes del Ministerio de Obras dijeron que el puente costará tres millones.'),
        analysis('f', 'El Ministerio de Obras informó que 20 máquinas trabajan en la limpieza de cauces.'),
      ),
    ).toEqual([
      ['e', 'Fuentes del Ministerio de Obras'],
      ['f', 'Ministerio de Obras'],
    ]);
  });
});
