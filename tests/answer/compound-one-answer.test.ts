/**
 * A compound question whose parts are answered by the same sentence ("¿Cuándo y dónde…?" beside a sentence
 * giving both) prints that excerpt once, not once per part, and does not echo the question in pieces ("¿Cuándo? ¿Dónde
 * se celebrará…?": blind newcomers 20 and 21, D9/D12). Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'feria', title: 'La feria del libro vuelve al puerto', date: '2025-04-02', language: 'es' }, [
    'La feria del libro de Valdemar se celebrará el 14 de mayo en el antiguo muelle de pescadores.',
    'Los organizadores esperan a unos 40.000 visitantes y a 120 editoriales de todo el país.',
  ]),
]);

const ask = askOf(library);

describe('parts answered by the same words', () => {
  it('quote the excerpt once, with no part echoed before it', async () => {
    const result = await ask('¿Cuándo y dónde se celebrará la feria del libro de Valdemar?');
    expect(result.refused).toBe(false);
    expect(result.answer.split('muelle de pescadores')).toHaveLength(2);
    expect(result.answer).toMatch(/^Según los artículos: «/u);
    expect(result.answer).not.toContain('¿');
  });

  it('keep one line per part when the parts are answered by different words', async () => {
    const result = await ask('¿Cuándo se celebrará la feria del libro de Valdemar y cuántos visitantes esperan?');
    expect(result.answer.split('\n')).toHaveLength(2);
  });
});
