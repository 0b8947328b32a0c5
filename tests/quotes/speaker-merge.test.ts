/**
 * Following a merge of speakers as articles come and go (issue 17: the first /quote after an update merged
 * every speaker again): each step gives exactly what merging the new list from nothing gives (statements,
 * canonical names, actors in order, their aliases in order), whether a short form gains, loses or changes
 * the longer name it stands for; and a merge made a slice at a time gives the same as one made at once.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle, createQuoteBook, mergeQuoteAnalyses, mergeSpeakers, mergeSpeakersStepwise, type ArticleQuotes } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const analysis = (id: string, paragraphs: string[]): ArticleQuotes => analyseArticle(articleFromParagraphs({ id, title: `Artículo ${id}`, date: `2024-03-${id.padStart(2, '0')}`, language: 'es' }, paragraphs));

// "Ruiz" and "Ana Ruiz" are short forms of "Ana Ruiz Gómez", which "María Ana Ruiz Gómez" ends; "Gil" stands for "Luis Gil".
const archive = [
  analysis('1', ['Ana Ruiz dijo que el puerto abrirá en mayo.', '«Habrá más barcos», añadió Ruiz, portavoz del puerto.']),
  analysis('2', ['Ana Ruiz Gómez aseguró que el muelle costará dos millones.']),
  analysis('3', ['Luis Gil afirmó que la lonja cerrará en junio.', '«No hay pescado», dijo Gil.']),
  analysis('4', ['Gil explicó que el mercado seguirá abierto.']),
  analysis('5', ['La alcaldesa, Marta Sanz, declaró que el faro se restaurará.']),
];
const fullest = analysis('6', ['María Ana Ruiz Gómez afirmó que el faro se pintará de blanco.']);
const otherGil = analysis('7', ['Pedro Gil señaló que la grúa está rota.']);
const sanzAgain = analysis('8', ['«El faro abrirá en verano», dijo Sanz.']);

describe('a merge of speakers followed as articles come and go', () => {
  it('gives, at every step, what merging the new list from nothing gives', () => {
    let merge = mergeSpeakers(archive);
    expect(merge.data).toEqual(mergeQuoteAnalyses(archive));
    const steps: Array<[removed: ArticleQuotes[], added: ArticleQuotes[]]> = [
      // A longer name arrives: "Ana Ruiz Gómez" and its short forms now stand for "María Ana Ruiz Gómez".
      [[], [fullest]],
      // A second Gil: "Gil" could be either, so it becomes a speaker of its own.
      [[], [otherGil]],
      // A short form of a speaker already there, in a new article.
      [[], [sanzAgain]],
      // The longest name goes, and the second Gil: the short forms go back to the names they stood for.
      [[fullest, otherGil], []],
      // An article changed: it goes and comes back, after the others.
      [[archive[0]!], [analysis('1', ['Ana Ruiz dijo que el puerto abrirá en julio.'])]],
      // Everyone who spoke under a name goes.
      [[archive[2]!, archive[3]!], []],
    ];
    for (const [removed, added] of steps) {
      merge = merge.next(removed, added);
      expect(merge.data).toEqual(mergeQuoteAnalyses(merge.analyses));
    }
    expect(merge.analyses).toHaveLength(4);
  });

  it('finds a speaker added by a step in the quote book made after it, under the name the archive merged it with', () => {
    const merge = mergeSpeakers(archive).next([], [fullest]);
    const found = createQuoteBook(merge.data).lookup('Ana Ruiz');
    expect(found.actor).toBe('María Ana Ruiz Gómez');
    expect(found.statements.map(({ articleId }) => articleId).sort()).toEqual(['1', '1', '2', '6']);
  });

  it('is used up by the step that follows it', () => {
    const merge = mergeSpeakers(archive);
    merge.next([], [fullest]);
    expect(() => merge.next([], [otherGil])).toThrow(/already followed/);
  });

  it('gives the same merge made a slice at a time as made at once, and either way can finish the other', async () => {
    const many = Array.from({ length: 1200 }, (_, n) => analysis(String(n + 10), [`Carla Núñez${n % 40} dijo que el puerto ${n} abrirá en mayo.`, `«Habrá barcos», añadió Núñez${n % 40}.`]));
    const atOnce = mergeSpeakers(many);
    expect((await mergeSpeakersStepwise(() => many).soon()).data).toEqual(atOnce.data);
    const started = mergeSpeakersStepwise(() => many);
    const soon = started.soon();
    expect(started.now().data).toEqual(atOnce.data);
    expect((await soon).data).toEqual(atOnce.data);
  });
});
