/**
 * A how-much question that counts no noun ("¿A cuánto ascendería la fianza de Ana Soto?") asks for the figure of what it
 * names besides its names (an eighteenth newcomer's D4): a sentence of the story that gives a figure beside "fianza"
 * answers it, not one that gives another figure ("condenado a 30 años") beside the name alone. Articles written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'juicio', title: '¿Qué papel tendrá el contable Ruiz en el juicio contra Ana Soto?', date: '2025-02-11', language: 'es' }, [
    'El contable Pedro Ruiz, condenado a 30 años de prisión por lavado de dinero, fue vinculado con Ana María Soto en 2021, cuando se desarrollaba el juicio contra su hermano.',
    'La defensa de la exministra prepara su libertad bajo fianza mientras espera el juicio.',
    'Los abogados de Soto confirmaron que el dinero ya fue reunido por sus familiares.',
    'Dicha fianza rondaría los dos millones de dólares, según la defensa.',
  ]),
]);
const ask = askOf(library);

describe('a how-much question that counts no noun', () => {
  it('quotes the figure given beside what it asks of, not another figure beside the name', async () => {
    const result = await ask('¿A cuánto ascendería la fianza de Ana María Soto?');
    expect(result.answer).toContain('dos millones de dólares');
    expect(result.answer).not.toContain('30 años');
  });
});
