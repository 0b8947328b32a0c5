/**
 * Spanish source forms from blind newcomer 26's D6 and D9 (issue 16, stop 48), on sentences written for them: a source
 * marker whose name carries its acronym in brackets ("Según el Instituto Nacional del Agua (INA), …"), and words given
 * "en declaraciones a" a medium, which is their channel.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ kind, text, speaker, via }) => ({ kind, text, speaker, via }));

describe('a source marker with an acronym in brackets', () => {
  it('gives the rest of the sentence to the body named before the acronym', () => {
    expect(found(['De acuerdo con el Instituto Nacional del Agua (INA), el caudal del río bajó a la mitad en marzo.'])).toEqual([
      { kind: 'indirect', text: 'el caudal del río bajó a la mitad en marzo', speaker: 'Instituto Nacional del Agua', via: null },
    ]);
    expect(found(['Según la Oficina de Estadísticas Laborales (OEL), el desempleo subió dos puntos.'])).toEqual([
      { kind: 'indirect', text: 'el desempleo subió dos puntos', speaker: 'Oficina de Estadísticas Laborales', via: null },
    ]);
  });
});

describe('a body whose name folds to a role noun ("Secretaría" and "secretaria")', () => {
  it('gives a source marker naming the body to the body, not to an official named before', () => {
    expect(found(['La jefa de Gobierno, Clara Brugada, dijo que no habrá aumento en la tarifa.', 'Según la Secretaría de Obras y Servicios (SOBSE), el problema se originó por una fractura.'])).toEqual([
      { kind: 'indirect', text: 'no habrá aumento en la tarifa', speaker: 'Clara Brugada', via: null },
      { kind: 'indirect', text: 'el problema se originó por una fractura', speaker: 'Secretaría de Obras y Servicios', via: null },
    ]);
    expect(found(['La secretaria Ana Ruiz dijo que no habrá aumento.', 'Según la Secretaría de Salud, el brote empezó en marzo.']).map(({ speaker }) => speaker)).toEqual(['Ana Ruiz', 'Secretaría de Salud']);
  });

  it('still reads the role noun without the accent as the person holding it', () => {
    expect(found(['La secretaria de Salud, Ana Ruiz, dijo que no habrá aumento.', 'La secretaria agregó que el brote empezó en marzo.']).map(({ speaker }) => speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('"en declaraciones a" a medium', () => {
  it('gives the medium the words were given to as the channel', () => {
    expect(found(['«El puente abrirá en julio», dijo la intendenta Rosa Ibarra en declaraciones a Telenueve Central.'])).toEqual([
      { kind: 'direct', text: 'El puente abrirá en julio', speaker: 'Rosa Ibarra', via: 'Telenueve Central' },
    ]);
  });
});
