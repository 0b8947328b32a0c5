/**
 * A question about what a capital says ("¿De qué acusa Lisboa a Rabat?"): the quote rules read the capital as its
 * country, and the words of the speakers described by the capital ("Funcionarios de Lisboa y Roma") answer it as
 * the country's own would, rather than being set aside as someone else's.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const PESCA = [
  'Rabat y Lisboa han intensificado sus contactos diplomáticos en los últimos meses',
  'Rabat y Lisboa han intensificado cada vez más sus contactos diplomáticos y comerciales, con visitas de ministros y delegaciones.',
  'Funcionarios de Lisboa y Roma han acusado a Marruecos de permitir la pesca ilegal de atún en aguas protegidas a cambio de licencias.',
  'Marruecos ha negado las acusaciones y asegura que vigila sus costas.',
].join('\n\n');
const PORTUGAL = [
  'Portugal acusa a Marruecos en la cumbre de pesca',
  'Portugal ha acusado a Marruecos de ignorar las cuotas pesqueras acordadas en 2021, según un comunicado del Gobierno portugués.',
  'La cumbre de pesca reunió a catorce delegaciones en Oporto durante tres días.',
].join('\n\n');

let library: Library;
withSeedFiles('hemeroteca-asked-capital-', { 'pesca.txt': PESCA, 'portugal.txt': PORTUGAL }, (opened) => (library = opened));

describe('a question about what a capital says', () => {
  it('is answered with the words of the speakers the capital describes, not with a sentence that only names it', async () => {
    const result = await library.ask('¿De qué acusa Lisboa a Rabat?');
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/han acusado a Marruecos de permitir la pesca ilegal|ha acusado a Marruecos de ignorar/u);
    expect(result.answer).not.toContain('han intensificado');
  });
});
