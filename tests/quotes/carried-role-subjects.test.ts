/**
 * A verb with no subject after a sentence opened by a role ("…, o senador demonstrou preocupação. Afirmou que…"): the role
 * refers to whom it would as that sentence's subject, the speaker in focus when they hold it, never stays a bare role.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, speaker }) => `${kind} ${speaker}`);

describe('a role that opened the sentence before an omitted subject', () => {
  it('is the speaker in focus who holds it, in Spanish and Portuguese', () => {
    expect(speakers('es', ['El presidente del Senado, Rodrigo Paz, se reunió con el ministro. "Hubo diálogo", dijo Paz.', 'Consultado sobre las elecciones, el senador mostró preocupación. Afirmó que la votación será limpia.'])).toEqual(['direct Rodrigo Paz', 'indirect Rodrigo Paz']);
    expect(speakers('pt', ['O presidente do Senado, Rodrigo Paz, se reuniu com o ministro. "Houve diálogo", disse Paz.', 'Perguntado sobre as eleições, o senador demonstrou preocupação. Afirmou que a votação será limpa.'])).toEqual(['direct Rodrigo Paz', 'indirect Rodrigo Paz']);
  });

  it('stays the role when the speaker in focus cannot hold it', () => {
    expect(speakers('es', ['El ministro Juan Soto habló con la prensa. "Hubo diálogo", dijo Soto.', 'Consultada sobre las elecciones, la senadora mostró preocupación. Afirmó que la votación será limpia.'])).toEqual(['direct Juan Soto', 'indirect Senadora']);
  });
});
