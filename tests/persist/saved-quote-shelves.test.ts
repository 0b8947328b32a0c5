import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook, type QuoteBook } from '../../src/quotes/index.js';
import type { QuoteData } from '../../src/quotes/actors.js';
import { quoteBookRecords, savedQuoteTables } from '../../src/persist/saved-quote-book.js';
import type { DeferredPart } from '../../src/persist/snapshot.js';
import { articleFromParagraphs, loadQuoteFixtures } from '../fixtures/quotes/load.js';

/** Articles written for this test: people, bodies, acronyms, ministers' offices, accents and both languages. */
const written = [
  articleFromParagraphs({ id: 'w1', title: 'Puerto', date: '2025-03-02', language: 'es' }, [
    'La ministra de Obras Públicas, Lucía Ferrández Oyarzún, aseguró que el muelle norte estará listo en agosto.',
    '"No habrá más retrasos", insistió Ferrández ante los concejales.',
    'La Autoridad Portuaria de Valparaíso (APV) indicó en un comunicado que revisará las tarifas.',
    'El alcalde, Tomás Ibarguren, sostuvo que la obra "cambia la cara del barrio".',
    'Los concejales Marta Isasi y Julen Goikoetxea afirmaron que votarán en contra del proyecto.',
  ]),
  articleFromParagraphs({ id: 'w2', title: 'Harbour', date: '2025-03-04', language: 'en' }, [
    'Port director Helen McAllister said the dredging would finish before winter.',
    '"We have the money and the crews," McAllister told reporters on Tuesday.',
    'The Federación Nacional de Estibadores (FNE) warned that it would strike if wages were cut.',
    'Samuel Okafor and Irene Castell said the new cranes were unsafe.',
    '"Nobody asked the crane drivers," Irene Castell added.',
  ]),
  articleFromParagraphs({ id: 'w3', title: 'Presupuesto', date: '2025-04-11', language: 'es' }, [
    'El ministro de Hacienda, Joaquín Ñúñez-Prado, afirmó que el gasto "se mantendrá".',
    'Según explicó el viceministro Ramiro Ostolaza, la partida para puertos crecerá un 4 %.',
    'Lucía Ferrández replicó que esa cifra "no alcanza para el dragado".',
    'Marta Isasi dijo después que el dragado "puede esperar un año".',
  ]),
];

async function quoteData(): Promise<QuoteData> {
  const { articles } = await loadQuoteFixtures();
  return buildQuoteData([...articles, ...written]);
}

/** The quote data as a restart restores it: the same rows as other objects, with the `book` part's tables of `data`. */
function restoredFrom(data: QuoteData, records = [...quoteBookRecords(data)] as unknown[], note: (reason: string) => void = () => undefined): QuoteData {
  const copy = structuredClone({ statements: data.statements, actors: data.actors, unquoted: data.unquoted });
  const part: DeferredPart = { count: records.length, parse: () => records, parseSoon: async () => records, record: (n) => records[n] };
  const saved = savedQuoteTables(part, { statementCount: () => copy.statements.length, actorCount: () => copy.actors.length, statementAt: (at) => copy.statements[at]! }, note);
  return { ...copy, saved };
}

/** Queries a user could type for the book's speakers: names, aliases, each word, typos, initials, beginnings, and names of no one. */
function queriesFor(book: QuoteBook): string[] {
  const queries = new Set<string>(['presupuesto', 'el ministro', 'la ministra', 'portavoz', 'FNE', 'fne', 'APV', 'Ferandez', 'McAlister', 'Ibargüren', 'Hacienda', 'ministro de Hacienda', 'Nuñez Prado', 'zzz', '']);
  for (const actor of book.actors()) {
    for (const form of [actor.name, ...actor.aliases]) {
      queries.add(form).add(form.toLowerCase());
      for (const word of form.split(/\s+/)) {
        queries.add(word);
        if (word.length > 4) queries.add(word.slice(0, -2) + word.at(-1)).add(word.slice(1)).add(word.slice(0, 3));
      }
      queries.add(form.split(/\s+/).map((word) => word[0]).join('').toUpperCase());
    }
  }
  return [...queries];
}

describe("the book part's saved shelves", () => {
  it('give a restored book the same look-ups, suggestions and speakers as the book made from the quote data', async () => {
    const data = await quoteData();
    const built = createQuoteBook(data);
    const restored = createQuoteBook(restoredFrom(data));
    const queries = queriesFor(built);
    expect(queries.length).toBeGreaterThan(300);
    for (const query of queries) {
      expect(restored.lookup(query), query).toEqual(built.lookup(query));
      expect(restored.lookupSpeakers(query), query).toEqual(built.lookupSpeakers(query));
      expect(restored.suggest(query, 25), query).toEqual(built.suggest(query, 25));
    }
    expect(restored.suggest('', 10)).toEqual(built.suggest('', 10));
    expect(restored.actors()).toEqual(built.actors());
    for (const { name } of built.actors()) expect(restored.actor(name)).toEqual(built.actor(name));
  });

  it('are read again after an update: the next book, made from changed quote data, answers as one made from nothing', async () => {
    const data = await quoteData();
    const restored = createQuoteBook(restoredFrom(data));
    restored.lookup('Ferrández');
    const changed = buildQuoteData([...(await loadQuoteFixtures()).articles, ...written.slice(1)]);
    const next = createQuoteBook(changed, restored);
    const fresh = createQuoteBook(buildQuoteData([...(await loadQuoteFixtures()).articles, ...written.slice(1)]));
    for (const query of queriesFor(fresh)) expect(next.lookup(query), query).toEqual(fresh.lookup(query));
    expect(() => restored.lookup('Ferrández')).toThrow(/followed by a newer one/);
  });

  it('of an older layout are not used, and the reason is told once: the book is made from the quote data', async () => {
    const data = await quoteData();
    const [tables, ...rest] = [...quoteBookRecords(data)] as [Record<string, unknown>, ...unknown[]];
    const { layout: _layout, ...older } = tables;
    const notes: string[] = [];
    const restoredData = restoredFrom(data, [older, ...rest], (reason) => notes.push(reason));
    const built = createQuoteBook(data);
    const restored = createQuoteBook(restoredData);
    for (const query of ['Ferrández', 'McAllister', 'presupuesto', 'FNE']) expect(restored.lookup(query)).toEqual(built.lookup(query));
    restoredData.saved?.();
    expect(notes).toEqual(['the saved quote book is of an older layout']);
  });

  it('that do not fit their text or their rows are not used, with the reason', async () => {
    const data = await quoteData();
    const records = [...quoteBookRecords(data)] as unknown as Array<Record<string, unknown>>;
    const shelf = records.find((record) => record['shelf'] === 'words')! as { rows: Uint32Array };
    const damaged = records.map((record) => (record === shelf ? { ...record, rows: shelf.rows.map(() => data.actors.length) } : record));
    const notes: string[] = [];
    expect(restoredFrom(data, damaged, (reason) => notes.push(reason)).saved?.()).toBeUndefined();
    expect(notes).toEqual(["the saved quote book's words rows do not fit"]);
  });
});
