/**
 * Cue kinds of issue 16, stop 59: Spanish support-verb cues with a noun-phrase object ("puso el acento en", "hizo
 * hincapié en", "ha puesto en valor", "cifró en"), reported with their verb as "exigió una auditoría" is, in the preterite
 * or perfect only; a verb of telling with a manner clause ("cuenta cómo…", "describes how…"); findings ("ha encontrado
 * que", "halló que"); and documents a court or a prosecutor writes as sources ("según la sentencia", "según consta en el
 * acta", "la denuncia de X señala que…"), where the noun is no verb ("sentencia", "denuncia") but an object clitic before
 * a verb still is ("el fiscal los acusa de…"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-03-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const reports = (sentence: string, speaker: string, words: string, language = 'es') =>
  found([sentence], language).some((statement) => statement.kind === 'indirect' && statement.speaker === speaker && statement.text.includes(words));

describe('a support-verb cue with a noun-phrase object', () => {
  const cases: Array<[string, string, string]> = [
    ['El rector Pablo Ibáñez puso el acento en la falta de financiación de las universidades públicas.', 'Pablo Ibáñez', 'puso el acento en la falta de financiación'],
    ['La jueza Ana Ruiz hizo hincapié en la gravedad de los hechos juzgados.', 'Ana Ruiz', 'hizo hincapié en la gravedad'],
    ['La ministra de Trabajo, Elena Soto, ha puesto en valor el esfuerzo de los voluntarios durante la riada.', 'Elena Soto', 'ha puesto en valor el esfuerzo'],
    ['El consejero de Hacienda, Luis Barreda, ha cifrado en 40 millones de euros el coste de la nueva depuradora.', 'Luis Barreda', 'ha cifrado en 40 millones de euros el coste'],
    ['La presidenta de la patronal, Irene Calvo, puso el énfasis en la escasez de conductores.', 'Irene Calvo', 'puso el énfasis en la escasez'],
  ];
  for (const [sentence, speaker, words] of cases) it(`reports it with its verb: ${sentence.slice(0, 60)}`, () => expect(reports(sentence, speaker, words)).toBe(true));

  it('still reports only the clause after "que"', () => {
    expect(found(['El portavoz Jorge Lema hizo hincapié en que los despidos son ilegales.'])).toContainEqual({ kind: 'indirect', text: 'los despidos son ilegales', speaker: 'Jorge Lema' });
  });

  it('reports nothing in the present, which narrates', () => {
    expect(found(['La bodega Santa Inés pone en valor sus vinos en una feria de Valladolid.'])).toEqual([]);
  });
});

describe('a verb of telling with a manner clause', () => {
  it('reports what "cuenta cómo" tells', () => {
    expect(reports('El informe de la Defensoría cuenta cómo los guardias retenían a los migrantes sin agua.', 'Defensoría', 'los guardias retenían a los migrantes')).toBe(true);
  });
  it('reports what "explained how" tells', () => {
    expect(reports('The chief engineer, Maya Lind, explained how the crew sealed the leak with a steel plate.', 'Maya Lind', 'the crew sealed the leak', 'en')).toBe(true);
  });
  it('reports no role after an unaccented "como"', () => {
    expect(found(['El concejal Andrés Mora explicó como portavoz del grupo las enmiendas.']).filter((statement) => statement.kind === 'indirect')).toEqual([]);
  });
});

describe('a finding reported with "que"', () => {
  it('credits the body that found it', () => {
    expect(reports('La Contraloría ha encontrado que tres funcionarios cobraron sueldos sin trabajar.', 'Contraloría', 'tres funcionarios cobraron sueldos')).toBe(true);
    expect(reports('El estudio de la Universidad de Cádiz halló que la mitad de las muestras tenía microplásticos.', 'Universidad de Cádiz', 'la mitad de las muestras')).toBe(true);
  });
  it('reports nothing found without "que"', () => {
    expect(found(['Los bomberos encontraron el cuerpo del montañero a mediodía.'])).toEqual([]);
  });
});

describe('a court’s or a prosecutor’s document as the source', () => {
  it('reads "según la sentencia" and "según consta en" as sources', () => {
    expect(found(['Según la sentencia, el acusado actuó con premeditación y alevosía.'])).toContainEqual(expect.objectContaining({ kind: 'indirect', text: 'el acusado actuó con premeditación y alevosía' }));
    expect(found(['Según la sentencia, el acusado actuó con premeditación y alevosía.'])[0]?.speaker).not.toBeNull();
    expect(found(['Según consta en el acta, la concejala votó en contra de la moción.'])[0]).toMatchObject({ kind: 'indirect', text: 'la concejala votó en contra de la moción' });
    expect(found(['Tal y como consta en la querella, la empresa ocultó pérdidas durante tres años.'])[0]).toMatchObject({ kind: 'indirect', text: 'la empresa ocultó pérdidas durante tres años' });
  });
  it('credits the owner of a document whose noun is spelt as a verb', () => {
    expect(reports('La denuncia de la Fiscalía señala que el alcalde cobró comisiones durante dos años.', 'Fiscalía', 'el alcalde cobró comisiones')).toBe(true);
    expect(reports('La sentencia de la Audiencia Provincial recoge que la víctima fue amenazada.', 'Audiencia Provincial', 'la víctima fue amenazada')).toBe(true);
  });
  it('keeps the verb of the same spelling after a quotation', () => {
    expect(found(['«No habrá indulto para nadie», sentencia el ministro de Justicia, Juan Lara.'])).toContainEqual({ kind: 'direct', text: 'No habrá indulto para nadie', speaker: 'Juan Lara' });
  });
});
