/**
 * A body's or a prize's name with one word changed is another body or prize: "¿Qué película ganó el Ancla de Oro?" is not
 * answered by the film that won the Ancla de Plata, nor "¿Cuánto invertirá la Diputación de Soria…?" by the town
 * council's figure (blind newcomers 30, 31 and 33: another institution, another prize). Refused with the story as a lead;
 * the name as written is answered. A person's other given name is left alone: a which-question often asks for it.
 * Articles and questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { nameChanged } from '../../src/answer/name-changed.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const film = articleFromParagraphs({ id: 'cine', title: 'El festival de Costamar entrega sus premios', date: '2026-09-28', language: 'es' }, [
  'La película chilena "Marea baja" ganó el Ancla de Plata a la mejor dirección en el festival de cine de Costamar, que cerró el sábado.',
  'El premio a la mejor actriz fue para Lucía Berrondo por su papel en "El último tranvía".',
]);
const bridge = articleFromParagraphs({ id: 'puente', title: 'Soria restaurará el puente de hierro', date: '2026-02-17', language: 'es' }, [
  'El Ayuntamiento de Soria invertirá 1,8 millones de euros en restaurar el puente de hierro sobre el Duero, anunció el alcalde.',
  'Las obras empezarán en otoño y durarán un año.',
]);
const water = articleFromParagraphs({ id: 'agua', title: 'Sube la tarifa del agua en la capital', date: '2026-03-03', language: 'es' }, [
  'El Instituto Nacional de Aguas aprobó el martes una subida del 7 % en la tarifa del agua potable para los hogares de la capital.',
]);
const yard = articleFromParagraphs({ id: 'yard', title: 'Shipyard wins a rescue loan', date: '2026-07-01', language: 'en' }, [
  'The Bank of Arden agreed to lend $40 million to the Kelby shipyard, securing about 900 jobs, the company said on Wednesday.',
]);
const ask = askOf(await libraryOf([film, bridge, water, yard]));

describe('a name with one word changed', () => {
  it('refuses another prize, body or bank, with the story as a lead', async () => {
    for (const question of [
      '¿Qué película ganó el Ancla de Oro en el festival de Costamar?',
      '¿Cuánto invertirá la Diputación de Soria en el puente de hierro?',
      '¿Qué subida de la tarifa del agua aprobó el Instituto Nacional de Electricidad?',
      'How much did the Bank of Marston agree to lend to the Kelby shipyard?',
    ]) {
      const result = await ask(question);
      expect(result.refused, question).toBe(true);
      expect(result.citations.length, question).toBeGreaterThan(0);
    }
  });

  it('answers the name as the story writes it', async () => {
    const prize = await ask('¿Qué película ganó el Ancla de Plata en el festival de Costamar?');
    expect(prize.refused).toBe(false);
    expect(firstQuote(prize)).toContain('Marea baja');
    const council = await ask('¿Cuánto invertirá el Ayuntamiento de Soria en el puente de hierro?');
    expect(council.refused).toBe(false);
    expect(firstQuote(council)).toContain('1,8 millones');
    const bank = await ask('How much did the Bank of Arden agree to lend to the shipyard?');
    expect(bank.refused).toBe(false);
    expect(firstQuote(bank)).toContain('$40 million');
  });

  it('reads one word changed in its place, not a person’s other name, a longer name or a plural', () => {
    expect(nameChanged('¿Cuánto cobra la Liga de Fútbol Sala?', ['La Liga de Baloncesto Sala cobra 300 euros.'])).toBe(true);
    expect(nameChanged('¿Qué sobrino de Carlos Ugarte heredó la finca?', ['Su sobrino Pablo Ugarte heredó la finca.'])).toBe(false);
    expect(nameChanged('¿Cuándo abrió el Museo de Bellas Artes?', ['El Museo de Artes Decorativas abrió en 1920.'])).toBe(false);
    expect(nameChanged('¿Cuántas veces ganó la Copa del Rey?', ['Ganó cuatro Copas del Rey.'])).toBe(false);
    expect(nameChanged('¿Cuánto invertirá la Diputación de Soria?', ['La Diputación de Soria invertirá 2 millones.'])).toBe(false);
  });
});
