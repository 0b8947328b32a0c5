/**
 * The one a question says something was said or promised to is not its speaker: "¿Qué le prometió la ministra peruana
 * a Lasa en el astillero?" asks for the minister's words, not Lasa's, and a story whose headline tells of Lasa
 * promising something to the minister ("Pedro Lasa promete a Ana Ruiz…") holds the question's words in the other roles.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const LETTERS = [
  'Pedro Lasa promete a Ana Ruiz una alianza portuaria duradera',
  'El alcalde Pedro Lasa y la ministra peruana Ana Ruiz intercambiaron cartas el lunes en las que se comprometen a ampliar el muelle.',
  '“La alianza seguirá creciendo”, dijo Lasa en la carta.',
].join('\n\n');
const VISIT = [
  'Tumbes y Lima estrechan sus relaciones',
  'Lasa viajó al norte del país en marzo y visitó el astillero de Zorritos, donde Ruiz prometió ayudarle a construir dos dragas.',
  '“Tumbes tendrá su puerto”, afirmó la ministra Ana Ruiz durante la visita.',
  'Los pescadores de la zona celebraron el anuncio.',
].join('\n\n');

let library: Library;
withSeedFiles('hemeroteca-addressee-', { 'cartas.txt': LETTERS, 'visita.txt': VISIT }, (opened) => (library = opened));

describe('a question naming whom something was promised to', () => {
  it('is answered with what was promised to them there, not with what they promised', async () => {
    const result = await library.ask('¿Qué le prometió la ministra peruana a Lasa en el astillero?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('donde Ruiz prometió ayudarle a construir dos dragas');
    expect(result.answer).not.toContain('intercambiaron cartas');
  });
});
