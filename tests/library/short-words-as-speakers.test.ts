/**
 * A word of three letters or fewer one edit from a word of a speaker's name is no misspelling of it: typed in lower
 * case it is an acronym as often ("ibi", the IBI tax, is not the "III" of "Juzgado Penal número III"). /quote offers
 * that speaker, never takes it; and /ask, asked what someone said about such a word, looks for the one asked about
 * (newcomer 30: "¿Qué dijo la alcaldesa sobre el IBI?" was read as a question about the court's words and refused flat).
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const PLENO = [
  'El pleno de Villalba aprueba las cuentas de 2027',
  'La alcaldesa, Carmen Ortiz, defendió durante media hora un presupuesto que, a su juicio, mira a los barrios del norte.',
  'Ortiz detalló que la nueva biblioteca costará 1,2 millones. Ella misma aseguró que no habrá subida del IBI durante el próximo año.',
].join('\n\n');

const JUZGADO = [
  'Condenado a dos años el conductor que huyó tras el atropello',
  'Según el Juzgado Penal número III de Villalba, el conductor circulaba a más de cien kilómetros por hora cuando atropelló al ciclista.',
].join('\n\n');

let library: Library;
withSeedFiles('hemeroteca-short-words-', { 'pleno.txt': PLENO, 'juzgado.txt': JUZGADO }, (opened) => (library = opened));

describe('a short word one edit from a word of a name', () => {
  it('is offered in /quote, never taken', () => {
    const result = library.quote('ibi');
    expect(result.actor).toBeNull();
    expect(result.suggestions).toContain('Juzgado Penal número III de Villalba');
    expect(library.quote('Juzgado Penal número III').actor).toBe('Juzgado Penal número III de Villalba');
  });

  it('is the topic of a question about what someone said, not its speaker', async () => {
    const result = await library.ask('¿Qué dijo la alcaldesa sobre el IBI?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('no habrá subida del IBI');
  });
});
