/**
 * Speakers of stop 55's kinds (issue 16), each on sentences of our own, Spanish and English: a person named with the
 * institution they belong to, before or after the name, or with a relative clause between the name and the verb.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)).map((statement) => statement.speaker);

describe('a person named with the institution they belong to', () => {
  const cases: Array<[string, string, string]> = [
    ['en', 'Hydrologist Ana Ferris, from the University of Leeds, who was not involved in the research, said the wells were too deep.', 'Ana Ferris'],
    ['en', 'Victor Moreau of the Institute for Fiscal Studies argued that the cuts would hurt the poorest families.', 'Victor Moreau'],
    ['en', 'Economist Laura Kent, of the Resolution Foundation, said wages had stalled for a decade.', 'Laura Kent'],
    ['en', 'Cabinet member for housing Cllr Helen Marsh said the estate would be rebuilt by 2028.', 'Helen Marsh'],
    ['en', 'Geologist Tom Reyes, who teaches at Boise State University, warned that the slope could give way.', 'Tom Reyes'],
    ['en', 'County Commissioner Janet Holt, whose district includes Riverside, said she had asked for more nurses.', 'Janet Holt'],
    ['es', 'El politólogo de la Universidad de Concepción Ignacio Ferrada sostuvo que la abstención creció en la costa.', 'Ignacio Ferrada'],
    ['es', 'La economista del Banco Santander Marta Quiroga advirtió que la inflación repuntará en marzo.', 'Marta Quiroga'],
    ['es', 'El concejal del Frente Amplio Fernando Costa dijo que la intendencia ocultó los datos.', 'Fernando Costa'],
    ['es', 'Pedro Salas, de la Universidad de Chile, explicó que el glaciar retrocede cada verano.', 'Pedro Salas'],
    ['es', 'La investigadora Lucía Ortega, quien trabaja en el Instituto Humboldt, afirmó que el manglar se recupera.', 'Lucía Ortega'],
    ['es', 'El edil de la Alianza Cívica Fernando Costa sostuvo en la sesión que la intendencia guardó los datos.', 'Fernando Costa'],
    ['es', 'Según la socióloga del Instituto de Estudios Peruanos Carmen Vidal, la migración se duplicó.', 'Carmen Vidal'],
  ];
  for (const [language, sentence, speaker] of cases) {
    it(`is the speaker, the institution their affiliation: ${sentence.slice(0, 60)}`, () => {
      expect(speakers(language, [sentence])).toEqual([speaker]);
    });
  }
});

describe('a body named after a title, with no person after it', () => {
  const cases: Array<[string, string]> = [
    ['El director del Servicio Meteorológico Nacional dijo que lloverá toda la semana.', 'Director del Servicio Meteorológico Nacional'],
    ['El presidente del Tribunal Supremo Electoral aseguró que no hubo fraude.', 'Presidente del Tribunal Supremo Electoral'],
    ['La directora del Instituto de Ciencias Marinas advirtió que el coral se blanquea.', 'Directora del Instituto de Ciencias Marinas'],
  ];
  for (const [sentence, speaker] of cases) {
    it(`leaves the body's last words no person: ${sentence.slice(0, 60)}`, () => {
      expect(speakers('es', [sentence])).toEqual([speaker]);
    });
  }
});

describe('places after a plural noun', () => {
  it('are no person, so an interview lead still names one interviewee', () => {
    const found = speakers('es', [
      'La doctora Marta Ibáñez Soler dirige desde 2015 el Observatorio Vulcanológico del Sur.',
      'Geóloga formada en Lima y en Quito, lleva 20 años subiendo a los cráteres de Cerro Quimsa Chico. Conversamos con ella en su despacho.',
      '—¿Qué vieron en la última campaña?',
      '—Una columna de gas que no esperábamos. El volcán está más activo que hace un año.',
      '—¿Hay riesgo para los pueblos?',
      '—Por ahora no, pero pedimos que se revise el plan de evacuación.',
    ]);
    expect(found).toEqual(['Marta Ibáñez Soler', 'Marta Ibáñez Soler']);
  });
});

describe('holders of a role named after its plural', () => {
  it('keep the body out of the person\'s name ("los miembros del Consejo Superior Rodrigo Vial")', () => {
    expect(speakers('es', ['Encabezan la mesa los miembros del Consejo Superior Rodrigo Vial, rector de la universidad, y Julia Sáez.', 'La reforma es urgente, afirmó Vial.'])).toEqual(['Rodrigo Vial']);
  });
});
