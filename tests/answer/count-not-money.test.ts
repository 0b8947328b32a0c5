/**
 * A sum of money ("pagar entre 40 y 250 dólares", "a bribe of $40 to $250") tells what something costs, not how many
 * of anything: "¿Cuántos camiones…?" is answered by the sentence that counts them, not by the one that prices the bribe
 * for one of them (newcomer 24's D5), as a share already is (count-not-share.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'camiones', title: 'Una red lleva camiones robados de Oruro a Potosí', date: '2024-03-05', language: 'es' }, [
    'Los traficantes pagan entre 40 y 250 dólares a un guardia de la frontera para que un vehículo robado en Oruro sea llevado a Potosí.',
    'Según el informe de la fiscal Irma Quispe, 87 vehículos robados en Oruro acabaron el año pasado en talleres del sur.',
  ]),
  articleFromParagraphs({ id: 'trucks', title: 'Stolen trucks from Dunmore end up in Carrick', date: '2024-05-14', language: 'en' }, [
    'Detective Ruth Agnew said smugglers pay a guard a bribe of $40 to $250 to drive a stolen truck from Dunmore across to Carrick.',
    'Her report found that 64 vehicles taken in Dunmore were driven to Carrick last year.',
  ]),
]);
const ask = askOf(library);

describe('a sum of money is no count', () => {
  it('quotes the sentence that counts, not the one that prices a bribe', async () => {
    const result = await ask('¿Cuántos camiones robados en Oruro fueron llevados a Potosí?');
    expect(result.citations[0]?.excerpt).toContain('87 vehículos');
  });

  it('does the same for a sum written with a currency sign', async () => {
    const result = await ask('How many stolen trucks from Dunmore were driven to Carrick?');
    expect(result.citations[0]?.excerpt).toContain('64 vehicles');
  });

  it('still answers a question that asks how many of the currency', async () => {
    const result = await ask('¿Cuántos dólares pagan los traficantes al guardia?');
    expect(result.citations[0]?.excerpt).toContain('entre 40 y 250 dólares');
  });
});
