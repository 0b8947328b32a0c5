/**
 * A colon after "fue clara", "fue tajante", "was blunt" or "lo resumió así" leads in what the subject said though no
 * quotation marks hold it; a colon after a thing's description ("La situación es clara:") quotes nobody. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an unquoted clause after a colon of plain speaking', () => {
  it("is the colon's subject's reported speech", () => {
    expect(found(['La jueza de paz, Eloísa Carranza, fue contundente: ningún desalojo se ejecutará durante el invierno.'], 'es')).toEqual([
      { kind: 'indirect', text: 'ningún desalojo se ejecutará durante el invierno', speaker: 'Eloísa Carranza' },
    ]);
    expect(found(['El rector Tomás Villagra lo resumió así: sin fondos nuevos la universidad cierra en agosto.'], 'es')).toEqual([
      { kind: 'indirect', text: 'sin fondos nuevos la universidad cierra en agosto', speaker: 'Tomás Villagra' },
    ]);
    expect(found(['Dana Whitfield, the team captain, was blunt: they lost because they stopped running.'], 'en')).toEqual([
      { kind: 'indirect', text: 'they lost because they stopped running', speaker: 'Dana Whitfield' },
    ]);
  });

  it('is nobody\'s after a description of a thing', () => {
    expect(found(['El panorama es claro: los precios subirán otra vez en enero.'], 'es')).toEqual([]);
  });
});
