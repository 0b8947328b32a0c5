/** Result objects shaped exactly as the core returns them (AskResult, QuoteResult, SourceEntry), for rendering tests. */
import type { AskResult, Citation } from '../../src/answer/types.js';
import type { SourceEntry } from '../../src/library.js';
import type { QuoteResult, Statement } from '../../src/quotes/types.js';

export const SATELLITES =
  'Kim viajó al Extremo Oriente ruso el pasado mes de septiembre y visitó el cosmódromo de Vostochny, donde Putin prometió ayudarle a construir satélites.';
export const TIES = 'Putin, en su mensaje a Kim, también prometió reforzar los lazos bilaterales.';

/** Highlights on every occurrence of `words` in `excerpt`. */
export function highlightsOf(excerpt: string, words: string[]) {
  return words.flatMap((word) => [...excerpt.matchAll(new RegExp(word, 'g'))].map((match) => ({ start: match.index, end: match.index + word.length })));
}

export function citation(n: number, excerpt: string, overrides: Partial<Citation> = {}): Citation {
  return {
    n,
    articleId: `00${n}_article`,
    title: `Putin y Kim, artículo ${n}`,
    outlet: 'Agencia EFE',
    date: '2024-06-18',
    passageId: `00${n}_article#2`,
    excerpt,
    score: 10 / n,
    highlights: highlightsOf(excerpt, ['prometió']),
    ...overrides,
  };
}

export function askResult(overrides: Partial<AskResult> = {}): AskResult {
  return {
    question: '¿Qué prometió Putin?',
    language: 'es',
    answer: `Putin prometió ayudar a Kim a construir satélites [1] y reforzar los lazos bilaterales [2].`,
    mode: 'extractive',
    refused: false,
    citations: [citation(1, SATELLITES), citation(2, TIES, { outlet: null, date: null, title: 'Cartas entre Putin y Kim' })],
    ...overrides,
  };
}

export function statement(overrides: Partial<Statement> = {}): Statement {
  return {
    articleId: '000_a',
    title: 'Putin viaja a Pyongyang',
    date: '2024-06-18',
    kind: 'direct',
    text: 'Apoyamos firmemente a Corea del Norte',
    speaker: 'Vladímir Putin',
    via: null,
    start: 0,
    end: 10,
    ...overrides,
  };
}

export function quoteResult(overrides: Partial<QuoteResult> = {}): QuoteResult {
  return {
    actor: 'Vladímir Putin',
    query: 'putin',
    statements: [
      statement(),
      statement({ articleId: '001_b', title: 'Cartas de Año Nuevo', date: '2024-01-02', kind: 'indirect', text: 'reforzará los lazos bilaterales', via: 'una carta' }),
      statement({ kind: 'indirect', text: 'viajará pronto a Vietnam', via: 'la agencia KCNA', start: 20, end: 44 }),
    ],
    suggestions: [],
    candidates: [],
    ...overrides,
  };
}

export function sourceEntry(index: number, overrides: Partial<SourceEntry> = {}): SourceEntry {
  const day = String((index % 28) + 1).padStart(2, '0');
  return {
    id: `${String(index).padStart(3, '0')}_seed`,
    title: `Artículo número ${index}`,
    outlet: 'Agencia Reuters',
    author: index % 2 ? 'Editor3' : null,
    date: `2024-05-${day}`,
    language: 'es',
    passages: 12,
    words: 1234,
    ...overrides,
  };
}
