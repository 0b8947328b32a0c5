/**
 * Reported speech whose source comes after the cue verb (issue 16, stop 52): an inverted subject after whom the words were
 * told, a passive report's agent, a clitic or a locution between the marker and the verb, "tal y como" closing the
 * sentence, "desde X" after a plural verb, and an English company name in -ing before "said". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker, via }) => ({ kind, text, speaker, via }));

describe('an inverted subject after whom the words were told', () => {
  it('is a bare plural group after an agency, which is the channel', () => {
    expect(found(['El nuevo centro de salud de Arroyomolinos abrirá en septiembre, según han explicado a Europa Press fuentes de la consejería de Sanidad.'])).toEqual([
      { kind: 'indirect', text: 'El nuevo centro de salud de Arroyomolinos abrirá en septiembre', speaker: 'Fuentes de la consejería de Sanidad', via: 'Europa Press' },
    ]);
  });

  it('is a bare plural group after the outlet itself, which is no channel', () => {
    expect(found(['«La fusión no supondrá ningún cierre», han asegurado a este periódico fuentes de la cooperativa.'])).toEqual([
      { kind: 'direct', text: 'La fusión no supondrá ningún cierre', speaker: 'Fuentes de la cooperativa', via: null },
    ]);
    expect(found(['Según han confirmado a este diario fuentes sindicales, la huelga se desconvocará mañana.'])).toEqual([
      { kind: 'indirect', text: 'la huelga se desconvocará mañana', speaker: 'Fuentes sindicales', via: null },
    ]);
  });

  it('is a city council named by "consistorio" after a time phrase', () => {
    expect(found(['La piscina cubierta permanecerá cerrada hasta enero, según ha comunicado este jueves el consistorio.'])).toEqual([
      { kind: 'indirect', text: 'La piscina cubierta permanecerá cerrada hasta enero', speaker: 'Consistorio', via: null },
    ]);
  });
});

describe('a channel through which it was said, between the verb and its subject', () => {
  it('is "a través de" a statement, never whom it was told', () => {
    expect(found(['La biblioteca ampliará su horario en exámenes, según ha anunciado este viernes a través de un comunicado la Universidad de Oviedo.'])).toEqual([
      { kind: 'indirect', text: 'La biblioteca ampliará su horario en exámenes', speaker: 'Universidad de Oviedo', via: 'comunicado' },
    ]);
  });
});

describe('a passive report after a source marker', () => {
  it('takes its agent after "por" as the source, closing or opening the sentence', () => {
    expect(found(['El acusado quedó en libertad con cargos, según fue informado por la fiscalía.'])).toEqual([
      { kind: 'indirect', text: 'El acusado quedó en libertad con cargos', speaker: 'Fiscalía', via: null },
    ]);
    expect(found(['Según ha sido anunciado por la alcaldía, el mercado abrirá también los domingos.'])).toEqual([
      { kind: 'indirect', text: 'el mercado abrirá también los domingos', speaker: 'Alcaldía', via: null },
    ]);
    expect(found(['De acuerdo con lo informado por el Ministerio de Trabajo, el paro bajó en 12.000 personas.'])).toEqual([
      { kind: 'indirect', text: 'el paro bajó en 12.000 personas', speaker: 'Ministerio de Trabajo', via: null },
    ]);
  });

  it('still reads "según lo informado" with no agent as no one\'s words', () => {
    expect(found(['Según lo informado, el mercado abrirá también los domingos.']).every((statement) => statement.speaker === null)).toBe(true);
  });
});

describe('a clitic or a locution between the source marker and the verb', () => {
  it('keeps the subject after "lo dio a conocer" and "lo informó"', () => {
    expect(found(['La vacunación escolar empezará el 2 de octubre, según lo dio a conocer el municipio.'])).toEqual([
      { kind: 'indirect', text: 'La vacunación escolar empezará el 2 de octubre', speaker: 'Municipio', via: null },
    ]);
    expect(found(['Según lo dio a conocer la Secretaría de Movilidad, la línea 4 cerrará por obras.'])).toEqual([
      { kind: 'indirect', text: 'la línea 4 cerrará por obras', speaker: 'Secretaría de Movilidad', via: null },
    ]);
  });
});

describe('"tal y como" and "como" closing the sentence', () => {
  it('credit the clause before the comma to the subject after the verb', () => {
    expect(found(['Los comedores escolares servirán menús sin gluten, tal y como ha explicado la concejala de Educación, Lidia Barros.'])).toEqual([
      { kind: 'indirect', text: 'Los comedores escolares servirán menús sin gluten', speaker: 'Lidia Barros', via: null },
    ]);
    expect(found(['La cabalgata saldrá a las seis de la tarde, como anunció el ayuntamiento.'])).toEqual([
      { kind: 'indirect', text: 'La cabalgata saldrá a las seis de la tarde', speaker: 'Ayuntamiento', via: null },
    ]);
  });

  it('opens the sentence as "tal como" does', () => {
    expect(found(['Tal y como ha avanzado el rector, Óscar Vilches, la matrícula bajará un 10 %.'])).toEqual([
      { kind: 'indirect', text: 'la matrícula bajará un 10 %', speaker: 'Óscar Vilches', via: null },
    ]);
  });
});

describe('a plural verb with no subject, then "desde" and where its speakers are', () => {
  it('speaks for those there, verb first or after an auxiliary', () => {
    expect(found(['Explicaron desde el ambulatorio que la consulta de pediatría se reabrirá el lunes.'])).toEqual([
      { kind: 'indirect', text: 'la consulta de pediatría se reabrirá el lunes', speaker: 'Ambulatorio', via: null },
    ]);
    expect(found(['Han señalado desde la Confederación Hidrográfica que los embalses están al 40 %.'])).toEqual([
      { kind: 'indirect', text: 'los embalses están al 40 %', speaker: 'Confederación Hidrográfica', via: null },
    ]);
  });

  it('follows whom the words were told, closing the sentence after a source marker', () => {
    expect(found(['El paseo marítimo seguirá cerrado al tráfico, según han detallado a Europa Press desde la Demarcación de Costas.'])).toEqual([
      { kind: 'indirect', text: 'El paseo marítimo seguirá cerrado al tráfico', speaker: 'Demarcación de Costas', via: 'Europa Press' },
    ]);
    expect(found(['Los trenes volverán a circular el jueves, según explicaron ayer a este diario desde la operadora.'])).toEqual([
      { kind: 'indirect', text: 'Los trenes volverán a circular el jueves', speaker: 'Operadora', via: null },
    ]);
  });

  it('is no speaker after a singular verb, whose subject is whom the article was quoting', () => {
    expect(found(['La alcaldesa, Rosa Plaza, visitó el barrio. Explicó desde el ambulatorio que la consulta se reabrirá el lunes.'])[0]).toMatchObject({ speaker: 'Rosa Plaza' });
  });
});

describe('an English one-word name in -ing before its verb of saying', () => {
  it('is the subject, not a participle opening the sentence', () => {
    expect(found(['Hawking said the new terminal would open in June.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the new terminal would open in June', speaker: 'Hawking', via: null },
    ]);
    expect(found(['Redding announced it would cut 300 jobs at its Ohio plant.'], 'en')).toEqual([
      { kind: 'indirect', text: 'it would cut 300 jobs at its Ohio plant', speaker: 'Redding', via: null },
    ]);
  });

  it('still reads a participle with its object as no name', () => {
    expect(found(['Following the vote, the mayor said the budget was balanced.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the budget was balanced', speaker: 'Mayor', via: null },
    ]);
  });
});
