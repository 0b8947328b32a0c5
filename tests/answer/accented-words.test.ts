/**
 * A word written with its accent is no misspelling (B2): "¿Cuántos años de cárcel…?" was read as "cártel", a word the
 * archive holds, and answered from a cartel leader's sentence. An article written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'chapo', title: 'Condena al líder del cártel', date: '2019-07-17', language: 'es' }, [
    'El líder del cártel de Sinaloa fue condenado a cadena perpetua más 30 años de prisión por un tribunal de Nueva York.',
  ]),
  articleFromParagraphs({ id: 'extradicion', title: 'Extradición del expresidente Tomás Ruiz', date: '2022-04-21', language: 'es' }, [
    'El expresidente Tomás Ruiz fue extraditado a Estados Unidos, donde será juzgado por narcotráfico.',
    'La fiscalía no ha dicho qué condena pedirá para Ruiz.',
  ]),
]);

const ask = askOf(library);

describe('accented words', () => {
  it('does not read a word written with its accent as a misspelling of another', async () => {
    const result = await ask('¿Cuántos años de cárcel podría recibir Tomás Ruiz?');
    expect(result.notice).toBeUndefined();
    expect(result.citations[0]?.articleId).not.toBe('chapo');
  });
});
