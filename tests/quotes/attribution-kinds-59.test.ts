/**
 * Speakers of stop 59's kinds (issue 16), each on sentences of our own, Spanish and English: a noun the article writes
 * of individuals never turns the organisation in focus into their speaker.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const statementsOf = (language: string, paragraphs: string[]) => extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs));
const speakers = (language: string, paragraphs: string[]) => statementsOf(language, paragraphs).map((statement) => statement.speaker);

describe('a noun the article writes of individuals, after an organisation spoke', () => {
  const cases: Array<[string, string[], string]> = [
    ['es', ['Los comuneros de Huancuire denuncian que el polvo de la mina enferma al ganado.', 'Minera Los Andes anunció el lunes la ampliación del tajo abierto.', '«Nadie nos consultó», reclamó la comunera.'], 'Minera Los Andes'],
    ['es', ['Una comunera de 60 años caminó tres horas hasta la plaza de Chalhuanca.', 'Glencore anunció la ampliación del tajo y aseguró que «el agua está garantizada».', '«Eso es mentira», respondió la comunera.'], 'Glencore'],
    ['es', ['Un ganadero de la vereda denunció que el humo mata los pastos.', 'La constructora Andina Portland negó cualquier daño y dijo que cumple «todas las normas».', 'El ganadero insistió en que sus vacas «ya no comen».'], 'Andina Portland'],
    ['en', ['Herders in the valley have objected to the quarry for years.', 'Kestrel Mining said on Monday it would blast through the hill.', '"They never asked us," the herder said.'], 'Kestrel Mining'],
  ];
  for (const [language, paragraphs, company] of cases) {
    it(`is not the organisation: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect(speakers(language, paragraphs).at(-1)).not.toBe(company);
    });
  }
  it('still reads a body by a noun for a body, a firm or an epithet', () => {
    expect(speakers('es', ['El Sindicato de Estibadores paralizó el puerto. El paro afecta a 40 buques.', 'El gremio aseguró que la medida «seguirá hasta el viernes».']).at(-1)).toBe('Sindicato de Estibadores');
    expect(speakers('es', ['La firma Aceros del Plata S.A. cerró su planta de Campana.', 'La siderúrgica informó que la producción «se trasladará a Brasil».']).at(-1)).toBe('Aceros del Plata S.A.');
  });
});
