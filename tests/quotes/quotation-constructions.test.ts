/** Punctuation that sets off a quotation in real press writing (issue 16 item 2), and names and channels kept whole (item 4). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker, via }) => ({ kind, text, speaker, via }));

describe('colon and lead-in', () => {
  it('gives a quotation after "X fue tajante:" to X, but not to a participle opening the sentence', () => {
    expect(found(['Ferreira fue tajante: “No vamos a ceder ni un milímetro”.'])).toEqual([
      { kind: 'direct', text: 'No vamos a ceder ni un milímetro', speaker: 'Ferreira', via: null },
    ]);
    expect(found(['Preguntada por ello: “No vamos a ceder ni un milímetro”.'])[0]?.speaker).toBeNull();
  });

  it('gives the quotation opening a paragraph to the subject of a paragraph ending in a colon', () => {
    expect(found(['La consejera de Salud, Inés Vidal, llegó por la tarde:', '“Hemos venido a escuchar a los vecinos del barrio”.'])).toEqual([
      { kind: 'direct', text: 'Hemos venido a escuchar a los vecinos del barrio', speaker: 'Inés Vidal', via: null },
    ]);
  });
});

describe('dialogue dash', () => {
  it('reads both halves of a line of dialogue around the inserted verb', () => {
    expect(found(['—Este mercado es el corazón del barrio —afirmó Valcárcel—, y estará abierto todo el año.'])).toEqual([
      { kind: 'direct', text: 'Este mercado es el corazón del barrio', speaker: 'Valcárcel', via: null },
      { kind: 'direct', text: 'estará abierto todo el año.', speaker: 'Valcárcel', via: null },
    ]);
  });

  it('reads no quotation into a dashed line with no verb of saying', () => {
    expect(found(['—¿Qué opina del mercado? —preguntó la periodista.'])).toEqual([]);
  });
});

describe('quotations over paragraphs', () => {
  it('follows a «…» quotation continued by » in the next paragraph', () => {
    const statements = found(['El portavoz Luis Gil habló tras la reunión.', '«Hemos hecho historia hoy.', '»Nadie creía que lo lograríamos», explicó Gil.']);
    expect(statements.map((statement) => [statement.kind, statement.text, statement.speaker])).toEqual([
      ['direct', 'Hemos hecho historia hoy.', 'Luis Gil'],
      ['direct', 'Nadie creía que lo lograríamos', 'Luis Gil'],
    ]);
  });
});

describe('a quotation as the object of a verb of saying', () => {
  it('gives "X calificó el acuerdo de «…»" and "X alertó … sobre “…”" to X', () => {
    expect(found(['Kim Jong Un calificó el acuerdo de «un paso histórico para los dos pueblos».'])[0]).toMatchObject({
      text: 'un paso histórico para los dos pueblos', speaker: 'Kim Jong Un',
    });
    expect(found(['La Defensoría del Pueblo alertó el 13 de abril sobre “riesgos de criminalización de la protesta”.'])[0]).toMatchObject({
      text: 'riesgos de criminalización de la protesta', speaker: 'Defensoría del Pueblo',
    });
  });

  it('does not take the end of a name joined by "para" for the speaker', () => {
    expect(found(['La Oficina Especial para la Libertad de Prensa alertó sobre “riesgos de censura a los medios”.'])[0]?.speaker).not.toBe('Libertad de Prensa');
  });
});

describe('names and channels kept whole', () => {
  it('keeps a medium named as the channel and a compound surname with particles', () => {
    expect(found(['Ana Ruiz dijo en Radio Litoral que la tarifa subirá.'])).toEqual([
      { kind: 'indirect', text: 'la tarifa subirá', speaker: 'Ana Ruiz', via: 'Radio Litoral' },
    ]);
    expect(found(['La jueza María Anguita-Salcedo de la Torre y Montalbán declaró que el caso queda archivado.'])[0]?.speaker).toBe(
      'María Anguita-Salcedo de la Torre y Montalbán',
    );
  });

  it('never makes an abbreviated title an actor', () => {
    expect(found(['El Pdte. Ramos dijo que la tarifa subirá un 15 %.'])).toEqual([{ kind: 'indirect', text: 'la tarifa subirá un 15 %', speaker: 'Ramos', via: null }]);
  });
});
