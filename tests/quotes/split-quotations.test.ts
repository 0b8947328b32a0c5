/**
 * Quotations split by an inserted cue verb (issue 16, fourth round): "“The rules,” she said, “would apply…”" and
 * "«La norma», dijo, «será…»" are two statements of the same speaker, each the article's words without quote marks
 * (../shared/CONTRACT.md); «… —afirmó X—, …», one pair of marks round a dash-inserted verb, is one; "The ruling, she
 * said, was “…”" credits the quotation and the narrator's words around the inserted verb to its subject.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a quotation split by an inserted verb of saying', () => {
  it('gives each English half as a statement of the same speaker, without the quote marks or "she said"', () => {
    const statements = found(['Governor Kathy Hochul spoke in Albany on Monday.', '“The rules,” she said, “would apply to every company in the state.”'], 'en');
    expect(statements).toEqual([
      { kind: 'direct', text: 'The rules', speaker: 'Kathy Hochul' },
      { kind: 'direct', text: 'would apply to every company in the state.', speaker: 'Kathy Hochul' },
    ]);
  });

  it('gives each Spanish half as a statement of the same speaker, the subject after the verb', () => {
    const statements = found(['«La norma», dijo la ministra Carolina Tohá, «será aplicada desde el primer día en todo el país».']);
    expect(statements).toEqual([
      { kind: 'direct', text: 'La norma', speaker: 'Carolina Tohá' },
      { kind: 'direct', text: 'será aplicada desde el primer día en todo el país', speaker: 'Carolina Tohá' },
    ]);
  });

  it('keeps one statement when one pair of marks holds a verb inserted between dashes', () => {
    const statements = found(['«No vamos a subir el IVA —afirmó la ministra Carolina Tohá—, pero revisaremos las tasas».']);
    expect(statements).toEqual([{ kind: 'direct', text: 'No vamos a subir el IVA —afirmó la ministra Carolina Tohá—, pero revisaremos las tasas', speaker: 'Carolina Tohá' }]);
  });

  it('keeps two statements when the verb after the first half takes a clause of its own', () => {
    const statements = found(['“We will not back down,” Mayor Karen Bass said, adding that “the city will rebuild every home it lost.”'], 'en');
    expect(statements.filter((statement) => statement.kind === 'direct')).toHaveLength(2);
  });
});

describe('a verb of saying inserted in the narrator’s sentence', () => {
  it('credits the quotation and the words around the verb to its subject', () => {
    const statements = found(['Senator Amy Klobuchar spoke on Monday.', 'The ruling, she said, was “a devastating blow to women across the country.”'], 'en');
    expect(statements).toContainEqual({ kind: 'direct', text: 'a devastating blow to women across the country.', speaker: 'Amy Klobuchar' });
    expect(statements.find((statement) => statement.kind === 'indirect')).toMatchObject({ speaker: 'Amy Klobuchar', text: expect.stringMatching(/^The ruling, she said, was/) });
  });
});
