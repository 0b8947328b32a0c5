/**
 * A body's acronym given in brackets after its name ("el Instituto de Vivienda (Invivi)") names that body, and a title
 * with such an aside before a name ("el director del Instituto de Vivienda (Invivi), Tomás Lema,") is still that
 * person's title: /quote finds him by it, and the acronym shows his statements as its head's, saying so.
 */
import { describe, expect, it } from 'vitest';
import { quoteBookOf as bookOf } from '../fixtures/quotes/load.js';

describe('an acronym in brackets after a title before a name', () => {
  const book = bookOf('es', [
    'Este lunes el director del Instituto de Vivienda (Invivi), Tomás Lema, anunció que las obras empezarán en junio.',
    '«Tenemos el presupuesto asegurado», añadió Lema.',
  ]);

  it('keeps the title as the person\'s name for a look-up', () => {
    expect(book.lookup('el director del Instituto de Vivienda').actor).toBe('Tomás Lema');
    expect(book.lookup('el director del Instituto de Vivienda (Invivi)').actor).toBe('Tomás Lema');
  });

  it('shows the statements of the body\'s head the acronym describes, saying whom and how it matched (newcomer 24\'s D6)', () => {
    const found = book.lookup('Invivi');
    expect(found).toMatchObject({ actor: 'Tomás Lema', resolvedBy: 'role', related: ['Tomás Lema'] });
    expect(found.statements.length).toBeGreaterThan(0);
  });
});

describe('a word in brackets that spells no acronym of the name', () => {
  it('is an aside, not another name of the person (a party after a name)', () => {
    const book = bookOf('es', ['La diputada Ana Ruiz (Verdes) dijo que votará en contra.']);
    expect(book.lookup('Verdes').actor).toBeNull();
  });
});

describe('a time adjunct before a title in apposition', () => {
  it('is no part of the title the person is found by', () => {
    const book = bookOf('es', ['Menos de un mes después la directora del Archivo Nacional, Clara Vidal, dijo que el edificio cerrará.']);
    expect(book.actor('Clara Vidal')?.aliases).toEqual(['directora del Archivo Nacional']);
  });
});
