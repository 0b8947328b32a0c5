/**
 * A story names an organisation in full once, with its acronym in parentheses, and by the acronym after that: a question
 * writing the long form finds the sentence that writes the acronym, and the reverse (acronyms.ts; blind newcomer 21's
 * D4: "¿Quién es el titular del Ministerio de Energía y Minas…?" beside "dijo el titular del MEM, Alberto Pimentel").
 * Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { acronymReadings, definedAcronyms } from '../../src/answer/acronyms.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'aguas', title: 'El embalse de Riolobo sigue bajo mínimos', date: '2025-06-10', language: 'es' }, [
    'Las previsiones del Instituto Regional de Aguas (IRA) apuntan a que el embalse de Riolobo seguirá por debajo de la mitad de su capacidad todo el verano.',
    'La sequía obliga a limitar el riego en tres comarcas desde julio.',
    '“No habrá cortes en el suministro doméstico”, aseguró la directora del IRA, Marta Solís, en una rueda de prensa.',
  ]),
  articleFromParagraphs({ id: 'puerto', title: 'El puerto estrena grúas', date: '2025-06-11', language: 'es' }, [
    'La Autoridad Portuaria de Valdemar recibió ayer las dos primeras grúas eléctricas del muelle norte.',
    'El presidente de la Autoridad Portuaria de Valdemar (APV), Luis Ortega, calculó que moverán 40.000 contenedores al año.',
  ]),
]);
const ask = askOf(library);

describe('acronyms a story defines', () => {
  it('are read from a long form whose capitalised words spell them, and only then', () => {
    expect(definedAcronyms('Según el Instituto Regional de Aguas (IRA), no lloverá. Lo contó Ana Gil (EFE).')).toEqual([{ long: 'Instituto Regional de Aguas', acronym: 'IRA' }]);
  });

  it('give the question written with the other form', () => {
    const texts = ['Las previsiones del Instituto Regional de Aguas (IRA) apuntan…'];
    expect(acronymReadings('¿Quién dirige el instituto regional de aguas?', texts).map((reading) => reading.text)).toEqual(['¿Quién dirige el IRA?']);
    expect(acronymReadings('¿Qué prevé el IRA?', texts).map((reading) => reading.text)).toEqual(['¿Qué prevé el Instituto Regional de Aguas?']);
  });

  it('let a question naming the organisation in full find the sentence that names it by its acronym', async () => {
    const result = await ask('¿Quién es la directora del Instituto Regional de Aguas?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('Marta Solís');
  });

  it('let a question naming it by its acronym find the sentence that names it in full', async () => {
    const result = await ask('¿Cuántas grúas recibió la APV?');
    expect(result.citations[0]?.excerpt).toContain('las dos primeras grúas');
  });
});
