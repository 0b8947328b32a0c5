/**
 * What a count question counts, and a value asked for (a nineteenth newcomer's D2): "How many coronavirus deaths did…?"
 * counts deaths, the head of its noun phrase, not the noun that modifies it (a figure beside "coronavirus cases" answered
 * it); "¿Cuál es el valor del contrato…?" asks for a figure, as "¿Cuál es el precio…?" does. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { askedKind } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'flu-forecast', title: 'Flu wave in Ontario may be milder than feared', date: '2025-01-20', language: 'en' }, [
    'Hospitals hit hard by flu: 41% of flu patients in Ottawa were over 80; 12% of flu cases in Toronto were in care homes.',
    'Dr Mary Okafor, who leads the province\'s flu task force, told CBC that about 2,000 deaths were likely this winter.',
  ]),
  articleFromParagraphs({ id: 'buses-contrato', title: 'Buses del contrato escolar, vistos en un acto de campaña en Pasto', date: '2025-05-02', language: 'es' }, [
    'El contrato firmado por la unión temporal Rutas del Sur tiene el fin de llevar a los estudiantes a sus colegios, recordó el concejal.',
    'La unión temporal Rutas del Sur firmó en enero un contrato por $8.400 millones con la Alcaldía de Pasto.',
  ]),
]);
const ask = askOf(library);

describe('what a count question counts', () => {
  it('reads the head of an English noun phrase closed by an auxiliary', () => {
    expect(askedKind('How many flu deaths did Mary Okafor project?', 'en')?.counted).toBe('deaths');
    expect(askedKind('How many people died in Toronto?', 'en')?.counted).toBe('people');
  });

  it('quotes the figure given for the head noun', async () => {
    const result = await ask('How many flu deaths did Mary Okafor project for Ontario?');
    expect(result.answer).toMatch(/^According to the articles: “Dr Mary Okafor[^”]*about 2,000 deaths/u);
  });
});

describe('a value asked for', () => {
  it('expects a figure', async () => {
    expect(askedKind('¿Cuál es el valor del contrato de Rutas del Sur?', 'es')?.type).toBe('number');
    const result = await ask('¿Cuál es el valor del contrato de Rutas del Sur con la Alcaldía?');
    expect(result.answer).toMatch(/^Según los artículos: «[^»]*\$8\.400 millones/u);
  });
});
