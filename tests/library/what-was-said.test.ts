/**
 * "¿Qué dijo X?" / "What did X say?" asks for X's statements (issue 15, answer types): /ask quotes a
 * sentence the quote rules attribute to X, not one where someone else speaks about X with the same verb.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const TITLE = 'La alcaldesa y el gremio discuten el cierre del puerto de Valdemar';
// Ruiz speaks about Gil first, with the very verb the question uses; Gil's own words come later.
const BODY = [
  'El presidente del gremio de estibadores, Tomás Ruiz, dijo que la alcaldesa Marta Gil había ignorado durante meses las quejas del puerto. Ruiz dijo que Gil no había contestado a ninguna carta.',
  'Las obras de dragado obligarán a cerrar los muelles de carga durante tres semanas, según el calendario municipal.',
  'En una rueda de prensa en el ayuntamiento, ante concejales, navieras y vecinos del barrio marítimo, la alcaldesa habló del dragado y de las ayudas previstas para el sector. “Nadie perderá su empleo durante las obras y pagaremos las horas perdidas”, dijo Gil.',
  'Los estibadores votarán el jueves si aceptan el calendario propuesto por el ayuntamiento.',
];

let library: Library;
withSeedFiles('hemeroteca-said-', { 'puerto.txt': [TITLE, ...BODY].join('\n\n') }, (opened) => (library = opened));

describe('a question about what someone said', () => {
  it.each(['¿Qué dijo Marta Gil?', '¿Qué dijo Gil?', '¿que dijo gil?', '¿Qué ha dicho la alcaldesa Gil?'])('%s quotes her statement first, not what was said about her', async (question) => {
    const result = await library.ask(question);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('Nadie perderá su empleo');
  });

  it('quotes the other speaker when asked about him', async () => {
    const result = await library.ask('¿Qué dijo Tomás Ruiz?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('había ignorado durante meses');
  });

  it('in English, across languages, quotes her statement too', async () => {
    const result = await library.ask('What did Marta Gil say?');
    expect(result.citations[0]?.excerpt).toContain('Nadie perderá su empleo');
  });
});

describe('a question about what someone said, among other people saying things', () => {
  let other: Library;
  withSeedFiles(
    'hemeroteca-said-others-',
    {
      'biblioteca.txt': ['La biblioteca abrirá en verano', '“Vamos a abrir la biblioteca en julio”, afirmó la concejala de Cultura, Ane Lasa.'].join('\n\n'),
      'feria.txt': ['La feria del libro cierra con récord de visitantes', 'La directora de la feria, Elena Sanz, dijo que el año próximo habrá más casetas.', 'El librero Juan Mora dijo que vendió el doble que en 2023.'].join('\n\n'),
    },
    (opened) => (other = opened),
  );

  it('cites no passage found only through the verb of saying', async () => {
    const result = await other.ask('¿Qué dijo Lasa?');
    expect(result.citations[0]?.excerpt).toContain('Vamos a abrir la biblioteca');
    expect(result.citations.map((citation) => citation.articleId)).toEqual(['biblioteca']);
  });
});
