/**
 * A compound question's reply lists, after each part's quotations, the other passages that part cites ("Ver también
 * [2]"): decided by the citation numbers the line shows, never by looking for "[2]" in its text, which an excerpt may
 * hold itself (a footnote marker, a list number). Parts and citations written for the test.
 */
import { describe, expect, it } from 'vitest';
import { joinPartAnswers, type PartOutcome } from '../../src/answer/compound.js';
import type { AskResult, Citation } from '../../src/answer/types.js';

function citation(n: number, excerpt: string): Citation {
  return { n, articleId: `nota-${n}`, title: `Nota ${n}`, outlet: null, date: null, passageId: `nota-${n}#0`, excerpt, score: 1, highlights: [] };
}

function answered(shown: string, quoted: Citation, other: Citation): PartOutcome {
  const result: AskResult = { question: shown, language: 'es', answer: '', mode: 'extractive', refused: false, citations: [quoted, other] };
  return { part: { shown, asked: shown, contrasted: false, namesNoOne: false }, result, written: { leadIn: 'Según los artículos:', quotations: [{ n: quoted.n, text: quoted.excerpt }] } };
}

describe("a compound reply's see-also markers", () => {
  it('name a cited passage the line does not quote, even when a quoted excerpt holds its marker as text', () => {
    const reply = joinPartAnswers('¿Cuándo abre la biblioteca y cuántos libros tiene?', 'es', [
      answered('¿Cuándo abre la biblioteca?', citation(1, 'La biblioteca abrirá el lunes, según el anexo [2] del contrato.'), citation(2, 'El contrato fija la apertura para el lunes.')),
      answered('¿Cuántos libros tiene?', citation(3, 'Tendrá 40.000 libros.'), citation(4, 'La colección llegará en abril.')),
    ]);
    const [first, second] = reply.answer.split('\n');
    expect(first).toContain('Ver también [2].');
    expect(second).toContain('Ver también [4].');
  });
});
