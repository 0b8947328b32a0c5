/**
 * The view a source marker gives (issue 16, stop 60): "Para X, …", "Según X, …", "A juicio de X, …", "According to X, …"
 * and the relative "…, para quien …". A quotation inside the view is the source's words, even where a verb inside it
 * has a subject that names nobody ("el informe demuestra que…"), and so is a fragment of two or three words; a relative
 * set inside the sentence's subject gives only its own clause, not the main verb's; "A juicio del perito" takes the
 * role the article gave someone, as "según el perito" does; an apposition describing the source (an article and a role,
 * an age) or an affiliation after a closing source is never part of the view. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-03-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a quotation inside a view whose own verb has a subject that names nobody', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Para la economista Lucía Ferrán, investigadora del Centro de Estudios Andinos, el acuerdo confirma que la inflación «seguirá alta durante meses».', 'es', 'Lucía Ferrán', 'seguirá alta durante meses'],
    ['Según la bióloga Marta Quiroga, el informe demuestra que los corales «se están muriendo» en la bahía.', 'es', 'Marta Quiroga', 'se están muriendo'],
    ['According to economist Dana Whitfield, a senior fellow at the Corbin Center, the survey shows that growth "is slowing fast."', 'en', 'Dana Whitfield', 'is slowing fast.'],
  ];
  for (const [sentence, language, speaker, words] of cases) {
    it(`is the source's: ${sentence.slice(0, 50)}`, () => {
      const statements = found([sentence], language);
      expect(statements).toContainEqual({ kind: 'direct', text: words, speaker });
      // The inner clause is the view's, not a second statement credited to nobody.
      expect(statements.filter((statement) => statement.speaker === null)).toEqual([]);
    });
  }
});

describe('a short fragment quoted inside a view', () => {
  it('is the source’s words after a closing source too', () => {
    expect(found(['La ampliación del puerto llega «demasiado tarde», según la alcaldesa.'], 'es')).toContainEqual({ kind: 'direct', text: 'demasiado tarde', speaker: 'Alcaldesa' });
  });

  it('is the source’s words in Spanish and English', () => {
    expect(found(['Para el alcalde, la reforma llega «demasiado tarde».'], 'es')).toContainEqual({ kind: 'direct', text: 'demasiado tarde', speaker: 'Alcalde' });
    expect(found(['According to the mayor, the repairs came "far too late."'], 'en')).toContainEqual({ kind: 'direct', text: 'far too late.', speaker: 'Mayor' });
  });

  it('leaves the view of unowned data reported, credited to nobody', () => {
    expect(found(['Según cifras oficiales, la matrícula cayó un 6 % en cinco años.'], 'es')).toEqual([{ kind: 'indirect', text: 'la matrícula cayó un 6 % en cinco años', speaker: null }]);
  });

  it('is no statement when it is one word or a nickname', () => {
    expect(found(['Para el entrenador, el partido fue «duro».'], 'es').filter((statement) => statement.kind === 'direct')).toEqual([]);
    expect(found(['Para la jueza, el acusado es «El Flaco».'], 'es').filter((statement) => statement.kind === 'direct')).toEqual([]);
  });
});

describe('a relative source inside the sentence’s subject', () => {
  it('gives its own clause and fragment, not the main verb’s predicate', () => {
    const statements = found(['El pescador Aurelio Mena, para quien la veda llegó «demasiado tarde», lleva treinta años en el puerto.'], 'es');
    expect(statements).toContainEqual({ kind: 'indirect', text: 'la veda llegó «demasiado tarde»', speaker: 'Aurelio Mena' });
    expect(statements).toContainEqual({ kind: 'direct', text: 'demasiado tarde', speaker: 'Aurelio Mena' });
  });

  it('runs to the sentence’s end after a verb’s subject', () => {
    expect(found(['Lo explicó el perito Ángel Soto, para quien el puente «no resistirá otro invierno».'], 'es')).toContainEqual({ kind: 'indirect', text: 'el puente «no resistirá otro invierno»', speaker: 'Ángel Soto' });
  });
});

describe('a view’s locution with "del" before a role the article gave someone', () => {
  it('is that person’s view, as "según el" is', () => {
    const statements = found(['El perito Anselmo Vidal inspeccionó el puente el lunes. A juicio del perito, la estructura aguantará «dos inviernos más como mucho».'], 'es');
    expect(statements).toContainEqual({ kind: 'indirect', text: 'la estructura aguantará «dos inviernos más como mucho»', speaker: 'Anselmo Vidal' });
    expect(statements).toContainEqual({ kind: 'direct', text: 'dos inviernos más como mucho', speaker: 'Anselmo Vidal' });
  });
});

describe('an apposition describing the source', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Según Marta Ruiz, la directora del observatorio, la sequía no tiene precedentes recientes.', 'es', 'Marta Ruiz', 'la sequía no tiene precedentes recientes'],
    ['Para Ana Gil, de 34 años, la ayuda del ayuntamiento llegó demasiado tarde.', 'es', 'Ana Gil', 'la ayuda del ayuntamiento llegó demasiado tarde'],
    ['According to Ann Cole, the city’s chief engineer, the bridge is safe for now.', 'en', 'Ann Cole', 'the bridge is safe for now'],
    ['According to Ann Cole, 52, the bridge is safe for now and will reopen.', 'en', 'Ann Cole', 'the bridge is safe for now and will reopen'],
  ];
  for (const [sentence, language, speaker, words] of cases) {
    it(`is no part of the view: ${sentence.slice(0, 45)}`, () => {
      expect(found([sentence], language)).toEqual([{ kind: 'indirect', text: words, speaker }]);
    });
  }

  it('is no part of the view when an affiliation follows a closing source', () => {
    expect(found(['La obra costará el doble, según el perito Ramón Ortiz, del colegio de ingenieros.'], 'es')).toEqual([{ kind: 'indirect', text: 'La obra costará el doble', speaker: 'Ramón Ortiz' }]);
  });
});
