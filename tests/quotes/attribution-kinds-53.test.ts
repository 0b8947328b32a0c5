/**
 * Who said it (issue 16's attribution, stop 53), by kind: the subject of a clause a closing "the company said" reports
 * is not the company; a dateline of the place alone or of a place with its province is no speaker; a place named after
 * a titled person is no person in the story; a verb's object joined to another noun phrase by "o" is no apposition
 * before its "que". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statementsOf = (paragraphs: string[], language: string) => extractStatements(articleFromParagraphs({ id: 'test', title: 'test', date: '2026-12-04', language }, paragraphs));
const speakerOf = (text: string, paragraphs: string[], language = 'es') => statementsOf(paragraphs, language).find((statement) => statement.text.includes(text))?.speaker;

describe('a closing "the company said" after a clause opened by a plain noun', () => {
  it('credits the company, not the noun that opens the clause it reports', () => {
    expect(speakerOf('Deliveries would resume', ['Northwind Freight reported a loss on Tuesday.', 'Deliveries would resume next week, the company said.'], 'en')).toBe('Company');
    expect(speakerOf('Refunds will be paid', ['Refunds will be paid within ten days, the firm said on Monday.'], 'en')).toBe('Firm');
  });

  it('still credits a one-word company named as the subject of an earlier sentence, or written again', () => {
    expect(speakerOf('plant in Ohio', ['Veltora cut 2,000 jobs on Monday.', 'The company said the plant in Ohio would open next year.'], 'en')).toBe('Veltora');
    expect(speakerOf('Veltora will close', ['Veltora will close two depots, the company said.', 'Veltora employs 900 people.'], 'en')).toBe('Veltora');
  });
});

describe('a dateline is where the story was filed, never its speaker', () => {
  it('reads past a place in capitals and a dash', () => {
    expect(speakerOf('el decreto vulnera', ['QUITO — El tribunal concluye que el decreto vulnera la Constitución.'])).not.toBe('QUITO');
    expect(speakerOf('el puerto cerrará', ['SAN JOSÉ, Costa Rica — La naviera Transmar informó que el puerto cerrará el lunes.'])).toBe('Transmar');
  });

  it('reads past a place with its province in brackets, the date and the agency', () => {
    expect(speakerOf('la planta cerrará', ['Valdivia (Los Ríos), 7 abr (EFE).- La compañía explica que la planta cerrará en mayo.'])).not.toBe('Ríos');
    expect(speakerOf('la planta cerrará', ['Osorno (Los Lagos), 7 abr (EFE).- La empresa Lácteos del Sur explica que la planta cerrará en mayo.'])).toBe('Lácteos del Sur');
  });
});

describe('a place named after a titled person', () => {
  it('never gives "explicó el cirujano" to the namesake of the hospital, nor to the hospital', () => {
    for (const paragraphs of [
      ['El paciente fue operado en el Hospital Dr. Ernesto Valdés de Chillán. «La cirugía duró seis horas», explicó el cirujano.'],
      ['La niña ingresó al Hospital Dr. Ernesto Valdés el sábado.', 'El cirujano explicó que la operación fue un éxito.'],
    ]) {
      const speaker = speakerOf(paragraphs.length > 1 ? 'la operación fue' : 'La cirugía duró', paragraphs);
      expect(speaker ?? '').not.toMatch(/Valdés|Hospital/);
    }
  });

  it('never gives "el director" to the person a school is named after', () => {
    expect(speakerOf('las clases seguirán', ['Los alumnos del Liceo Presidente Tomás Larraín marcharon el lunes.', 'El director aseguró que las clases seguirán.'])).not.toBe('Tomás Larraín');
  });

  it('still gives the surgeon to a doctor the article names as a person', () => {
    expect(speakerOf('la operación fue', ['El doctor Ernesto Valdés atendió a la niña el sábado.', 'El cirujano explicó que la operación fue un éxito.'])).toBe('Ernesto Valdés');
  });
});

describe('a noun phrase joined by "o" after the object is no apposition', () => {
  it('credits nobody with the relative clause of the other noun phrase', () => {
    const paragraphs = ['Locales como el Café Aurora, que en 2019 celebró sus 40 años, o las panaderías, que este año cumplen dos décadas, siguen abiertos en el barrio.'];
    expect(statementsOf(paragraphs, 'es')).toEqual([]);
  });

  it('still steps over an apposition to the place before the verb\'s "que"', () => {
    expect(speakerOf('la tregua se mantiene', ['El ministro Luis Prado dijo en Tiflis, la capital georgiana, que la tregua se mantiene.'])).toBe('Luis Prado');
  });
});
