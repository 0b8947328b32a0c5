/**
 * Spanish cue shapes (issue 16, stop 56): a request or order as reported speech ("exigió a X que…", "instó a X a…",
 * "recomendó a X no…"), an aside between the verb and its "en que", and a mixed quotation after a work's noun that is
 * said of the work, not its title. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => [kind, text, speaker]);

describe('requests and orders as reported speech', () => {
  it('reports what "reclamó/exigió/solicitó a X que…" asks for', () => {
    expect(found([
      'El productor Raúl Ciria Mur reclamó a la consejería que mantenga las ayudas al cine.',
      'La concejala Ana Belén Roca exigió al Ayuntamiento que publique las facturas del festival.',
      'El abogado Joaquín Pardo Villa solicitó al juez que suspenda la subasta hasta enero.',
    ])).toEqual([
      ['indirect', 'mantenga las ayudas al cine', 'Raúl Ciria Mur'],
      ['indirect', 'publique las facturas del festival', 'Ana Belén Roca'],
      ['indirect', 'suspenda la subasta hasta enero', 'Joaquín Pardo Villa'],
    ]);
  });

  it('reports the infinitive a request or order asks of someone, with its "no", without the verb\'s own "a"', () => {
    expect(found([
      'La alcaldesa Marisa Ortuño Gil rogó a los vecinos no acercarse a la ribera mientras dure la crecida.',
      'El sindicato de médicos instó a la consejería a contratar cuarenta pediatras antes del invierno.',
      'La directora del colegio, Sonia Prieto, recomendó a las familias vacunar a los niños esta semana.',
      'Ortuño exigió a los conductores respetar el límite en la carretera del puerto.',
      'El comité de empresa instó a revisar los turnos de noche.',
    ]).filter(([kind]) => kind === 'indirect').map(([, text]) => text)).toEqual([
      'no acercarse a la ribera mientras dure la crecida',
      'contratar cuarenta pediatras antes del invierno',
      'vacunar a los niños esta semana',
      'respetar el límite en la carretera del puerto',
      'revisar los turnos de noche',
    ]);
  });

  it('reports nothing for a bare infinitive a request keeps for its subject, a relative after its object, or a verb of the same stem', () => {
    expect(found([
      'Dos funcionarios del puerto solicitaron no ser identificados.',
      'La empresa instaló a los técnicos en el hotel del puerto.',
    ])).toEqual([]);
    // The demand is its noun phrase (stop 58), never the relative on its object.
    const demanded = found(['El delegado Tomás Gaitán Rey exigió paciencia a la afición, que abucheó al equipo durante todo el partido.']);
    expect(demanded.map(([, text]) => text)).toEqual(['exigió paciencia a la afición']);
  });
});

describe('asides and mixed quotations', () => {
  it('steps over an aside between the verb and its "en que"', () => {
    expect(found([
      'El productor Raúl Ciria Mur insistió, ya fuera de la sala, en que el cine pequeño necesita salas pequeñas.',
    ])).toEqual([['indirect', 'el cine pequeño necesita salas pequeñas', 'Raúl Ciria Mur']]);
  });

  it('reads words in lower case quoted after a work\'s noun as the speaker\'s, a title with a capital still as none', () => {
    const statements = found([
      'La directora Itziar Goñi Larrea sostuvo que su documental «no es un homenaje, es una denuncia» y defendió a los archiveros.',
      'La crítica Aurora Vidal Peña afirmó que la película «Los años del agua» fue la mejor del certamen.',
    ]);
    expect(statements.filter(([kind]) => kind === 'direct')).toEqual([['direct', 'no es un homenaje, es una denuncia', 'Itziar Goñi Larrea']]);
  });
});
