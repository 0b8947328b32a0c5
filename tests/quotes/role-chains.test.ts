/**
 * A role noun carried across sentences (newcomer report B4): "…, señaló el funcionario" is the official the article
 * already called "el funcionario policial", not another official named in between; with no role given, the most
 * recent person it fits; with two people as one subject, the role as written rather than a guess.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakerOf = (paragraphs: string[], text: string, language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).find((statement) => statement.text === text)?.speaker;

const QUOTE = 'Vamos a investigar uno por uno los casos denunciados en el país vecino';
const SAID = `“${QUOTE}”, señaló el funcionario en una entrevista.`;

describe('a role noun referring back across sentences', () => {
  it('goes to the official the article already called by that role, not to another official named since', () => {
    const paragraphs = [
      'El director de la Policía, Álvaro Ruiz, anunció una investigación sobre el robo de vehículos.',
      'En ese marco, el funcionario policial garantizó “transparencia” en el proceso. De hecho, el ministro de Gobierno, Eduardo Soto, ordenó el cambio del director de la unidad.',
      SAID,
    ];
    expect(speakerOf(paragraphs, QUOTE)).toBe('Álvaro Ruiz');
  });

  it('goes to the most recent person it fits when nobody was called by it', () => {
    const paragraphs = [
      'El director de la Policía, Álvaro Ruiz, anunció una investigación sobre el robo de vehículos.',
      'El ministro de Gobierno, Eduardo Soto, ordenó el cambio del director de la unidad.',
      SAID,
    ];
    expect(speakerOf(paragraphs, QUOTE)).toBe('Eduardo Soto');
  });

  it('keeps the role as the speaker when the sentence before names two people as one subject', () => {
    const paragraphs = ['El director de la Policía, Álvaro Ruiz, y el ministro de Gobierno, Eduardo Soto, se reunieron el lunes.', SAID];
    expect(speakerOf(paragraphs, QUOTE)).toBe('Funcionario');
    expect(speakerOf(['Álvaro Ruiz y el ministro Eduardo Soto se reunieron el lunes.', SAID], QUOTE)).toBe('Funcionario');
  });

  it('lets a speaker in focus who holds no other office outweigh a role another was called by earlier', () => {
    const paragraphs = [
      'Carlos Schaefer, investigador de la Universidad de Viçosa, midió el récord. El investigador asegura que “los equipos estaban bien calibrados”.',
      '“Tenemos muchas dudas de que se valide ese récord de temperatura”, opina en cambio Sergi González, del grupo antártico de la Aemet.',
      '“Lo que importa más es que la temperatura media de partida está cada vez más alta”, añade el investigador.',
    ];
    expect(speakerOf(paragraphs, 'Lo que importa más es que la temperatura media de partida está cada vez más alta')).toBe('Sergi González');
  });

  it('still finds a gendered role\'s one holder when nobody is in focus', () => {
    const paragraphs = ['El ministro Luis Mora y la gobernadora Elena Ríos se reunieron.', 'Ayer la gobernadora dijo que la reunión fue productiva.'];
    expect(extractStatements(articleFromParagraphs({ id: 't', title: 'P', date: null, language: 'es' }, paragraphs))[0]?.speaker).toBe('Elena Ríos');
  });
});
