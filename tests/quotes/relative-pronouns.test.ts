/**
 * A pronoun subject inside a relative clause about someone's remark (blind newcomer 21's D1, issue 16 precision): "…o convite
 * para X se explicar sobre sua fala em que ele sugere que…" is X's, not the paragraph's subject's.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'relatives', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ speaker, text }) => [speaker, text]);

describe('pronouns in a relative clause about a remark', () => {
  it('refer to the person the sentence names before the relative', () => {
    expect(said('pt', ['O senador Lauro Mendes falou nesta terça. Ele pediu um convite para Helena Prado se explicar sobre sua polêmica fala em que ela sugere que as escolas estão fechadas.'])).toEqual([['Helena Prado', 'as escolas estão fechadas']]);
    expect(said('es', ['El senador Lauro Mendes habló el martes. Él pidió a Helena Prado que explique la entrevista en la que ella afirma que las escuelas están cerradas.'])).toEqual([['Helena Prado', 'las escuelas están cerradas']]);
  });
});
