/**
 * "el titular de X" names the holder of the office X by whatever title the article gave them ("el ministro de Hacienda,
 * Elián…" is "el titular de Hacienda"; Portuguese "o titular da Defesa").
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'office', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ speaker }) => speaker);

describe('the holder of an office', () => {
  it('reads "el titular de Hacienda" as the minister the article named', () => {
    expect(speakers('es', ['El presidente se reunió el lunes con la ministra de la Vivienda, Rocío Barrantes.', 'La titular de Vivienda respondió de inmediato. «No hay fondos para esa obra», sostuvo.'])).toEqual(['Rocío Barrantes']);
  });

  it('reads "o titular da Defesa" as the minister the article named', () => {
    expect(speakers('pt', ['O presidente se reuniu com o ministro da Defesa, general Álvaro Campos.', 'O titular da Defesa respondeu na hora. "Não há verba para essa obra", afirmou.'])).toEqual(['Álvaro Campos']);
  });

  it('keeps the role when nobody holds a title over that office', () => {
    expect(speakers('es', ['El ministro de Salud, Abel Pinto, viajó a Lima.', 'El titular de Educación respondió. «No hay fondos para esa obra», sostuvo.'])).toEqual(['Titular de Educación']);
  });
});
