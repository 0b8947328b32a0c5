/**
 * A compound question's second half is answered for what it asks, not by a sentence that repeats one of its words: a
 * place noun every place is ("¿… y qué lugares visitará?") only asks for a place; a part naming no one after "¿Quién es
 * el portavoz de X…?" asks of that spokesman; a quotation an earlier part showed is not shown again beside a later part's
 * own, and parts answered by the same quotation share one line whatever else each cites. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const GIRA = [
  'La ministra Laura Prieto recorrerá Galicia la próxima semana',
  'La ministra de Vivienda, Laura Prieto, viajará el lunes a Galicia en su primera gira oficial por el norte del país.',
  '«Quiero visitar el mayor número de lugares posibles y escuchar a los vecinos de cada comarca», dijo Prieto a los periodistas.',
  'Además de Santiago de Compostela, Prieto visitará Lugo y la comarca de Ortigueira antes de volver a Madrid el jueves.',
];
const AUTOBUSES = [
  'Autobuses con propaganda electoral en un colegio de Valdemar',
  'Dos autobuses de la empresa Transportes Rivera aparecieron el martes frente a un colegio de Valdemar con carteles de un partido.',
  'Julio Marín, portavoz de Transportes Rivera, confirmó que los vehículos eran de la compañía y que habían sido contratados por una fundación.',
  '“Fue un error de uno de los conductores, que no retiró los carteles de un servicio anterior”, dijo.',
];
const PRECIOS = [
  'Los precios subieron un 4,1 % en abril',
  'El instituto de estadística de Valdemar midió para abril una subida de precios del 4,1 por ciento, algo por debajo del 4,8 % de marzo que había publicado el banco regional, pero todavía lejos del objetivo del gobierno.',
  'Los sindicatos pedirán una revisión de los salarios en junio.',
  'En su informe de marzo, el banco regional rebajó también su previsión de empleo para el año.',
];

let library: Library;
withSeedFiles('hemeroteca-compound-half-', { 'gira.txt': GIRA.join('\n\n'), 'autobuses.txt': AUTOBUSES.join('\n\n'), 'precios.txt': PRECIOS.join('\n\n') }, (opened) => (library = opened));

describe('a compound question\u2019s second half', () => {
  it('asking which places is answered with the places, not with a sentence saying "lugares"', async () => {
    const { answer } = await library.ask('¿Adónde viajará Laura Prieto y qué lugares visitará?');
    const [, second = ''] = answer.split('\n');
    expect(second).toMatch(/^¿Qué lugares visitará\?.*Santiago de Compostela, Prieto visitará Lugo/u);
  });

  it('naming no one after "who is the spokesman of X" asks of that spokesman, and shows only what is new', async () => {
    const { answer } = await library.ask('¿Quién es el portavoz de Transportes Rivera y qué explicó?');
    const [first = '', second = ''] = answer.split('\n');
    expect(first).toMatch(/Julio Marín, portavoz de Transportes Rivera/u);
    expect(second).toMatch(/^¿Qué explicó\?.*Fue un error de uno de los conductores/u);
    expect(second).not.toMatch(/Julio Marín, portavoz/u);
  });

  it('answered by the quotation that answers the first shares its line', async () => {
    const { answer } = await library.ask('¿Qué subida de precios midió el instituto de estadística para abril y cuánto fue la de marzo según el banco regional?');
    expect(answer.split('algo por debajo del 4,8 % de marzo')).toHaveLength(2);
  });
});
