/**
 * "La autoridad" alone (issue 16, stop 48): Spanish press says it of the official just quoted as readily as of a body,
 * so it refers back to whom the article was quoting, a person or an organisation.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ text, speaker }) => ({ text, speaker }));

describe('"la autoridad" as a role', () => {
  it('refers back to the official the article was quoting', () => {
    expect(speakers(['La seremi de Transportes, Gloria Cifuentes, anunció que el tren volverá a operar.', 'La autoridad precisó que los pasajes costarán lo mismo.'])).toContainEqual({
      text: 'los pasajes costarán lo mismo', speaker: 'Gloria Cifuentes',
    });
  });

  it('refers back to a body the article was quoting in the sentence before', () => {
    expect(speakers(['La Superintendencia de Pensiones publicó su informe anual.', 'La autoridad precisó que los fondos rentaron un 6 %.'])).toContainEqual({
      text: 'los fondos rentaron un 6 %', speaker: 'Superintendencia de Pensiones',
    });
  });
});
