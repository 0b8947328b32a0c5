/**
 * A quote book kept across versions of the archive (issue 17: the first /quote after an update made every
 * actor's lookup tables again): after each step of adds, changes and removals, the book made from the previous
 * version's answers exactly as a book made from nothing, for names, short forms, descriptions, acronyms,
 * channels, misspellings, unknown names and autocomplete; and the book it took over answers no more.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle, createQuoteBook, mergeSpeakers, type ArticleQuotes, type QuoteBook, type SpeakerMerge } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

let written = 0;
const analysis = (paragraphs: string[], language = 'es'): ArticleQuotes => {
  const id = `a${++written}`;
  return analyseArticle(articleFromParagraphs({ id, title: `Artículo ${id}`, date: `2024-${String((written % 12) + 1).padStart(2, '0')}-10`, language }, paragraphs));
};

// Many speakers quoted once or twice (ties in statements, ordered by name), so that a step changes few of the rows.
const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'no', 'pi', 'ro', 'su', 'te'];
const surname = (n: number) => {
  const [first, second, third] = [n % 12, Math.floor(n / 12) % 12, Math.floor(n / 144) % 12].map((at) => SYLLABLES[at]!);
  return `${first!.toUpperCase()[0]}${first!.slice(1)}${second}${third}`;
};
const crowd = Array.from({ length: 160 }, (_, n) =>
  n % 2 === 0
    ? analysis([`La concejala ${n % 3 === 0 ? 'de Urbanismo' : 'de Cultura'}, Lucía ${surname(n)}, dijo que el mercado ${n} abrirá en mayo.`, n % 4 === 0 ? `«Habrá más puestos», añadió ${surname(n)}.` : 'El pleno votará el lunes.'])
    : analysis([`The economist Daniel ${surname(n)} said growth would slow in region ${n}.`], 'en'),
);
const archive = [
  analysis(['El presidente ruso, Vladimir Putin, dijo que la reunión fue un éxito.', '«Seguiremos trabajando juntos», añadió Putin.']),
  analysis(['La agencia estatal KCNA informó de que el líder recibirá a la delegación.', 'El líder norcoreano, Kim Jong Un, afirmó que la alianza es eterna.']),
  analysis(['Ana Ruiz dijo que el puerto abrirá en mayo.', '«Habrá más barcos», añadió Ruiz, portavoz del puerto.']),
  analysis(['Luis Gil afirmó que la lonja cerrará en junio.', '«No hay pescado», dijo Gil.']),
  analysis(['La Organización de las Naciones Unidas (ONU) aseguró que enviará ayuda.']),
  ...crowd,
];

const queries = [
  'Vladimir Putin', 'putin', 'Putn', 'el presidente ruso', 'Kim Jong-un', 'Kim', 'líder norcoreano', 'KCNA', 'Korean Central News Agency',
  'Ana Ruiz', 'Ruiz', 'Ana Ruiz Gómez', 'Gil', 'Luis Gil', 'Pedro Gil', 'Gli', 'ONU', 'Naciones Unidas', 'la concejala', 'concejala de Cultura',
  'Lucía', 'Daniel', 'economist', 'Lucia Bacedi', 'Daniel Cebaba', 'Lionel Messi', 'Marta', 'Sanz', 'alcaldesa', '', 'zz',
  // Beginnings of name words: suggested from the book's own index of name words, made again for each version.
  'Bace', 'Cebab', 'Pinta',
  ...crowd.slice(0, 40).map((_, n) => surname(n)),
];
const prefixes = ['', 'l', 'lu', 'luc', 'dan', 'ba', 'ce', 'gi', 'ki', 'put', 'ruiz', 'mar', 'kcn'];

/** Every answer of a book to the queries and prefixes above, and its actors. */
const answers = (book: QuoteBook) => ({
  lookups: queries.map((query) => book.lookup(query)),
  suggestions: prefixes.map((prefix) => book.suggest(prefix, 25)),
  actors: book.actors().map((actor) => [actor, book.actor(actor.name)]),
});

describe('a quote book kept across versions of the archive', () => {
  it('answers, after every step of adds, changes and removals, as a book made from nothing', () => {
    let merge: SpeakerMerge = mergeSpeakers(archive);
    let book = createQuoteBook(merge.data);
    // Misspelt names make the tables of strings by length, which the next books then keep up to date too.
    expect(answers(book)).toEqual(answers(createQuoteBook(merge.data)));
    const fullest = analysis(['María Ana Ruiz Gómez afirmó que el faro se pintará de blanco.']);
    const otherGil = analysis(['Pedro Gil señaló que la grúa está rota.']);
    const steps: Array<[removed: ArticleQuotes[], added: ArticleQuotes[]]> = [
      // A longer name arrives: "Ana Ruiz" and "Ruiz" now stand for "María Ana Ruiz Gómez" (rows renamed).
      [[], [fullest]],
      // A second Gil: "Gil" becomes a speaker of its own; a new description for Putin.
      [[], [otherGil, analysis(['El mandatario ruso, Vladimir Putin, negó las acusaciones.', 'Marta Sanz, alcaldesa de Vigo, dijo que el faro abrirá.'])]],
      // An article changed (goes and comes back, after the others), and one of the crowd gone.
      [[archive[0]!, crowd[3]!], [analysis(['El presidente ruso, Vladimir Putin, dijo que la cumbre fue larga.'])]],
      // Rows that rise past others with as many statements, and rows that fall back.
      [[crowd[10]!, crowd[12]!], [analysis([`«Habrá más puestos», dijo Lucía ${surname(20)}.`, `Lucía ${surname(22)} afirmó que el pleno votará.`])]],
      // Many rows at once: the book shelves every row anew rather than one by one.
      [crowd.slice(40, 80), []],
      // Then one by one again; the longest name, the second Gil and a channel go.
      [[fullest, otherGil, archive[1]!], []],
      [[], [analysis(['La agencia estatal KCNA informó de que habrá un desfile.', 'Kim Jong Un dijo que el desfile será largo.'])]],
    ];
    for (const [removed, added] of steps) {
      merge = merge.next(removed, added);
      const previous = book;
      book = createQuoteBook(merge.data, previous);
      expect(answers(book)).toEqual(answers(createQuoteBook(merge.data)));
      expect(() => previous.lookup('Putin')).toThrow(/followed/);
    }
    expect(book.lookup('Ruiz').actor).toBe('Ana Ruiz');
    expect(book.lookup('KCNA').actor).toBe('KCNA');
  });

  it('is taken over by one newer book only', () => {
    const merge = mergeSpeakers(archive);
    const book = createQuoteBook(merge.data);
    const next = merge.next([], [analysis(['Pedro Gil señaló que la grúa está rota.'])]);
    createQuoteBook(next.data, book);
    expect(() => createQuoteBook(next.data, book)).toThrow(/already followed/);
  });
});
