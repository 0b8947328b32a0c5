/**
 * A sentence that goes on, after its statement, with a clause whose subject is someone else ("…, pero Girão todavía
 * intenta…"): that person is the nearest antecedent for a pronoun or a role in the next sentence.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'later', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ speaker }) => speaker);

describe('a later clause’s subject', () => {
  it('is whom "él" refers to after an adversative clause (Spanish)', () => {
    expect(
      speakers('es', ['La diputada Irene Salvat presentó una reforma.', 'El ministro Julio Arce dijo que no la apoyará, pero Salvat sigue buscando votos.', 'Para ella, la reforma es urgente y debe votarse en mayo.']),
    ).toEqual(['Julio Arce', 'Irene Salvat']);
  });

  it('is whom "ele" refers to after "mas" (Portuguese)', () => {
    expect(
      speakers('pt', ['O deputado Caio Brandão apresentou um projeto.', 'O ministro Otávio Reis disse que não vai apoiar a proposta, mas Brandão ainda tenta aprová-la.', 'Para ele, o projeto deve ser votado ainda este ano.']),
    ).toEqual(['Otávio Reis', 'Caio Brandão']);
  });

  it('leaves the speaker in focus when the later clause names no one else', () => {
    expect(speakers('en', ['Governor Nina Hale said that the bridge would open, but the weather delayed it.', 'She added that tolls would be low.'])).toEqual(['Nina Hale', 'Nina Hale']);
  });
});
