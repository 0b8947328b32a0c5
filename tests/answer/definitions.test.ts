/**
 * "¿Qué es la JEP?", "What is the RWB?": a question asking what something is is answered by the sentence that says it,
 * an apposition ("la JEP, Jurisdicción Especial para la Paz,"), a parenthesised long or short form ("La Jurisdicción
 * Especial para la Paz (JEP)") or a copula ("El RWB es el organismo que…"), not by the sentence that names it most
 * (blind newcomer 21's D12). Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { definedSubject } from '../../src/answer/definition.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'tribunal', title: 'La JEP cita a tres exgenerales del Ejército', date: '2025-03-04', language: 'es' }, [
    'La JEP citó este martes a tres exgenerales para que rindan cuentas ante la JEP por los falsos positivos, informó la JEP.',
    'Los tres deberán comparecer en abril en Bogotá, según el auto conocido este martes.',
    'La Jurisdicción Especial para la Paz (JEP), creada por el acuerdo de paz de 2016, juzga los crímenes cometidos durante el conflicto armado.',
  ]),
  articleFromParagraphs({ id: 'operacion', title: 'La Operación Nube, a juicio', date: '2025-03-05', language: 'es' }, [
    'La Operación Nube y la Operación Nube II serán investigadas por la JEP, que abrirá el caso de la Operación Nube en mayo.',
    'El desalojo de las veredas del valle del Lobo, en marzo de 2003, llamado Operación Nube, dejó cientos de familias desplazadas.',
  ]),
  articleFromParagraphs({ id: 'water', title: 'The RWB warns of a dry summer', date: '2025-06-02', language: 'en' }, [
    'The RWB said on Monday that the RWB reservoirs would stay below half their capacity, and the RWB asked farmers to save water.',
    'Farmers in three districts will have their irrigation cut from July.',
    'The RWB is the public body that manages the reservoirs and canals of the Lowland valley.',
  ]),
]);
const ask = askOf(library);

describe('what-is questions', () => {
  it('are told from questions about something else', () => {
    expect(definedSubject('¿Qué es la JEP?', 'es')).toBe('JEP');
    expect(definedSubject('What does the RWB stand for?', 'en')).toBe('RWB');
    expect(definedSubject('¿Qué es lo que pidió la fiscalía?', 'es')).toBeUndefined();
    expect(definedSubject('¿Qué es la empresa que compró el puerto?', 'es')).toBeUndefined();
  });

  it('quote the sentence that gives the long form of an acronym', async () => {
    const result = await ask('¿Qué es la JEP?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('Jurisdicción Especial para la Paz');
  });

  it('quote the sentence that names it after what it was', async () => {
    const result = await ask('¿Qué fue la Operación Nube?');
    expect(result.answer).toContain('El desalojo de las veredas');
  });

  it('quote the sentence that says what it is with a copula', async () => {
    const result = await ask('What is the RWB?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('the public body that manages');
  });

  it('keep quoting the sentence that answers another question about it', async () => {
    const result = await ask('¿Cuándo deberán comparecer los exgenerales ante la JEP?');
    expect(result.answer).toContain('en abril');
  });
});
