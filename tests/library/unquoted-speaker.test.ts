/**
 * "¿Qué respondió X…?" asks for X's words: when the quote rules know no statement of X and the sentence the answer
 * would quote first does not even name X, /ask says it does not know, instead of quoting someone else who spoke of the
 * same thing (issue 15; a newcomer's "¿Qué respondió Nayib Bukele a la petición del fiscal…?" answered with the
 * prosecutor's words).
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const STORY = [
  'El fiscal pide prorrogar el estado de alarma en Valdemar',
  'A tres días de que venza el estado de alarma, el fiscal general, Íñigo Arrieta, consideró necesario prorrogar la medida aprobada el 2 de mayo.',
  '“Las herramientas que nos da el estado de alarma son imprescindibles”, afirmó Arrieta en una entrevista en la radio pública.',
  'El alcalde de Valdemar, Rafael Montoya, inauguró el lunes el nuevo mercado municipal del barrio marítimo.',
  'La policía local ha detenido a 1.200 personas desde que se aprobó la medida.',
].join('\n\n');

let library: Library;
withSeedFiles('hemeroteca-unquoted-', { 'alarma.txt': STORY }, (opened) => (library = opened));

describe('a question about what someone the articles never quote said', () => {
  it('is refused, not answered with the prosecutor\'s words', async () => {
    const result = await library.ask('¿Qué respondió Rafael Montoya a la petición del fiscal de prorrogar la medida?');
    expect(result.refused).toBe(true);
    expect(result.answer).not.toContain('Las herramientas');
  });

  it('still quotes the one the articles do quote', async () => {
    const result = await library.ask('¿Qué dijo Arrieta sobre el estado de alarma?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('son imprescindibles');
  });
});
