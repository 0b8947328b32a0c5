/**
 * Passages of two languages are ranked by how much of the question they hold, not by scores each language's statistics
 * give apart (blind newcomer 25's item 7: "¿Cuánto cuesta el pan francés en Lima?" was refused, with the answer as its
 * lead, because an English teaser "France releases…" met "francés" by a cognate and outscored the Spanish story).
 * Articles and sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const article = (id: string, title: string, language: string, paragraphs: string[]) => articleFromParagraphs({ id, title, date: '2024-05-02', language }, paragraphs);

const sweets = article('dulces', 'Sube el chocolate importado en Quito', 'es', [
  'El precio del chocolate suizo subió a 4 dólares por tableta en los supermercados de la capital, informó la cámara de importadores de alimentos y bebidas. "No hay otra salida con el cacao tan caro", dijo su gerente, Inés Mora.',
]);
const transit = article('metro', 'El metro de Quito amplía su horario', 'es', [
  'El metro de Quito abrirá una hora antes desde el lunes, anunció el municipio.',
  'Subir la cuesta de la avenida principal en bicicleta ya no será necesario para los vecinos del sur.',
]);
const digest = article('digest', 'World briefing', 'en', [
  'Storms close ports along the Gulf coast as shipping firms reroute cargo vessels.',
  'Chocolate makers merge',
  'A new bridge opens over the river after six years of delays and rising costs.',
  'Farmers in the north report a record wheat harvest despite the dry spring.',
  'Trade minister Dana Whitlock said chocolate imports would fall by a tenth next year.',
]);

describe('a question in a language the archive holds', () => {
  it('is answered from the story in its language, not refused over a cognate in another language', async () => {
    const result = await askOf(await libraryOf([sweets, transit, digest]))('¿Cuánto cuesta el chocolate suizo en Quito?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('4 dólares por tableta');
  });

  it('still finds a story in the other language that holds more of the question', async () => {
    const result = await askOf(await libraryOf([sweets, transit, digest]))('¿Qué dijo Dana Whitlock del chocolate?');
    expect(result.citations[0]?.passageId.startsWith('digest')).toBe(true);
  });
});
