/**
 * A question naming its speaker by a role held in apposition to a name ("¿Qué prometió la gobernadora de Nariño?" where
 * the story writes "La gobernadora de Nariño, Elena Quiroz, prometió…") asks for that person, not for whoever else the
 * role's bare noun ("gobernadora") may name in the archive.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const NARINO = [
  'Nariño tendrá una vía pavimentada hasta Tumaco',
  'La gobernadora de Nariño, Elena Quiroz, prometió pavimentar la carretera hasta Tumaco antes de 2027 con 400.000 millones de pesos.',
  'Los transportadores celebraron el anuncio en Pasto.',
].join('\n\n');
const COAHUILA = [
  'Coahuila abre un hospital regional',
  '“El hospital atenderá a toda la región desde el lunes”, dijo la gobernadora Marta Villarreal durante la inauguración en Saltillo.',
  'La gobernadora explicó que la obra costó 900 millones de pesos.',
  '“Nadie se quedará sin atención”, afirmó la gobernadora Villarreal ante el personal.',
].join('\n\n');

let library: Library;
withSeedFiles('hemeroteca-asked-role-speaker-', { 'narino.txt': NARINO, 'coahuila.txt': COAHUILA }, (opened) => (library = opened));

describe('a question naming its speaker by a role', () => {
  it('is answered with what the person the story names in that role said', async () => {
    const result = await library.ask('¿Qué prometió la gobernadora de Nariño?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('prometió pavimentar la carretera hasta Tumaco');
    expect(result.answer).not.toContain('El hospital atenderá');
  });
});
