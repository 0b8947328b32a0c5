/**
 * Roles given in an object's apposition, roles after a group noun, clauses of a noun of belief, and Italian "che"
 * (issue 16): "se encontrou com o ministro da Defesa, general X" names the minister for "o ministro da Defesa afirmou";
 * "confirma los temores del Gobierno de que…" reports nobody's words; "Meteo.it comunica che…" reports.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook, extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const article = (paragraphs: string[], language: string) => articleFromParagraphs({ id: `roles-${language}`, title: 'Teste', date: '2024-01-01', language }, paragraphs);
const statements = (paragraphs: string[], language: string) => extractStatements(article(paragraphs, language)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a role given in apposition to an object', () => {
  it('names the person for the role later, with a title of the person’s own or none, in Portuguese and Spanish', () => {
    const pt = ['Luiz Fux se encontrou com o ministro da Defesa, general Paulo Nogueira.', 'O ministro da Defesa afirmou que as tropas estão prontas.'];
    expect(statements(pt, 'pt')).toEqual([{ kind: 'indirect', text: 'as tropas estão prontas', speaker: 'Paulo Nogueira' }]);
    const es = ['Luiz Fux se reunió con el ministro de Defensa, Paulo Nogueira.', 'El ministro de Defensa afirmó que las tropas están listas.'];
    expect(statements(es, 'es')).toEqual([{ kind: 'indirect', text: 'las tropas están listas', speaker: 'Paulo Nogueira' }]);
  });

  it('finds the person by the role on /quote', () => {
    const book = createQuoteBook(buildQuoteData([article(['Luiz Fux se encontrou com o ministro da Defesa, general Paulo Nogueira.', 'O ministro da Defesa afirmou que as tropas estão prontas.'], 'pt')]));
    expect(book.lookup('o ministro da Defesa')).toMatchObject({ actor: 'Paulo Nogueira' });
  });

  it('reads a group noun before a role noun as the role’s modifier ("the defense minister")', () => {
    expect(statements(['Judge Ana Lima met Defense Minister Paulo Nogueira on Monday.', 'The defense minister said the troops were ready.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the troops were ready', speaker: 'Paulo Nogueira' },
    ]);
  });
});

describe('clauses that are not the verb’s', () => {
  it('reads "de que" after a noun object that names another owner as the noun’s clause, and else as the verb’s', () => {
    expect(statements(['El estudio de la Cámara confirma los temores del Gobierno de que la inflación seguirá alta.'], 'es')).toEqual([]);
    expect(statements(['La senadora Ana Ruiz reiteró su advertencia de que el plan elevaría los impuestos.'], 'es')).toEqual([
      { kind: 'indirect', text: 'el plan elevaría los impuestos', speaker: 'Ana Ruiz' },
    ]);
    expect(statements(['El ministro Juan Pérez informó a la prensa de que la inflación seguirá alta.', 'El ministro Juan Pérez advirtió de que los precios subirán.'], 'es')).toEqual([
      { kind: 'indirect', text: 'la inflación seguirá alta', speaker: 'Juan Pérez' },
      { kind: 'indirect', text: 'los precios subirán', speaker: 'Juan Pérez' },
    ]);
  });

  it('reads Italian "che" after a verb of saying as the reported clause', () => {
    expect(statements(['La perturbazione colpirà il Sud. Meteo.it comunica che nel pomeriggio il tempo peggiorerà su Marche e Lazio.'], 'it')).toEqual([
      { kind: 'indirect', text: 'nel pomeriggio il tempo peggiorerà su Marche e Lazio', speaker: 'Meteo.it' },
    ]);
  });
});
