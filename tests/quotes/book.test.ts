import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { byStatements } from '../../src/quotes/actors.js';
import type { Actor } from '../../src/quotes/types.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
// Discord mentions are the Discord front end's to remove (src/discord/mentions.ts); these cases check the two together.
import { withoutDiscordMarkup } from '../../src/present/mentions.js';

const articles = [
  articleFromParagraphs({ id: 'a', title: 'Cumbre', date: '2024-05-01', language: 'es' }, [
    'El presidente ruso, Vladimir Putin, dijo que la reunión fue un éxito.',
    '“Seguiremos trabajando juntos”, añadió Putin.',
    'La ministra de Exteriores, Ana Hart, aseguró que habrá una segunda ronda.',
    'El Kremlin ha dicho que no habrá más sanciones.',
  ]),
  articleFromParagraphs({ id: 'b', title: 'Cartas', date: '2024-06-01', language: 'es' }, [
    'El líder norcoreano, Kim Jong Un, afirmó que la alianza es eterna.',
    'Kim prometió visitar Moscú y Putin dijo que lo recibirá con honores.',
    'The economist Daniel Hart said growth would slow.',
  ]),
  articleFromParagraphs({ id: 'c', title: 'Otra', date: null, language: 'es' }, ['Kim dijo que el viaje se hará en otoño.']),
];
const data = buildQuoteData(articles);
const book = createQuoteBook(data);

describe('the actors of a corpus', () => {
  it('merges short forms across articles and counts statements per actor, most first', () => {
    const actors = book.actors();
    expect(actors.map((actor) => [actor.name, actor.statements])).toEqual([
      ['Kim Jong Un', 3],
      ['Vladimir Putin', 3],
      ['Ana Hart', 1],
      ['Daniel Hart', 1],
      ['Kremlin', 1],
    ]);
    expect(actors[0]!.aliases).toEqual(expect.arrayContaining(['Kim', 'líder norcoreano']));
  });

  it('survives a JSON round trip, as it does in the index snapshot', () => {
    const restored = createQuoteBook(JSON.parse(JSON.stringify(data)));
    expect(restored.lookup('Putin')).toEqual(book.lookup('Putin'));
  });
});

describe('looking an actor up', () => {
  it.each(['Vladimir Putin', 'putin', 'PUTIN', 'putn', 'Poutine', 'vladimir putn', 'el presidente ruso'])('finds Putin from %j', (query) => {
    const result = book.lookup(query);
    expect(result.actor).toBe('Vladimir Putin');
    expect(result.statements).toHaveLength(3);
  });

  it.each(['Kim Jong-un', 'kim jong un', 'KIM', 'Kim Jong Eun', 'líder norcoreano', 'lider norcoreano'])('finds Kim Jong Un from %j', (query) => {
    expect(book.lookup(query).actor).toBe('Kim Jong Un');
  });

  it('lists statements newest first, and only the actor’s own', () => {
    const { statements } = book.lookup('Kim');
    expect(statements.every((statement) => statement.speaker === 'Kim Jong Un')).toBe(true);
    expect(statements.map((statement) => statement.articleId)).toEqual(['b', 'b', 'c']);
  });

  it('asks the user to choose when a query fits several actors', () => {
    const result = book.lookup('Hart');
    expect(result.actor).toBeNull();
    expect(result.statements).toEqual([]);
    expect(result.candidates.sort()).toEqual(['Ana Hart', 'Daniel Hart']);
  });

  it('asks the user to choose by a surname one article used alone, when other quoted people bear it too', () => {
    const perez = createQuoteBook(
      buildQuoteData([
        articleFromParagraphs({ id: 'teruel', title: 'Pleno', date: '2024-05-01', language: 'es' }, [
          'El alcalde de Teruel, Ricardo Pérez, dijo que el presupuesto está cerrado.',
          'Pérez añadió que las obras empezarán en mayo.',
        ]),
        articleFromParagraphs({ id: 'sanidad', title: 'Hospitales', date: '2024-05-02', language: 'es' }, ['La consejera de Sanidad, Carmen Pérez, afirmó que no faltarán médicos.']),
      ]),
    );
    expect(perez.lookup('Pérez')).toMatchObject({ actor: null, statements: [] });
    expect(perez.lookup('Pérez').candidates.sort()).toEqual(['Carmen Pérez', 'Ricardo Pérez']);
    expect(perez.lookup('Ricardo Pérez').actor).toBe('Ricardo Pérez');
  });

  it('finds an actor quoted by its acronym from its name spelt out', () => {
    const acronyms = createQuoteBook(
      buildQuoteData([
        articleFromParagraphs({ id: 'agencia', title: 'Mensaje', date: '2024-05-01', language: 'es' }, [
          'La agencia estatal KCNA informó de que el líder recibirá a la delegación.',
          'El PNV dijo que apoyará los presupuestos.',
        ]),
      ]),
    );
    expect(acronyms.lookup('Korean Central News Agency')).toMatchObject({ actor: 'KCNA', resolvedBy: 'acronym', query: 'Korean Central News Agency' });
    expect(acronyms.lookup('Partido Nacionalista Vasco')).toMatchObject({ actor: 'PNV', resolvedBy: 'acronym' });
    expect(acronyms.lookup('Partido Popular').actor).toBeNull();
  });

  it('suggests known actors close to an unknown query', () => {
    const result = book.lookup('Kremlim Palace');
    expect(result).toMatchObject({ actor: null, statements: [] });
    const unknown = book.lookup('Lionel Messi');
    expect(unknown).toMatchObject({ actor: null, statements: [], candidates: [] });
    expect(book.lookup('Putim Vladimirovich').suggestions).toContain('Vladimir Putin');
  });

  it('names the most quoted actors when nobody known is close to the query', () => {
    const unknown = book.lookup('Lionel Messi');
    expect(unknown.suggestions).toEqual([]);
    expect(unknown.mostQuoted).toEqual(book.actors().slice(0, unknown.mostQuoted?.length).map((actor) => actor.name));
    expect(unknown.mostQuoted?.length).toBeGreaterThan(0);
    expect(book.lookup('Putim Vladimirovich').mostQuoted).toBeUndefined();
    // One short word two edits from a name's word is no near miss: "Harta" may be Hart, "Hanta" is not.
    expect(book.lookup('Roberto Hanta').suggestions).toEqual([]);
    expect(book.lookup('Roberto Harta').suggestions).toEqual(expect.arrayContaining(['Ana Hart', 'Daniel Hart']));
    expect(book.lookup(withoutDiscordMarkup('<@123456789012345678>'))).toMatchObject({ suggestions: [], mostQuoted: unknown.mostQuoted });
  });

  it('never throws on odd input', () => {
    for (const query of ['', '   ', '<@123456789> **Putin**', '`kim`', '🦀🦀', 'x'.repeat(10_000), '\u0000\u200b', '||spoiler||']) {
      expect(() => book.lookup(query)).not.toThrow();
      expect(() => book.suggest(query, 25)).not.toThrow();
    }
    expect(book.lookup(withoutDiscordMarkup('<@123456789> **Putin**')).actor).toBe('Vladimir Putin');
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (query) => {
      const result = book.lookup(query);
      expect(result.query).toBe(query);
      expect(book.suggest(query, 25).length).toBeLessThanOrEqual(25);
    }));
  });
});

describe('autocomplete suggestions', () => {
  it('puts accent-insensitive prefix matches first, then close spellings', () => {
    expect(book.suggest('vla', 25)[0]).toBe('Vladimir Putin');
    expect(book.suggest('lider', 25)).toEqual(['Kim Jong Un']);
    expect(book.suggest('pitin', 25)).toEqual(['Vladimir Putin']);
  });

  it('offers every speaker a typed beginning starts, in book order, then those whose beginning is a typo away, fewest edits first', () => {
    // Names of a few letters share beginnings and come within a typo of one another often.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 3, maxLength: 7 });
    const name = fc.array(word, { minLength: 1, maxLength: 2 }).map((words) => words.join(' '));
    const actors = fc.uniqueArray(fc.record({ name, statements: fc.integer({ min: 1, max: 4 }) }), { selector: (actor) => actor.name, maxLength: 60 });
    fc.assert(
      fc.property(actors, word, fc.integer({ min: 1, max: 30 }), (rows, typed, limit) => {
        const sorted = rows.map((row) => ({ ...row, aliases: [] })).sort(byStatements);
        const strings = (actor: Actor) => [actor.name, ...actor.name.split(' ')];
        const edits = (actor: Actor) => Math.min(...strings(actor).map((text) => distance(typed, text.slice(0, typed.length))));
        const allowed = typed.length <= 4 ? 1 : 2;
        const prefixed = sorted.filter((actor) => edits(actor) === 0);
        const close = sorted
          .filter((actor) => edits(actor) > 0 && edits(actor) <= allowed)
          .sort((a, b) => edits(a) - edits(b) || b.statements - a.statements);
        const expected = [...prefixed, ...close].slice(0, limit).map((actor) => actor.name);
        expect(createQuoteBook({ statements: [], actors: sorted, unquoted: [] }).suggest(typed, limit)).toEqual(expected);
      }),
    );
  });

  it('offers the most quoted actors for an empty query and honours the limit', () => {
    expect(book.suggest('', 2)).toEqual(['Kim Jong Un', 'Vladimir Putin']);
    expect(book.suggest('', 1000).length).toBeLessThanOrEqual(25);
  });
});
