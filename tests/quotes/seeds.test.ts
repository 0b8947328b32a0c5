import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import type { Statement } from '../../src/quotes/types.js';
import { buildQuoteData, createQuoteBook, extractStatements, type QuoteBook } from '../../src/quotes/index.js';
import { loadSeedArticles } from './seed-articles.js';

const MARCRIX = '000_00d19ce3f6e8e9cf';
const REUTERS = '001_5b51ff2f8a5eff13';

let articles: Map<string, Article>;
let statements: Statement[];
let book: QuoteBook;

beforeAll(async () => {
  articles = await loadSeedArticles();
  statements = [...articles.values()].flatMap(extractStatements);
  book = createQuoteBook(buildQuoteData([...articles.values()]));
});

const by = (speaker: string, articleId?: string) => statements.filter((s) => s.speaker === speaker && (!articleId || s.articleId === articleId));
const containing = (text: string) => statements.filter((s) => s.text.includes(text));

describe('quotes on the seed articles', () => {
  it('keeps every statement verbatim at its offsets', () => {
    for (const statement of statements) {
      expect(articles.get(statement.articleId)!.text.slice(statement.start, statement.end)).toBe(statement.text);
    }
  });

  it("finds Kim's statements in both articles, with channel apart from speaker", () => {
    const [compañero] = containing('invencible compañero de armas');
    expect(compañero).toMatchObject({ articleId: MARCRIX, kind: 'indirect', speaker: 'Kim Jong Un', via: 'KCNA' });
    expect(containing('relación estratégica centenaria')[0]).toMatchObject({ speaker: 'Kim Jong Un' });
    expect(containing('suprimir y aplastar')[0]).toMatchObject({ speaker: 'Kim Jong Un' });

    expect(containing('Estoy firmemente convencido')[0]).toMatchObject({ articleId: REUTERS, kind: 'direct', speaker: 'Kim Jong Un', via: 'carta' });
    expect(containing('invencibilidad y poder')[0]).toMatchObject({ kind: 'indirect', speaker: 'Kim Jong Un', via: 'KCNA' });
    expect(containing('relación estratégica de larga duración')[0]).toMatchObject({ speaker: 'Kim Jong Un', via: 'KCNA' });
  });

  it('gives the paragraph that only continues the quotation to the same speaker', () => {
    const [continuation] = containing('Los dos países saldrán siempre victoriosos');
    expect(continuation).toMatchObject({ kind: 'direct', speaker: 'Kim Jong Un' });
    expect(continuation!.text.startsWith('Los dos países')).toBe(true);
    expect(continuation!.text.endsWith('causa común')).toBe(true);
  });

  it("finds Putin's quotation and promises, and nothing else under his name", () => {
    const putin = by('Vladimir Putin');
    expect(putin.map((s) => s.text)).toEqual([
      'prometió ayudarle a construir satélites',
      'prometió reforzar los lazos bilaterales',
      expect.stringMatching(/^Estoy seguro de que reforzaremos la cooperación bilateral .* noreste asiático$/),
    ]);
    expect(putin[1]).toMatchObject({ kind: 'indirect', via: 'mensaje' });
    expect(putin[2]).toMatchObject({ kind: 'direct', via: 'KCNA' });
  });

  it('credits organisations and collective speakers', () => {
    expect(containing('en todos los ámbitos')[0]).toMatchObject({ speaker: 'Kremlin', kind: 'indirect' });
    expect(containing('enviar armas a Rusia')[0]).toMatchObject({ speaker: 'Funcionarios de Washington y Seúl' });
    expect(containing('facilitar armas a Rusia')[0]).toMatchObject({ speaker: 'Estados Unidos' });
  });

  it('never gives one speaker words from another, nor credits the agency with what it relays', () => {
    expect(by('Vladimir Putin').some((s) => /firmemente convencido|victoriosos|compañero de armas|centenaria/.test(s.text))).toBe(false);
    expect(by('Kim Jong Un').some((s) => /reforzaremos|satélites|lazos bilaterales/.test(s.text))).toBe(false);
    expect(by('KCNA')).toEqual([]);
  });

  it('answers the lookups a journalist would type', () => {
    expect(book.lookup('putn').actor).toBe('Vladimir Putin');
    expect(book.lookup('Kim Jong-un').statements.length).toBe(by('Kim Jong Un').length);
    expect(book.lookup('el líder norcoreano').actor).toBe('Kim Jong Un');
    expect(book.lookup('PUTIN').statements.map((s) => s.text)).toContain('prometió ayudarle a construir satélites');
    expect(book.actors()[0]!.name).toBe('Kim Jong Un');
  });

  it('serialises a lookup with the fields of the contract', () => {
    const json = JSON.parse(JSON.stringify(book.lookup('Putin'))) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 4)).toEqual(['actor', 'query', 'statements', 'suggestions']);
    const [first] = json.statements as Array<Record<string, unknown>>;
    expect(Object.keys(first!).slice(0, 7)).toEqual(['articleId', 'title', 'date', 'kind', 'text', 'speaker', 'via']);
  });
});
