/**
 * Requests and denials reported with a noun phrase, "que" or an infinitive (issue 16, stop 58): "pidió calma a la
 * población", "pidió al juez imponer…", "pidieron que…", "descartó nuevas evacuaciones", "solicitó diálogo"; each a
 * reported statement of its subject, the verb kept with a noun phrase (as "exigió la dimisión…" already was). What
 * only narrates a request is none: an impersonal "se les pide", a restrictive relative ("las familias que piden…"), a
 * request for oneself ("pidió no ser identificado"), asking for the floor ("pidió la palabra"), the noun "el pedido".
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const statements = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language: 'es' }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a request or a denial reported with its object', () => {
  const cases: Array<[string, string, string]> = [
    ['La gobernadora Celia Romano pidió calma a la población tras el sismo de la madrugada.', 'Celia Romano', 'calma a la población'],
    ['El director del puerto, Hernán Vidal, pidió paciencia a los camioneros mientras se repara la grúa.', 'Hernán Vidal', 'paciencia a los camioneros'],
    ['La fiscal Nora Quintana pidió al tribunal imponer una fianza de diez mil dólares al acusado.', 'Nora Quintana', 'imponer una fianza de diez mil dólares al acusado'],
    ['Tras la votación, la diputada Rosa Benítez pidió que el ministro comparezca ante la comisión.', 'Rosa Benítez', 'el ministro comparezca ante la comisión'],
    ['El sindicato CTA pidió la retirada inmediata del decreto de horarios.', 'CTA', 'la retirada inmediata del decreto de horarios'],
    ['El jefe de bomberos, Óscar Lema, descartó nuevas evacuaciones en el valle por ahora.', 'Óscar Lema', 'nuevas evacuaciones en el valle'],
    ['La consejera de Salud, Pilar Ortega, descartó la existencia de un brote en el hospital comarcal.', 'Pilar Ortega', 'la existencia de un brote en el hospital comarcal'],
    ['El presidente del gremio, Tomás Ibarra, solicitó diálogo a las autoridades antes de convocar el paro.', 'Tomás Ibarra', 'diálogo a las autoridades'],
    ['La alcaldesa Marta Lozano pidió a los vecinos que no salgan de sus casas hasta el mediodía.', 'Marta Lozano', 'no salgan de sus casas hasta el mediodía'],
  ];
  for (const [sentence, speaker, words] of cases) {
    it(`credits the subject: ${sentence.slice(0, 70)}`, () => {
      const found = statements([sentence]);
      expect(found.some((statement) => statement.kind === 'indirect' && statement.speaker === speaker && statement.text.includes(words))).toBe(true);
    });
  }
});

describe('a request that only narrates', () => {
  const cases = [
    'En la clínica se les pide a los pacientes comprar los guantes en farmacias privadas.',
    'Las familias que piden la reapertura del comedor escolar se concentraron ayer frente al ayuntamiento.',
    'Dos trabajadores de la planta, que pidieron no ser identificados, se acercaron al portón.',
    'El concejal Ramiro Sosa pidió la palabra al final de la sesión.',
    'La defensa de Ibáñez calificó el pedido fiscal como desmedido y anunció un recurso.',
  ];
  for (const sentence of cases) {
    it(`reports no request: ${sentence.slice(0, 70)}`, () => {
      const found = statements([sentence]);
      expect(found.filter((statement) => /\bp[ie]d/u.test(statement.text))).toEqual([]);
    });
  }
});

describe('a present-tense request inside a reported clause', () => {
  const cases: Array<[string, string, string]> = [
    ['El sindicato de docentes ha explicado en un comunicado que respalda el nuevo calendario, aunque pide más personal de apoyo en las aulas.', 'respalda el nuevo calendario, aunque pide más personal', 'pide más personal'],
    ['La Cámara de Comercio de Arenales afirmó que acepta la subida del peaje, pero pide que se rebaje para los repartidores.', 'acepta la subida del peaje, pero pide que', 'se rebaje para los repartidores'],
  ];
  for (const [sentence, whole, tail] of cases) {
    it(`continues the clause, no request of its own: ${sentence.slice(0, 60)}`, () => {
      const found = statements([sentence]);
      expect(found.some((statement) => statement.kind === 'indirect' && statement.text.includes(whole))).toBe(true);
      expect(found.filter((statement) => statement.text.startsWith(tail))).toEqual([]);
    });
  }
});
