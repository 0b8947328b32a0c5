/**
 * A why-question's answer is the sentence that gives the cause by a causal locution with "por" or "for" ("por la falta
 * de médicos", "por desacuerdos con la junta", "citing health reasons"), not the lead that only states the fact in the
 * question's words (blind newcomer 37's kind: the topical sentence quoted first, the one that answers relegated to "Ver
 * también"). Articles and questions written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';
import { firstQuote } from '../support/first-quote.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'hospital', title: 'Renuncia el director del Hospital del Norte', date: '2026-10-12', language: 'es' }, [
    'ASUNCIÓN, 12 de octubre de 2026.- El director del Hospital del Norte, Ramiro Benítez, presentó este lunes su renuncia al Ministerio de Salud.',
    'Es el segundo director que deja el hospital en lo que va de año, tras la salida de Estela Gaona en marzo.',
    'Benítez dimitió por la falta de médicos de guardia y los recortes del presupuesto, que a su juicio hacían imposible atender las urgencias.',
  ]),
  articleFromParagraphs({ id: 'museo', title: 'La directora del Museo del Mar deja el cargo', date: '2026-09-01', language: 'es' }, [
    'VIGO, 1 de septiembre de 2026.- La directora del Museo del Mar, Iria Barreiro, abandonó el cargo este lunes tras seis años al frente.',
    'Barreiro se marchó por desacuerdos con el patronato sobre la ampliación del edificio.',
  ]),
  articleFromParagraphs({ id: 'club', title: 'Harlow Town chairman steps down', date: '2026-03-09', language: 'en' }, [
    'HARLOW, 9 March 2026 - Harlow Town chairman Derek Mayhew resigned on Monday, two days before the club’s annual meeting.',
    'Mayhew, 71, left citing health reasons and will be replaced by his deputy until the summer.',
  ]),
]);

const ask = askOf(library);

describe('a cause given by a locution with por or for', () => {
  it('is quoted first for "por la falta de"', async () => {
    expect(firstQuote(await ask('¿Por qué renunció Ramiro Benítez?'))).toContain('falta de médicos');
  });

  it('is quoted first for "por desacuerdos con"', async () => {
    expect(firstQuote(await ask('¿Por qué abandonó el cargo Iria Barreiro?'))).toContain('desacuerdos con el patronato');
  });

  it('is quoted first for "citing health reasons"', async () => {
    expect(firstQuote(await ask('Why did Derek Mayhew resign?'))).toContain('health reasons');
  });
});
