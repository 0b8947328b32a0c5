/**
 * Attribution set off by dashes and verbs of saying led by a periphrasis (issue 16, newcomer report B17): the Spanish
 * inciso inside the quotation marks («…—afirmó X—, …»), a dash after the closing mark («…» —subrayó X), "En palabras de
 * X, «…»" / "In the words of X, “…”", and "se limitó a decir X" / "was quick to add".
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker, via }) => ({ kind, text, speaker, via }));

describe('a dash inciso inside the quotation marks', () => {
  it('credits the speaker the inciso names, as one statement holding both halves (as "“…,” she said, “…”")', () => {
    const statements = found(['«Las obras del puerto empezarán en enero —explicó el consejero de Fomento, Ramón Ortega Vidal—, y terminarán antes del verano».']);
    expect(statements).toEqual([
      { kind: 'direct', text: 'Las obras del puerto empezarán en enero —explicó el consejero de Fomento, Ramón Ortega Vidal—, y terminarán antes del verano', speaker: 'Ramón Ortega Vidal', via: null },
    ]);
  });

  it('keeps a short second half and a verb without a subject, which takes whom the article was quoting', () => {
    const statements = found(['La alcaldesa Marta Ibáñez visitó el barrio el lunes.', '«Hay que abrir el centro de salud —insistió—, ya».']);
    expect(statements).toEqual([{ kind: 'direct', text: 'Hay que abrir el centro de salud —insistió—, ya', speaker: 'Marta Ibáñez', via: null }]);
  });

  it('leaves an aside without a verb of saying inside the quotation', () => {
    const statements = found(['«Esto es —y lo repito cuantas veces haga falta— una estafa a los vecinos», dijo la concejala Lucía Prieto.']);
    expect(statements).toEqual([{ kind: 'direct', text: 'Esto es —y lo repito cuantas veces haga falta— una estafa a los vecinos', speaker: 'Lucía Prieto', via: null }]);
  });
});

describe('a dash after the closing mark', () => {
  it('credits the subject of the verb it sets off, in Spanish and English', () => {
    expect(found(['«Los embalses están al límite» —advirtió el presidente de la confederación, Joaquín Páez.'])).toEqual([
      { kind: 'direct', text: 'Los embalses están al límite', speaker: 'Joaquín Páez', via: null },
    ]);
    expect(found(['“The reservoirs are at their limit” — warned the basin authority chief, Laura Keane.'], 'en')).toEqual([
      { kind: 'direct', text: 'The reservoirs are at their limit', speaker: 'Laura Keane', via: null },
    ]);
  });

  it('still reads dialogue set off by dashes, with its channel', () => {
    const statements = found(['—La ley llegará al Congreso en marzo —señaló el secretario de Estado de Vivienda, David Lucas, en declaraciones a la Cadena COPE.']);
    expect(statements).toEqual([{ kind: 'direct', text: 'La ley llegará al Congreso en marzo', speaker: 'David Lucas', via: expect.stringMatching(/COPE$/) }]);
  });
});

describe('"in the words of" a speaker', () => {
  it('gives the quotation to the speaker named with an apposition, in Spanish and English', () => {
    expect(found(['En palabras de la directora del museo, Carmen Soler, «la colección es patrimonio de todos».'])).toEqual([
      { kind: 'direct', text: 'la colección es patrimonio de todos', speaker: 'Carmen Soler', via: null },
    ]);
    expect(found(['In the words of the museum director, Carmen Soler, “the collection belongs to everyone.”'], 'en')).toEqual([
      { kind: 'direct', text: 'the collection belongs to everyone.', speaker: 'Carmen Soler', via: null },
    ]);
  });
});

describe('a verb of saying led by a periphrasis', () => {
  it('credits a short quotation to the subject after "se limitó a decir" and "acabó reconociendo"', () => {
    expect(found(['«Ya veremos», se limitó a decir el seleccionador nacional, Luis de la Fuente.'])).toEqual([
      { kind: 'direct', text: 'Ya veremos', speaker: 'Luis de la Fuente', via: null },
    ]);
    expect(found(['«Nos equivocamos», acabó reconociendo el director del hospital, Tomás Garrido.'])).toEqual([
      { kind: 'direct', text: 'Nos equivocamos', speaker: 'Tomás Garrido', via: null },
    ]);
  });

  it('reads the reported clause after "volvió a insistir en que" and "went on to say that"', () => {
    expect(found(['La ministra Pilar Alegría volvió a insistir en que los exámenes se mantendrán en junio.'])).toContainEqual(
      { kind: 'indirect', text: 'los exámenes se mantendrán en junio', speaker: 'Pilar Alegría', via: null },
    );
    expect(found(['Senator Tammy Baldwin went on to say that the bill would reach the floor next week.'], 'en')).toContainEqual(
      { kind: 'indirect', text: 'the bill would reach the floor next week', speaker: 'Tammy Baldwin', via: null },
    );
  });

  it('credits the English "was quick to add" to the subject before it', () => {
    expect(found(['“We will appeal,” the company’s lawyer, Dana Whitfield, was quick to add.'], 'en')).toEqual([
      { kind: 'direct', text: 'We will appeal', speaker: 'Dana Whitfield', via: null },
    ]);
  });

  it('reports nothing for a verb of saying that is refused', () => {
    expect(found(['El portavoz Andrés Molina se negó a confirmar que la empresa vaya a cerrar.'])).toEqual([]);
    expect(found(['The spokesman, Andrew Mills, declined to confirm that the plant would close.'], 'en')).toEqual([]);
  });
});
