/**
 * A relative clause after a place a preposition governs ("la planta ubicada al norte de Valdivia, que el año pasado generó
 * 820 gigavatios hora") tells of the noun the place phrase completes, not of the place: the sentence was set aside as
 * telling of the question's verb done by another name (Valdivia), and the company's figure in a later paragraph was
 * quoted instead (blind newcomer 27's D20: "¿Cuántas toneladas produjo El Teniente el año pasado?" quoted Codelco's 1,33
 * millones, not the mine's 356.000). Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { askedRole, doneByAnother } from '../../src/answer/roles.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const ask = askOf(
  await libraryOf([
    articleFromParagraphs({ id: 'central', title: 'Trabajadores de la central Aguas Claras inician una huelga', date: '2027-05-10', language: 'es' }, [
      'Los 300 trabajadores de la central hidroeléctrica Aguas Claras, de la estatal Enersur, iniciaron este lunes una huelga por tiempo indefinido.',
      'La paralización afecta a la planta ubicada a unos 40 kilómetros al norte de Valdivia, que el año pasado generó 820 gigavatios hora.',
      'El sindicato pide un reajuste salarial del 6 % y la empresa ofrece un 3 %.',
      'Analistas estiman que la huelga restaría unos 30 gigavatios hora a la generación anual de Enersur, que en 2026 fue de 5.100 gigavatios hora.',
    ]),
  ]),
);

describe('a relative clause after a place a preposition governs', () => {
  it('is no other doer of the asked verb: the sentence with the asked figure is quoted first', async () => {
    const result = await ask('¿Cuántos gigavatios hora generó Aguas Claras el año pasado?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('820 gigavatios hora');
  });

  it('still reads a name right before the relative, no preposition before it, as its doer', () => {
    const role = askedRole('¿Cuántos votos obtuvo Kast en Magallanes?', 'es');
    const doneBy = (sentence: string) => role !== undefined && doneByAnother(sentence, [sentence.indexOf('obtuvo')], role, () => false);
    expect(doneBy('En Magallanes ganó Gabriel Boric, que obtuvo el 70 % de los votos.')).toBe(true);
    expect(doneBy('Ganó la lista del sur de Magallanes, que obtuvo el 70 % de los votos.')).toBe(false);
  });
});
