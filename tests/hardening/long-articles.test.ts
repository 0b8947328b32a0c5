/**
 * Long articles must cost time in proportion to their length. Before the fixes, 40,000 one-line
 * paragraphs took minutes (sentence segmentation and the quote reader were both quadratic), so these
 * tests ran into vitest's timeout; they now take about a second.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/index.js';
import { splitSentences } from '../../src/corpus/sentences.js';
import { buildQuoteData } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const SENTENCES = 40_000;
const sentence = (n: number) => `El pleno votó la moción ${n}.`;

/** Where each sentence starts when they are joined by `separator`. */
function startsOf(separator: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (let n = 1; n <= SENTENCES; n++) {
    starts.push(at);
    at += sentence(n).length + separator.length;
  }
  return starts;
}

describe('a very long article', () => {
  it.each([
    ['one sentence per paragraph', '\n\n'],
    ['every sentence on one line', ' '],
  ])('is split into every one of its sentences (%s)', (_, separator) => {
    const text = Array.from({ length: SENTENCES }, (_, i) => sentence(i + 1)).join(separator);
    const spans = splitSentences(text);
    expect(spans.map((span) => span.start)).toEqual(startsOf(separator));
    expect(spans.every((span) => text.slice(span.start, span.end).endsWith('.'))).toBe(true);
  });

  it('has its quotations read, however many paragraphs it has', () => {
    const paragraphs = Array.from({ length: SENTENCES }, (_, i) => (i % 1000 === 0 ? `“La moción ${i} es urgente”, dijo Marta Quintanilla.` : sentence(i + 1)));
    const { articles } = buildCorpus([{ id: 'pleno', file: 'pleno.txt', text: ['Cuarenta mil párrafos del pleno', ...paragraphs].join('\n\n'), hash: 'pleno' }]);
    const { statements } = buildQuoteData(articles);
    expect(statements.filter((statement) => statement.speaker === 'Marta Quintanilla')).toHaveLength(SENTENCES / 1000);
  });

  // Each unclosed mark was followed to the paragraph's end: a 686 KB page of them took 288 s to read.
  it('reads a paragraph of quotation marks that never close, and the quotation after it', () => {
    const MARKS = 20_000;
    const unclosed = Array.from({ length: MARKS }, (_, i) => `«Vecino${i} dijo que “el barrio`).join(' ');
    const article = articleFromParagraphs({ id: 'marcas', title: 'Marcas sin cerrar', date: '2024-05-01', language: 'es' }, [unclosed, 'Marta Quintanilla dijo: “La moción es urgente”.']);
    const { statements } = buildQuoteData([article]);
    const direct = statements.filter((statement) => statement.kind === 'direct' && statement.speaker === 'Marta Quintanilla');
    expect(direct.map((statement) => statement.text)).toEqual(['La moción es urgente']);
  }, 30_000);

  // Each mention was compared with every name of the article: 3,000 names took 78 s, and a 19 MB page froze the bot.
  it('has its speakers told apart, however many people it names', () => {
    const PEOPLE = 4000;
    const paragraphs = Array.from({ length: PEOPLE }, (_, i) => `Nombre Apellido${i} dijo que la reunión número ${i} fue útil. Según Apellido${i}, “no hay nada que añadir”.`);
    const { articles } = buildCorpus([{ id: 'censo', file: 'censo.txt', text: ['Cuatro mil vecinos opinan', ...paragraphs].join('\n\n'), hash: 'censo' }]);
    const { statements } = buildQuoteData(articles);
    expect(new Set(statements.map((statement) => statement.speaker)).size).toBe(PEOPLE);
    expect(statements.filter((statement) => statement.speaker === 'Nombre Apellido1234').map((statement) => statement.kind).sort()).toEqual(['direct', 'indirect']);
    // Under a second now; comparing names pairwise takes over 35 s here.
  }, 20_000);

  // Each "la versión municipal" looked for the body's noun ("Municipalidad") through the whole text: a 5.5 MB page of
  // such phrases took minutes to read (newcomer 25's item 10).
  it('credits a body named by its adjective, however many times the article does so', () => {
    const ROLES = 8_000;
    const paragraphs = Array.from({ length: ROLES }, (_, i) => `La versión municipal dijo que la obra ${i + 1} sigue abierta.`);
    const text = ['Las obras de Rivas', ...paragraphs, 'La Municipalidad de Rivas revisa sus obras.'].join('\n\n');
    const { articles } = buildCorpus([{ id: 'obras', file: 'obras.txt', text, hash: 'obras' }]);
    const { statements } = buildQuoteData(articles);
    expect(statements.filter((statement) => statement.speaker === 'Municipalidad')).toHaveLength(ROLES);
  });
});
